package org.warta.cli;

import java.util.function.Function;
import org.warta.report.CoMentionReport;
import org.warta.report.CsvOutput;
import org.warta.report.SectionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cooccur",
        description = {"Count the pairs of entities mentioned together: who meets whom.",
            "Short names are resolved first (Lavrov is Sergei Lavrov). Each pair once, in name order; "
                + "count is the number of sentences (or documents) that mention both, documents in how many "
                + "documents they meet; a sentence or document pairs the 100 entities it mentions most.",
            "Rows by count descending, then names:",
            "  entity_a,type_a,entity_b,type_b,count,documents"},
        footer = {"%nExamples:",
            "  warta cooccur --window sentence seeds > pairs.csv",
            "  warta cooccur --window document --type PERSON seeds"},
        mixinStandardHelpOptions = true)
final class CooccurCommand extends ReportCommand {

    @Mixin
    EntityOptions entities;

    @Option(names = "--window", description = "Where both must be mentioned: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CoMentionReport.Window window = CoMentionReport.Window.sentence;

    @Option(names = "--min-count", paramLabel = "N", description = "Only pairs counted at least N times (default: ${DEFAULT-VALUE}).")
    int minCount = 1;

    @Override
    Function<CsvOutput, SectionReport<?>> reportFor() {
        if (minCount < 1) {
            throw new UsageException("--min-count must be 1 or more");
        }
        var finder = entities.finder();
        var folding = entities.folding();
        return out -> new CoMentionReport(finder, folding, window, entities.types, minCount, out);
    }
}
