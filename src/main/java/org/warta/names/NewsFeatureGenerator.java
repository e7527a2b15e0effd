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

    private String[] cachedTokens;
    private boolean titleCase;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedTokens = tokens;
            titleCase = isTitleCase(tokens);
        }
        String token = tokens[index];
        if (titleCase) {
            features.add("news=titlecase");
        }
        if (NameLexicon.isFunctionWord(token)) {
            features.add("news=fw");
        }
        if (NameLexicon.isTitle(token)) {
            features.add("news=title");
        }
        if (NameLexicon.isCountry(token)) {
            features.add("news=country");
        }
        for (int back = 1; back <= 2 && index - back >= 0; back++) {
            String previous = tokens[index - back];
            if (NameLexicon.isTitle(previous)) {
                features.add("news=title-" + back);
            }
            if (NameLexicon.isFunctionWord(previous)) {
                features.add("news=fw-" + back);
            }
            if (NameLexicon.isCountry(previous)) {
                features.add("news=country-" + back);
            }
        }
        if (index + 1 < tokens.length && NameLexicon.isFunctionWord(tokens[index + 1])) {
            features.add("news=fw+1");
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
