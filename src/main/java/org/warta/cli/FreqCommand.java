package org.warta.cli;

import java.util.function.Function;
import org.warta.report.CsvOutput;
import org.warta.report.FrequencyReport;
import org.warta.report.SectionReport;
import org.warta.text.TextSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "freq",
        description = {"Count words or runs of words, case folded, without numbers and punctuation.",
            "Indonesian stop words (yang, dan, di, ...) are left out unless --keep-stopwords.",
            "Rows by count descending, then token: token,count,documents."},
        footer = {"%nExamples:",
            "  warta freq --top 50 seeds",
            "  warta freq --ngram 2 --keep-stopwords seeds"},
        mixinStandardHelpOptions = true)
final class FreqCommand extends ReportCommand {

    @Option(names = "--ngram", paramLabel = "N", description = "Count runs of N words (default: ${DEFAULT-VALUE}).")
    int n = 1;

    @Option(names = "--keep-stopwords", description = "Keep stop words and the runs that hold them.")
    boolean keepStopWords;

    @Option(names = "--top", paramLabel = "N", description = "Only the N most frequent (default: all; 0 writes the header alone).")
    Integer top;

    @Option(names = "--min-count", paramLabel = "N", description = "Only those counted at least N times (default: ${DEFAULT-VALUE}).")
    int minCount = 1;

    @Override
    Function<CsvOutput, SectionReport<?>> reportFor() {
        if (n < 1 || (top != null && top < 0) || minCount < 1) {
            throw new UsageException("--ngram and --min-count must be 1 or more, --top 0 or more");
        }
        TextSegmenter segmenter = new TextSegmenter();
        int rows = top == null ? Integer.MAX_VALUE : top;
        return out -> new FrequencyReport(segmenter, n, keepStopWords, rows, minCount, out);
    }
}
