package org.warta.evaluation;

import java.util.List;

/** A gold sentence of a CoNLL-U file: its {@code # text} line and its surface tokens in order. */
public record ConlluSentence(String text, List<String> surfaceTokens) {

    public ConlluSentence {
        surfaceTokens = List.copyOf(surfaceTokens);
    }
}
