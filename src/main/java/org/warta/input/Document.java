package org.warta.input;

import java.util.Objects;

/**
 * A decoded document: its name as the user gave it ({@code -} for standard input) and its text,
 * without a byte order mark.
 */
public record Document(String name, String text) {

    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
