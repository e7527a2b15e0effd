package org.warta.names.entities;

import java.util.function.Consumer;
import org.warta.names.FoundMentions;
import org.warta.names.mentions.MentionFinder;
import org.warta.text.Sentence;

/** The mentions of a document, each resolved to the entity it refers to. Thread-safe. */
public final class EntityFinder {

    private final MentionFinder mentions;
    private final EntityResolver resolver;

    public EntityFinder(MentionFinder mentions, EntityResolver resolver) {
        this.mentions = mentions;
        this.resolver = resolver;
    }

    public FoundMentions find(String text) {
        return find(text, sentence -> { });
    }

    /** As {@link #find(String)}, handing each sentence of the text to {@code eachSentence} as it is read. */
    public FoundMentions find(String text, Consumer<Sentence> eachSentence) {
        FoundMentions found = mentions.find(text, eachSentence);
        return new FoundMentions(resolver.resolve(found.mentions()), found.sentences(), found.tokens());
    }
}
