package org.warta.quotes;

import java.util.Objects;
import org.warta.names.EntityType;
import org.warta.names.Mention;

/**
 * Who made a statement: the entity as {@code warta count} names it (the full name, no title),
 * its type, and the role the document writes before the mention that names it; or
 * {@link #UNKNOWN}, for a statement made by someone the text does not name ("kata seorang
 * pejabat senior AS").
 */
public record Speaker(String name, EntityType type, String role) {

    /** No speaker that the text lets a reader tell; its type is null. */
    public static final Speaker UNKNOWN = new Speaker("", null, "");

    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isEmpty() != (type == null)) {
            throw new IllegalArgumentException("a speaker has a type exactly when it has a name: '" + name + "' " + type);
        }
    }

    /** The entity {@code mention} refers to, with the role written before it. */
    static Speaker of(Mention mention) {
        return new Speaker(mention.entity(), mention.type(), mention.role());
    }

    public boolean isKnown() {
        return type != null;
    }
}
