package org.warta.text;

import java.util.Locale;
import java.util.Set;

/** The abbreviations whose full stop does not end a sentence, from {@code abbreviations.txt}. */
public final class Abbreviations {

    private static final Set<String> ENTRIES = WordList.load(Abbreviations.class, "abbreviations.txt");

    private Abbreviations() {
    }

    /** Every entry, lower case, with its full stop. */
    public static Set<String> all() {
        return ENTRIES;
    }

    /** Whether {@code word} followed by a full stop is one of them, ignoring case. */
    static boolean isAbbreviation(String word) {
        return ENTRIES.contains(word.toLowerCase(Locale.ROOT) + ".");
    }
}
