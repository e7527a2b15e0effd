package org.warta.names;

import java.util.List;

/** The mentions of a document, each resolved to the entity it refers to. Thread-safe. */
public final class EntityFinder {

    private final MentionFinder mentions;
    private final EntityResolver resolver;

    public EntityFinder(MentionFinder mentions, EntityResolver resolver) {
        this.mentions = mentions;
        this.resolver = resolver;
    }

    public List<Mention> find(String text) {
        return resolver.resolve(mentions.find(text));
    }
}
