package org.warta.names.mentions;

import java.util.ArrayList;
import java.util.List;
import org.warta.names.NameLexicon;
import org.warta.text.Sentence;
import org.warta.text.Token;

/**
 * The tokens the name tagger sees: the sentence's tokens, except that two capitalised words
 * glued by a page layout ("ChinaPresiden", "ChinaBendera") are split when the first is a
 * country or the second a title, so the name after them can be found.
 */
final class NameTokens {

    private NameTokens() {
    }

    static List<Token> of(Sentence sentence, String text) {
        List<Token> tokens = new ArrayList<>(sentence.tokens().size());
        for (Token token : sentence.tokens()) {
            int split = gluedAt(token.text());
            if (split > 0) {
                tokens.add(new Token(token.start(), token.start() + split, token.text().substring(0, split)));
                tokens.add(new Token(token.start() + split, token.end(), token.text().substring(split)));
            } else {
                tokens.add(token);
            }
        }
        return tokens;
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
