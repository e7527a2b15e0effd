package org.warta.evaluation;

import java.util.ArrayList;
import java.util.List;

/** A gold sentence of a CoNLL-U file: its {@code # text} line and its surface tokens in order. */
public record ConlluSentence(String text, List<String> surfaceTokens) {

    /** Where a surface token stands in the sentence's text: UTF-16 indices, end exclusive. */
    public record TokenSpan(int start, int end) {
    }

    public ConlluSentence {
        surfaceTokens = List.copyOf(surfaceTokens);
    }

    /**
     * The surface tokens' places in the text, each found after the one before it (the text
     * holds them in order, with or without space between).
     */
    public List<TokenSpan> surfaceSpans() {
        List<TokenSpan> spans = new ArrayList<>(surfaceTokens.size());
        int cursor = 0;
        for (String form : surfaceTokens) {
            int at = text.indexOf(form, cursor);
            if (at < 0) {
                throw new IllegalArgumentException("token '" + form + "' is not in its sentence: " + text);
            }
            cursor = at + form.length();
            spans.add(new TokenSpan(at, cursor));
        }
        return spans;
    }
}
