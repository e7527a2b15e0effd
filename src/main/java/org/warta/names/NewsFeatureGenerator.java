package org.warta.names;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features of Indonesian news that OpenNLP's generic generators do not see: a title or office
 * word one or two tokens before (names follow titles), function words at and around the token
 * (they never start a name, however capitalised), country words before, and whether the
 * sentence is set in title case (a headline or caption, where capitals say little).
 */
final class NewsFeatureGenerator implements AdaptiveFeatureGenerator {

    private static final int FUNCTION = 1;
    private static final int TITLE = 2;
    private static final int COUNTRY = 4;

    private String[] cachedTokens;
    private boolean titleCase;
    private int[] classes;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedTokens = tokens;
            titleCase = isTitleCase(tokens);
            classes = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                classes[i] = (NameLexicon.isFunctionWord(tokens[i]) ? FUNCTION : 0)
                        | (NameLexicon.isTitle(tokens[i]) ? TITLE : 0) | (NameLexicon.isCountry(tokens[i]) ? COUNTRY : 0);
            }
        }
        if (titleCase) {
            features.add("news=titlecase");
        }
        add(features, classes[index], "");
        for (int back = 1; back <= 2 && index - back >= 0; back++) {
            add(features, classes[index - back], "-" + back);
        }
        if (index + 1 < tokens.length && (classes[index + 1] & FUNCTION) != 0) {
            features.add("news=fw+1");
        }
    }

    private static void add(List<String> features, int wordClass, String position) {
        if ((wordClass & FUNCTION) != 0) {
            features.add("news=fw" + position);
        }
        if ((wordClass & TITLE) != 0) {
            features.add("news=title" + position);
        }
        if ((wordClass & COUNTRY) != 0) {
            features.add("news=country" + position);
        }
    }

    /**
     * Whether a sentence is set in title case, as headlines and captions are: at least three
     * words, and no word in lower case but function words ("Rusia-China Sepakati Kerja Sama
     * Keamanan, Lawan Pengaruh AS di Eropa dan Asia"); a long one may have one slip. A body
     * sentence full of names still has its verbs in lower case.
     */
    static boolean isTitleCase(String[] tokens) {
        int words = 0;
        int lowerCase = 0;
        for (String token : tokens) {
            int first = token.codePointAt(0);
            if (Character.isLetter(first)) {
                words++;
                if (Character.isLowerCase(first) && !NameLexicon.isFunctionWord(token)) {
                    lowerCase++;
                }
            }
        }
        return words >= 3 && (lowerCase == 0 || (lowerCase == 1 && words >= 10));
    }
}
