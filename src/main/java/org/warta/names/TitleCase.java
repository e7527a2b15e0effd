package org.warta.names;

import java.util.List;

/** Headlines and captions are set in title case, where a capital says nothing about names. */
public final class TitleCase {

    private TitleCase() {
    }

    /**
     * Whether a sentence is set in title case, as headlines and captions are: at least three
     * words, and no word in lower case but function words ("Rusia-China Sepakati Kerja Sama
     * Keamanan, Lawan Pengaruh AS di Eropa dan Asia"); a long one may have one slip. A body
     * sentence full of names still has its verbs in lower case.
     */
    public static boolean isTitleCase(List<String> tokens) {
        int words = 0;
        int lowerCase = 0;
        for (String token : tokens) {
            int first = token.codePointAt(0);
            if (Character.isLetter(first)) {
                words++;
                if (Character.isLowerCase(first) && !NameLexicon.isFunctionWord(token) && ++lowerCase > 1) {
                    return false; // the common case, a body sentence, is known by its second such word
                }
            }
        }
        return isTitleCase(words, lowerCase);
    }

    /** The same, from the counts of words that start with a letter and of those in lower case that are not function words. */
    public static boolean isTitleCase(int words, int lowerCase) {
        return words >= 3 && (lowerCase == 0 || (lowerCase == 1 && words >= 10));
    }
}
