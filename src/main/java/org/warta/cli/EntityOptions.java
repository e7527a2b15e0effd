package org.warta.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.entities.Aliases;
import org.warta.names.entities.EntityFinder;
import org.warta.names.entities.EntityResolver;
import org.warta.names.mentions.MentionFinder;
import org.warta.names.rules.NameTagger;
import org.warta.output.IoReason;
import org.warta.report.CountFilter;
import org.warta.text.TextSegmenter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that find entities: model, aliases, types, minimum mentions. */
final class EntityOptions {

    @Mixin
    ModelOption model;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "CSV with the header alias,entity: each alias counts for the entity (case ignored).")
    Path aliases;

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only these types: ${COMPLETION-CANDIDATES} (default: all).")
    Set<EntityType> types = EnumSet.allOf(EntityType.class);

    @Option(names = "--min-mentions", paramLabel = "N", description = "Only entities mentioned at least N times (default: ${DEFAULT-VALUE}).")
    int minMentions = 1;

    EntityFinder finder() {
        TextSegmenter segmenter = new TextSegmenter();
        return new EntityFinder(new MentionFinder(segmenter, new NameTagger(model.finder())), new EntityResolver(readAliases()));
    }

    CountFilter filter() {
        if (minMentions < 1) {
            throw new UsageException("--min-mentions must be 1 or more");
        }
        return new CountFilter(types, minMentions);
    }

    private Aliases readAliases() {
        if (aliases == null) {
            return Aliases.NONE;
        }
        try (var in = TextReaders.open(aliases)) {
            return Aliases.read(in);
        } catch (IOException e) {
            throw new RefusedFile(aliases.toString(), IoReason.of(e), e);
        }
    }
}
