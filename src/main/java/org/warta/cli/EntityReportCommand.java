package org.warta.cli;

import java.util.function.Function;
import org.warta.names.entities.CorpusFolding;
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
        CorpusFolding folding = entities.folding();
        return out -> report(finder, folding, filter, out);
    }

    /** The report, given the loaded finder, how the corpus's names fold, the checked filter and where the rows go. */
    abstract SectionReport<?> report(EntityFinder finder, CorpusFolding folding, CountFilter filter, CsvOutput out);
}
