package org.warta.names.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.text.Sentence;
import org.warta.text.TextSegmenter;
import org.warta.text.Token;

class NameTokensTest {

    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    /** The tagger's tokens of a one-sentence text, each checked against the text it cuts. */
    private static List<String> tokens(String text) {
        Sentence sentence = SEGMENTER.segment(text).get(0);
        List<Token> tokens = NameTokens.of(sentence, text);
        tokens.forEach(t -> assertEquals(text.substring(t.start(), t.end()), t.text()));
        return tokens.stream().map(Token::text).toList();
    }

    @Test
    void cutsSlashesBetweenCapitalisedWords() {
        assertEquals(List.of("Dimas", "Aryasatya", "/", "Yosafat", "Sitompul", "menang"),
                tokens("Dimas Aryasatya/Yosafat Sitompul menang"));
        assertEquals(List.of("Liu", "/", "Zhou", "/", "Wang"), tokens("Liu/Zhou/Wang"));
        assertEquals(List.of("(", "Bola.com", "/", "Arief", ")"), tokens("(Bola.com/Arief)"));
    }

    @Test
    void leavesDatesAndLowerCaseSlashesWhole() {
        assertEquals(List.of("Minggu", "(", "20/7/2025", ")"), tokens("Minggu (20/7/2025)"));
        assertEquals(List.of("offering/IPO", "dan", "Akbar/nym"), tokens("offering/IPO dan Akbar/nym"));
    }

    @Test
    void cutsTheMarkOfAHashtagBeforeAName() {
        assertEquals(List.of("#", "Marcelinho", "#tenis"), tokens("#Marcelinho #tenis"));
    }

    @Test
    void cutsGluedWordsAtACountryOrTitle() {
        assertEquals(List.of("China", "Presiden", "Xi"), tokens("ChinaPresiden Xi"));
    }
}
