package org.warta.cli;

import java.util.concurrent.Callable;
import org.warta.report.SentenceReport;
import org.warta.report.TokenReport;
import org.warta.text.TextSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "tokenize",
        description = {"Split Indonesian text into sentences and tokens, with code-point offsets.",
            "Rows: document,sentence,index,token,start,end (one a token), or with --sentences",
            "document,sentence,start,end,text (one a sentence)."},
        footer = {"%nExamples:",
            "  warta tokenize seeds/000_68c9ffe21a1da729.txt | head",
            "  warta tokenize --sentences seeds > sentences.csv",
            "  cat article.txt | warta tokenize -"},
        mixinStandardHelpOptions = true)
final class TokenizeCommand implements Callable<Integer> {

    @ParentCommand
    Warta root;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--sentences", description = "One row a sentence instead of one a token.")
    boolean sentences;

    @Override
    public Integer call() {
        TextSegmenter segmenter = new TextSegmenter();
        return ReportRun.run(root, spec.commandLine().getErr(), inputs,
                out -> sentences ? new SentenceReport(segmenter, out) : new TokenReport(segmenter, out));
    }
}
