package org.warta.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.evaluation.ConlluReader;
import org.warta.evaluation.SegmentationEvaluation;
import org.warta.text.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tokens",
        description = {"Token and sentence precision, recall and F1 against gold CoNLL-U, scored as in the "
                + "CoNLL 2018 shared task (character spans; every 10 sentences joined into a paragraph).",
            "Rows: file,unit,precision,recall,f1,gold,system,correct."},
        footer = {"%nExample:", "  warta eval tokens ../shared/data/ud/id_gsd-ud-dev.conllu"},
        mixinStandardHelpOptions = true)
final class EvalTokensCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "GOLD.conllu", description = "Gold CoNLL-U files with '# text' lines.")
    List<Path> goldFiles;

    @Option(names = "--engine", description = "What segments: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Engine engine = Engine.rules;

    @Override
    public Integer call() throws IOException {
        Segmenter segmenter = engine.segmenter();
        return GoldFiles.score(spec, goldFiles, "unit", ConlluReader::read, (file, sentences, table) -> {
            var result = SegmentationEvaluation.evaluate(SegmentationEvaluation.build(sentences), segmenter);
            table.row(file, "tokens", result.tokens());
            table.row(file, "sentences", result.sentences());
        });
    }
}
