package org.warta.quotes;

import java.util.Objects;

/**
 * A statement a text attributes: its words ({@code quote}, UTF-16 indices {@code start} to
 * {@code end} of the text, end exclusive), the sentence they start in (from 1), who made it,
 * the word that attributes it as written ("kata", "ujarnya", "Menurut", ":" for a headline
 * "Name: words"), and whether it is quoted or retold.
 */
public record Statement(int sentence, int start, int end, String quote, Speaker speaker, String cue, Kind kind) {

    public Statement {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(kind, "kind");
        if (sentence < 1 || start < 0 || end <= start || quote.length() != end - start) {
            throw new IllegalArgumentException("statement '" + quote + "' does not fit [" + start + ", " + end + ")");
        }
    }
}
