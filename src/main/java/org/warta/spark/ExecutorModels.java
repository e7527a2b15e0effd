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
 * mention finder is thread-safe (its per-document state is per thread), so every record of every
 * partition uses the same one, with the aliases the job was given.
 */
final class ExecutorModels {

    private static MentionFinder mentions;

    private ExecutorModels() {
    }

    static synchronized EntityFinder finder(Aliases aliases) {
        if (mentions == null) {
            mentions = new MentionFinder(new TextSegmenter(), new NameTagger(NameFinder.bundled()));
        }
        return new EntityFinder(mentions, new EntityResolver(aliases));
    }
}
