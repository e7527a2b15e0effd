package org.warta.cli;

import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.EntityFinder;
import org.warta.report.CorpusCountReport;
import org.warta.report.CountFilter;
import org.warta.report.CsvOutput;
import org.warta.report.DocumentCountReport;
import org.warta.report.SectionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "count",
        description = {"Count the people, organisations and places the text mentions.",
            "A short mention (Lavrov, Wang, Presiden Xi) counts for the full name it refers to in its "
                + "document; titles are not part of names. Rows by mentions descending, then name:",
            "  --by corpus:   entity,type,mentions,documents",
            "  --by document: document,entity,type,mentions,role (the first role the document gives)"},
        footer = {"%nExamples:",
            "  warta count seeds",
            "  warta count --type PERSON --min-mentions 2 --by document seeds > people.csv",
            "  warta count --aliases aliases.csv seeds"},
        mixinStandardHelpOptions = true)
final class CountCommand extends EntityReportCommand {

    /** What a row counts within. */
    enum Scope { corpus, document }

    @Option(names = "--by", description = "One row an entity of the ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Scope by = Scope.corpus;

    @Override
    SectionReport<?> report(EntityFinder finder, CorpusFolding folding, CountFilter filter, CsvOutput out) {
        return by == Scope.corpus ? new CorpusCountReport(finder, folding, filter, out) : new DocumentCountReport(finder, filter, out);
    }
}
