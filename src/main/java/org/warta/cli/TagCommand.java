package org.warta.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.evaluation.TaggedCorpusReader;
import org.warta.evaluation.TaggedSentence;
import org.warta.names.EntityType;
import org.warta.names.NameSpan;
import org.warta.names.rules.NameTagger;
import org.warta.output.IoReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "tag",
        description = {"Tag pre-tokenized CoNLL text with IOB2 name tags.",
            "Reads the token in the first column (space- or tab-separated, blank line between sentences, "
                + "CR LF tolerated) and prints token<TAB>TAG, the tokens unchanged, a blank line between sentences."},
        footer = {"%nExample:", "  warta tag --conll ../shared/data/ner/idner-news-2k/dev.txt"},
        mixinStandardHelpOptions = true)
final class TagCommand implements Callable<Integer> {

    @ParentCommand
    Warta root;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Option(names = "--conll", required = true, description = "The input is CoNLL: one token a line (the only format so far).")
    boolean conll;

    @Option(names = "--long-types", description = "Write B-PERSON, B-ORGANIZATION, B-LOCATION instead of B-PER, B-ORG, B-LOC.")
    boolean longTypes;

    @Parameters(paramLabel = "FILE", description = "The CoNLL file, or - for standard input.")
    String file;

    @Override
    public Integer call() throws IOException {
        NameTagger tagger = new NameTagger(model.finder());
        List<TaggedSentence> sentences;
        try (Reader in = file.equals("-") ? TextReaders.of(root.standardInput().get()) : TextReaders.open(Path.of(file))) {
            sentences = TaggedCorpusReader.readTokens(in);
        } catch (IOException e) {
            spec.commandLine().getErr().println(ErrorLine.of(file, IoReason.of(e)));
            return ExitCodes.INPUT_FAILED;
        }
        ReportRun.toStandardOutput(spec, out -> {
            for (TaggedSentence sentence : sentences) {
                List<NameSpan> names = tagger.tagAlone(sentence.tokens());
                List<String> tags = NameSpan.toTags(names, sentence.tokens().size(),
                        longTypes ? EntityType::name : EntityType::shortTag);
                for (int i = 0; i < tags.size(); i++) {
                    out.append(sentence.tokens().get(i)).append('\t').append(tags.get(i)).append('\n');
                }
                out.append('\n');
            }
        });
        return ExitCodes.OK;
    }
}
