package org.warta.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.evaluation.NerEvaluation;
import org.warta.evaluation.TaggedCorpusReader;
import org.warta.names.EntityType;
import org.warta.names.rules.NameTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ner",
        description = {"Name precision, recall and F1 against gold CoNLL named-entity files.",
            "Exact span and type match, as conlleval scores; the model and warta's rules together.",
            "Rows: file,type,precision,recall,f1,gold,system,correct (type ALL is the overall score)."},
        footer = {"%nExample:", "  warta eval ner ../shared/data/ner/idner-news-2k/dev.txt"},
        mixinStandardHelpOptions = true)
final class EvalNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Gold files: token first, IOB2 tag last, blank line between sentences.")
    List<Path> goldFiles;

    @Override
    public Integer call() throws IOException {
        NameTagger tagger = new NameTagger(model.finder());
        return GoldFiles.score(spec, goldFiles, "type", TaggedCorpusReader::read, (file, gold, table) -> {
            var result = NerEvaluation.evaluate(gold, tagger::tagAlone);
            for (EntityType type : EntityType.values()) {
                table.row(file, type.name(), result.byType().get(type));
            }
            table.row(file, "ALL", result.overall());
        });
    }
}
