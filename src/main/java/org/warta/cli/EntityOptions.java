package org.warta.cli;

import java.util.EnumSet;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.EntityFinder;
import org.warta.report.CountFilter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that find entities: model, aliases, types, minimum mentions. */
final class EntityOptions {

    @Mixin
    FinderOptions finding;

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only these types: ${COMPLETION-CANDIDATES} (default: all).")
    Set<EntityType> types = EnumSet.allOf(EntityType.class);

    @Option(names = "--min-mentions", paramLabel = "N", description = "Only entities mentioned at least N times (default: ${DEFAULT-VALUE}).")
    int minMentions = 1;

    EntityFinder finder() {
        return finding.finder();
    }

    CorpusFolding folding() {
        return finding.folding();
    }

    CountFilter filter() {
        if (minMentions < 1) {
            throw new UsageException("--min-mentions must be 1 or more");
        }
        return new CountFilter(types, minMentions);
    }
}
