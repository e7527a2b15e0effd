package org.warta.cli;

import java.util.function.Function;
import org.warta.report.CsvOutput;
import org.warta.report.SectionReport;
import org.warta.report.SentenceReport;
import org.warta.report.TokenReport;
import org.warta.text.TextSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tokenize",
        description = {"Split Indonesian text into sentences and tokens, with code-point offsets.",
            "Rows: document,sentence,index,token,start,end (one a token), or with --sentences "
                + "document,sentence,start,end,text (one a sentence)."},
        footer = {"%nExamples:",
            "  warta tokenize seeds/000_68c9ffe21a1da729.txt | head",
            "  warta tokenize --sentences seeds > sentences.csv",
            "  cat article.txt | warta tokenize -"},
        mixinStandardHelpOptions = true)
final class TokenizeCommand extends ReportCommand {

    @Option(names = "--sentences", description = "One row a sentence instead of one a token.")
    boolean sentences;

    @Override
    Function<CsvOutput, SectionReport<?>> reportFor() {
        TextSegmenter segmenter = new TextSegmenter();
        return out -> sentences ? new SentenceReport(segmenter, out) : new TokenReport(segmenter, out);
    }
}
