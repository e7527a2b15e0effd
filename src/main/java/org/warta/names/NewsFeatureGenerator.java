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

    /** A sentence counts as title case when at least this share of its words is capitalised. */
    private static final double TITLE_CASE_SHARE = 0.7;

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

    static boolean isTitleCase(String[] tokens) {
        int words = 0;
        int capitalised = 0;
        for (String token : tokens) {
            if (Character.isLetter(token.charAt(0))) {
                words++;
                if (Character.isUpperCase(token.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised >= TITLE_CASE_SHARE * words;
    }
}
