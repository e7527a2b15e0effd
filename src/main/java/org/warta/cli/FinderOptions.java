package org.warta.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.warta.names.entities.Aliases;
import org.warta.names.entities.CorpusFolding;
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

    private Aliases readAliases;

    @Option(names = "--no-auto-aliases",
            description = "Fold names across the corpus only as --aliases says: no case, prefix, country, acronym, nickname or short-name folds.")
    boolean noAutoAliases;

    /** How the corpus reports fold names: as the aliases file says, and by the folds found unless turned off. */
    CorpusFolding folding() {
        return new CorpusFolding(aliases(), !noAutoAliases);
    }

    EntityFinder finder() {
        TextSegmenter segmenter = new TextSegmenter();
        return new EntityFinder(new MentionFinder(segmenter, new NameTagger(model.finder())), new EntityResolver(aliases()));
    }

    /** The aliases file, read once. */
    private Aliases aliases() {
        if (readAliases == null) {
            readAliases = readAliases();
        }
        return readAliases;
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
