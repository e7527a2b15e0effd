package org.warta.spark;

import org.warta.names.entities.Aliases;
import org.warta.names.entities.EntityFinder;
import org.warta.names.entities.EntityResolver;
import org.warta.names.mentions.MentionFinder;
import org.warta.names.model.NameFinder;
import org.warta.names.rules.NameTagger;
import org.warta.text.TextSegmenter;

/**
 * The models of one executor JVM, loaded once, on first use, and shared by its tasks: the
 * finder is thread-safe (its per-document state is per thread), so every record of every
 * partition uses the same one.
 */
final class ExecutorModels {

    private static EntityFinder finder;

    private ExecutorModels() {
    }

    static synchronized EntityFinder finder() {
        if (finder == null) {
            TextSegmenter segmenter = new TextSegmenter();
            finder = new EntityFinder(new MentionFinder(segmenter, new NameTagger(NameFinder.bundled())),
                    new EntityResolver(Aliases.NONE));
        }
        return finder;
    }
}
