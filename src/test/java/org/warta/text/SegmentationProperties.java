package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties that hold for any text, checked on random Unicode: surrogate pairs, combining
 * marks, every kind of line break, digits, punctuation, Indonesian words and abbreviations.
 */
class SegmentationProperties {

    private static final TextSegmenter SEGMENTER = new TextSegmenter();

    /** Random texts built from pieces that stress the tokenizer and the splitter. */
    @Provide
    static Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Lavrov", "negara-negara", "membacanya", "Rp", "1.000,5", "9/4/2024", "dr.", "Jl.",
                        "https://warta.id/a?b=1", "A.S.", "...", "“", "”", "\"", "'", "(", ")", ",", ".", "?", "!", "-",
                        " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\u0085", "\u2028", "\u2029", "\u000B", "\u000C",
                        "\u00A0", "\uFEFF", "e\u0301", "\uD83D\uDE00", "\uD835\uDC00", "\u0000"),
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(4),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8));
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 2000)
    void tokensAreTheTextBetweenTheirOffsetsInOrder(@ForAll("texts") String text) {
        int previousEnd = 0;
        for (Sentence sentence : SEGMENTER.segment(text)) {
            assertTrue(sentence.start() >= previousEnd && sentence.start() <= sentence.end() && sentence.end() <= text.length());
            for (Token token : sentence.tokens()) {
                assertTrue(token.start() >= previousEnd && token.start() < token.end() && token.end() <= text.length(),
                        () -> token + " in " + text.length() + " chars");
                assertTrue(token.start() >= sentence.start() && token.end() <= sentence.end(), "sentences cover their tokens");
                assertEquals(text.substring(token.start(), token.end()), token.text());
                assertTrue(!splitsPair(text, token.start()) && !splitsPair(text, token.end()),
                        "a token never splits a surrogate pair");
                previousEnd = token.end();
            }
            previousEnd = Math.max(previousEnd, sentence.end());
        }
    }

    private static boolean splitsPair(String text, int index) {
        return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }

    @Property(tries = 2000)
    void codePointOffsetsCountCodePoints(@ForAll("texts") String text) {
        CodePointOffsets offsets = new CodePointOffsets(text);
        for (Sentence sentence : SEGMENTER.segment(text)) {
            for (Token token : sentence.tokens()) {
                int start = offsets.at(token.start());
                int end = offsets.at(token.end());
                assertEquals(text.codePointCount(0, token.start()), start);
                assertEquals(token.text().codePointCount(0, token.text().length()), end - start);
            }
        }
    }

    @Property(tries = 500)
    void segmentingParagraphByParagraphEqualsTheWholeText(@ForAll("texts") String text) {
        List<Sentence> whole = new SentenceSplitter().split(text, new IndonesianTokenizer().tokenize(text));
        assertEquals(whole, SEGMENTER.segment(text));
    }
}
