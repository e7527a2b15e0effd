package org.warta.cli;

import java.util.function.Function;
import org.warta.names.entities.EntityFinder;
import org.warta.report.CountFilter;
import org.warta.report.CsvOutput;
import org.warta.report.SectionReport;
import picocli.CommandLine.Mixin;

/** A report command over entities: the finder and the filter come from the entity options. */
abstract class EntityReportCommand extends ReportCommand {

    @Mixin
    EntityOptions entities;

    @Override
    final Function<CsvOutput, SectionReport<?>> reportFor() {
        CountFilter filter = entities.filter();
        EntityFinder finder = entities.finder();
        return out -> report(finder, filter, out);
    }

    /** The report, given the loaded finder, the checked filter and where the rows go. */
    abstract SectionReport<?> report(EntityFinder finder, CountFilter filter, CsvOutput out);
}
