package org.warta.cli;

import java.util.function.Function;
import org.warta.report.CsvOutput;
import org.warta.report.SectionReport;
import org.warta.report.SummaryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "summary",
        description = {"One row a document, to check a batch run at a glance:",
            "  document,characters,sentences,tokens,persons,organizations,locations,top_person",
            "characters are code points; persons, organizations and locations count distinct entities;",
            "top_person is the person mentioned most. --type and --min-mentions choose the entities counted."},
        footer = {"%nExample:", "  warta summary seeds"},
        mixinStandardHelpOptions = true)
final class SummaryCommand extends ReportCommand {

    @Mixin
    EntityOptions entities;

    @Override
    Function<CsvOutput, SectionReport<?>> reportFor() {
        var filter = entities.filter();
        var finder = entities.finder();
        return out -> new SummaryReport(finder, filter, out);
    }
}
