package org.warta.names;

import java.util.List;
import java.util.Set;

/** Headlines and captions are set in title case, where a capital says nothing about names. */
public final class TitleCase {

    /** Words after which a body sentence quotes a title: "dengan judul ...", "film berjudul ...", "bertajuk ...". */
    private static final Set<String> TITLE_INTRODUCERS = Set.of("judul", "berjudul", "bertajuk");

    private TitleCase() {
    }

    /**
     * Where the part of a sentence set in title case starts: 0 for a headline (which never ends
     * in a full stop, where a body sentence full of names does: "Menteri Luar Negeri Rusia Sergei
     * Lavrov tiba di Beijing, Selasa."); for a body
     * sentence that quotes a title in title case after "judul", "berjudul" or "bertajuk" ("Artikel
     * ini telah tayang di Tribun-Papua.com dengan judul Banjir Entrop Terulang, Wali Kota
     * Jayapura Yeremias Ireeuw Janji Bongkar Bangunan"), the title's first token; otherwise the
     * number of tokens.
     */
    public static int titleStart(List<String> tokens) {
        if (isTitleCase(tokens) && !tokens.get(tokens.size() - 1).equals(".")) {
            return 0;
        }
        for (int i = tokens.size() - 2; i > 0; i--) {
            String token = tokens.get(i);
            char first = token.charAt(0);
            if ((first == 'j' || first == 'b') && TITLE_INTRODUCERS.contains(token)) {
                return isTitleCase(tokens.subList(i + 1, tokens.size())) ? i + 1 : tokens.size();
            }
        }
        return tokens.size();
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
    private static boolean isTitleCase(int words, int lowerCase) {
        return words >= 3 && (lowerCase == 0 || (lowerCase == 1 && words >= 10));
    }
}
