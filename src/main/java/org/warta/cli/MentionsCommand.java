package org.warta.cli;

import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.EntityFinder;
import org.warta.report.CountFilter;
import org.warta.report.CsvOutput;
import org.warta.report.MentionReport;
import org.warta.report.SectionReport;
import picocli.CommandLine.Command;

@Command(name = "mentions",
        description = {"List every mention of a person, organisation or place, with its offsets.",
            "Rows: document,sentence,start,end,text,entity,type,role (entity: the full name it refers to; "
                + "role: the title or office written before it)."},
        footer = {"%nExample:", "  warta mentions seeds/001_dd9851bb1841e3e5.txt"},
        mixinStandardHelpOptions = true)
final class MentionsCommand extends EntityReportCommand {

    @Override
    SectionReport<?> report(EntityFinder finder, CorpusFolding folding, CountFilter filter, CsvOutput out) {
        return new MentionReport(finder, filter, out);
    }
}
