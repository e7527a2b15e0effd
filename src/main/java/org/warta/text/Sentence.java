package org.warta.text;

import java.util.List;

/**
 * A sentence of a document: the span from its first token's start to its last token's end
 * (UTF-16 indices, end exclusive) and its tokens, in order.
 */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a sentence has at least one token");
        }
        if (start != tokens.get(0).start() || end != tokens.get(tokens.size() - 1).end()) {
            throw new IllegalArgumentException("sentence span [" + start + ", " + end + ") does not match its tokens");
        }
    }

    /** The sentence made of {@code tokens}, spanning from the first to the last. */
    public static Sentence of(List<Token> tokens) {
        return new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
    }

    /** This sentence's text, taken from the document it was found in. */
    public String text(String document) {
        return document.substring(start, end);
    }
}
