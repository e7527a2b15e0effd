package org.warta.names.entities;

import org.warta.names.FoundMentions;
import org.warta.names.mentions.MentionFinder;

/** The mentions of a document, each resolved to the entity it refers to. Thread-safe. */
public final class EntityFinder {

    private final MentionFinder mentions;
    private final EntityResolver resolver;

    public EntityFinder(MentionFinder mentions, EntityResolver resolver) {
        this.mentions = mentions;
        this.resolver = resolver;
    }

    public FoundMentions find(String text) {
        FoundMentions found = mentions.find(text);
        return new FoundMentions(resolver.resolve(found.mentions()), found.sentences(), found.tokens());
    }
}
