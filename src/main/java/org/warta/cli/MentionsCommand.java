package org.warta.cli;

import java.util.function.Function;
import org.warta.report.CsvOutput;
import org.warta.report.SectionReport;
import org.warta.report.MentionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "mentions",
        description = {"List every mention of a person, organisation or place, with its offsets.",
            "Rows: document,sentence,start,end,text,entity,type,role (entity: the full name it refers to;",
            "role: the title or office written before it)."},
        footer = {"%nExample:", "  warta mentions seeds/001_dd9851bb1841e3e5.txt"},
        mixinStandardHelpOptions = true)
final class MentionsCommand extends ReportCommand {

    @Mixin
    EntityOptions entities;

    @Override
    Function<CsvOutput, SectionReport<?>> reportFor() {
        var filter = entities.filter();
        var finder = entities.finder();
        return out -> new MentionReport(finder, filter, out);
    }

}
