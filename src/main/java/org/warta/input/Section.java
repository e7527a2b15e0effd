package org.warta.input;

import java.util.Objects;

/**
 * A piece of a document small enough to hold in memory: the whole document when it is shorter
 * than the section limit, else one of the parts it was cut into at paragraph ends. Reports
 * work section by section; {@code codePointStart} places the section's text in the document.
 *
 * @param document the document's name, as reports print it
 * @param number the section's place in the document, from 1
 * @param codePointStart the code-point offset in the document where the text starts
 * @param text the section's text
 * @param last whether the document ends with this section
 */
public record Section(String document, int number, long codePointStart, String text, boolean last) {

    public Section {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
    }

    /** A whole document as one section. */
    public static Section whole(String document, String text) {
        return new Section(document, 1, 0, text, true);
    }
}
