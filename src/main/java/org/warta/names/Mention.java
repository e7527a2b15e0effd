package org.warta.names;

import java.util.Objects;

/**
 * A mention of an entity in a document: where it stands (UTF-16 indices into the document's
 * text, end exclusive), its text, its type, the role written before it ("Presiden Rusia", or
 * empty), the sentence it is in (from 1), and the entity it refers to (its full name in the
 * document; the mention's own text until names are resolved).
 */
public record Mention(int sentence, int start, int end, String text, EntityType type, String role, String entity) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(entity, "entity");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("mention '" + text + "' does not fit [" + start + ", " + end + ")");
        }
    }

    // written out: see NameSpan
    @Override
    public boolean equals(Object other) {
        return other instanceof Mention mention && sentence == mention.sentence && start == mention.start && end == mention.end
                && type == mention.type && text.equals(mention.text) && role.equals(mention.role)
                && entity.equals(mention.entity);
    }

    @Override
    public int hashCode() {
        int hash = (31 * sentence + start) * 31 + end;
        hash = (31 * hash + text.hashCode()) * 31 + type.ordinal();
        return (31 * hash + role.hashCode()) * 31 + entity.hashCode();
    }

    /**
     * The mention of {@code document} between {@code start} and {@code end}: its text is the
     * document's, and until it is resolved it refers to that text.
     */
    public static Mention of(String document, int sentence, int start, int end, EntityType type, String role) {
        String surface = document.substring(start, end);
        return new Mention(sentence, start, end, surface, type, role, surface);
    }

    /** This mention, referring to {@code name}. */
    public Mention withEntity(String name) {
        return new Mention(sentence, start, end, text, type, role, name);
    }

    /** This mention, as an entity of {@code newType}. */
    public Mention withType(EntityType newType) {
        return new Mention(sentence, start, end, text, newType, role, entity);
    }
}
