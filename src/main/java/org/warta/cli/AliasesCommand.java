package org.warta.cli;

import java.util.function.Function;
import org.warta.report.AliasReport;
import org.warta.report.CsvOutput;
import org.warta.report.SectionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "aliases",
        description = {"List the names the corpus reports fold into another entity, and why.",
            "Rows: alias,entity,type,reason,documents; reason: case, prefix, country, acronym, nickname, "
                + "short name, body, or aliases file (a row of --aliases). The file is one --aliases reads: check it, "
                + "change it (a row alias,alias keeps that name from folding into another) and give it back."},
        footer = {"%nExamples:",
            "  warta aliases seeds > aliases.csv",
            "  warta count --aliases aliases.csv --no-auto-aliases seeds"},
        mixinStandardHelpOptions = true)
final class AliasesCommand extends ReportCommand {

    @Mixin
    FinderOptions finding;

    @Override
    Function<CsvOutput, SectionReport<?>> reportFor() {
        var finder = finding.finder();
        var folding = finding.folding();
        return out -> new AliasReport(finder, folding, out);
    }
}
