package org.warta.names.mentions;

import java.util.ArrayList;
import java.util.List;
import org.warta.names.NameLexicon;
import org.warta.text.Sentence;
import org.warta.text.Token;

/**
 * The tokens the name tagger sees: the sentence's tokens, cut where one token holds two names
 * or a name and a mark:
 * <ul>
 *   <li>a slash between capitalised words, as doubles pairs and photo credits write them
 *       ("Dimas/Yosafat", "Aryasatya/Yosafat", "REUTERS/Daniel"), is a token of its own;</li>
 *   <li>the mark of a hashtag before a capitalised word ("#Marcelinho") is a token of its own;</li>
 *   <li>two capitalised words glued by a page layout ("ChinaPresiden", "ChinaBendera") are cut
 *       when the first is a country or the second a title, so the name after them can be found.</li>
 * </ul>
 */
final class NameTokens {

    private NameTokens() {
    }

    static List<Token> of(Sentence sentence, String text) {
        List<Token> tokens = new ArrayList<>(sentence.tokens().size());
        for (Token token : sentence.tokens()) {
            String word = token.text();
            if (word.indexOf('/') < 0 && word.charAt(0) != '#') {
                addUnglued(token, tokens);
                continue;
            }
            int from = 0;
            for (int cut : markCuts(word)) {
                if (cut > from) {
                    addUnglued(part(token, from, cut), tokens);
                }
                from = cut;
            }
            addUnglued(part(token, from, word.length()), tokens);
        }
        return tokens;
    }

    private static Token part(Token token, int from, int to) {
        return new Token(token.start() + from, token.start() + to, token.text().substring(from, to));
    }

    /** Where a token is cut around its slashes and hashtag mark: before and after each such mark, in order. */
    static List<Integer> markCuts(String word) {
        List<Integer> cuts = new ArrayList<>();
        if (word.length() > 1 && word.charAt(0) == '#' && Character.isUpperCase(word.charAt(1))) {
            cuts.add(1);
        }
        int partStart = cuts.isEmpty() ? 0 : 1;
        for (int i = 1; i + 1 < word.length(); i++) {
            if (word.charAt(i) != '/') {
                continue;
            }
            if (Character.isUpperCase(word.charAt(partStart)) && Character.isUpperCase(word.charAt(i + 1))) {
                cuts.add(i);
                cuts.add(i + 1);
            }
            partStart = i + 1;
        }
        return cuts;
    }

    private static void addUnglued(Token token, List<Token> tokens) {
        int split = gluedAt(token.text());
        if (split > 0) {
            tokens.add(part(token, 0, split));
            tokens.add(part(token, split, token.end() - token.start()));
        } else {
            tokens.add(token);
        }
    }

    /** Where a glued word splits, or 0: at the one lower-to-upper case change, if a part is a country or title. */
    static int gluedAt(String word) {
        if (word.length() < 6 || !Character.isUpperCase(word.charAt(0))) {
            return 0;
        }
        int split = 0;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                return 0;
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(word.charAt(i - 1))) {
                if (split > 0) {
                    return 0;
                }
                split = i;
            }
        }
        if (split < 2 || word.length() - split < 2) {
            return 0;
        }
        String first = word.substring(0, split);
        String second = word.substring(split);
        return NameLexicon.isCountry(first) || NameLexicon.isTitle(second) ? split : 0;
    }
}
