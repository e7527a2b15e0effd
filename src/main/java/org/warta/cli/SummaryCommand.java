package org.warta.cli;

import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.EntityFinder;
import org.warta.report.CountFilter;
import org.warta.report.CsvOutput;
import org.warta.report.SectionReport;
import org.warta.report.SummaryReport;
import picocli.CommandLine.Command;

@Command(name = "summary",
        description = {"One row a document with its figures, to check a batch run at a glance.",
            "Rows: document,characters,sentences,tokens,persons,organizations,locations,top_person; "
                + "characters are code points; persons, organizations and locations count distinct entities; "
                + "top_person is the person mentioned most. --type and --min-mentions choose the entities counted."},
        footer = {"%nExample:", "  warta summary seeds"},
        mixinStandardHelpOptions = true)
final class SummaryCommand extends EntityReportCommand {

    @Override
    SectionReport<?> report(EntityFinder finder, CorpusFolding folding, CountFilter filter, CsvOutput out) {
        return new SummaryReport(finder, folding, filter, out);
    }
}
