package org.warta.quotes;

import org.warta.names.Mention;

/**
 * Whom a phrase names as the maker of a statement, before pronouns are resolved: a named speaker,
 * no speaker the text tells ({@link #UNNAMED}), or the one the reader already has in mind
 * ({@link #BACK}: "ia", "ujarnya", "pelatih asal Spanyol itu").
 */
record Reference(Speaker speaker, boolean pointsBack) {

    static final Reference UNNAMED = new Reference(Speaker.UNKNOWN, false);
    static final Reference BACK = new Reference(Speaker.UNKNOWN, true);

    static Reference to(Mention mention) {
        return new Reference(Speaker.of(mention), false);
    }
}
