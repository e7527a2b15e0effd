package org.warta.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.warta.names.entities.Aliases;
import org.warta.names.entities.EntityFinder;
import org.warta.names.entities.EntityResolver;
import org.warta.names.mentions.MentionFinder;
import org.warta.names.rules.NameTagger;
import org.warta.output.IoReason;
import org.warta.text.TextSegmenter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that say how entities are found and named: the model and the aliases. */
final class FinderOptions {

    @Mixin
    ModelOption model;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "CSV with the header alias,entity: each alias counts for the entity (case ignored).")
    Path aliases;

    EntityFinder finder() {
        TextSegmenter segmenter = new TextSegmenter();
        return new EntityFinder(new MentionFinder(segmenter, new NameTagger(model.finder())), new EntityResolver(readAliases()));
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
