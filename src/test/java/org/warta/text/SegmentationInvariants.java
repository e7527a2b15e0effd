package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** The properties that every segmentation of every text must have. */
public final class SegmentationInvariants {

    private SegmentationInvariants() {
    }

    /**
     * Tokens are in order and do not overlap, each is its text's substring, none starts or ends
     * with white space or splits a surrogate pair; sentences hold their tokens and every
     * non-separator character of the text is in some token.
     */
    public static void check(String text, List<Sentence> sentences) {
        int previousEnd = 0;
        int covered = 0;
        for (Sentence sentence : sentences) {
            for (Token token : sentence.tokens()) {
                assertTrue(token.start() >= previousEnd, () -> "token goes backwards: " + token);
                assertTrue(token.end() <= text.length(), () -> "token past the end: " + token);
                assertEquals(text.substring(token.start(), token.end()), token.text());
                assertFalse(Character.isLowSurrogate(text.charAt(token.start())), () -> "splits a pair: " + token);
                assertFalse(token.end() < text.length() && Character.isLowSurrogate(text.charAt(token.end())),
                        () -> "splits a pair: " + token);
                for (int i = previousEnd; i < token.start(); ) {
                    int cp = text.codePointAt(i);
                    int at = i;
                    assertTrue(Characters.isSeparator(cp), () -> "character at " + at + " is in no token");
                    i += Character.charCount(cp);
                }
                covered += token.end() - token.start();
                previousEnd = token.end();
            }
        }
        assertTrue(covered <= text.length());
    }
}
