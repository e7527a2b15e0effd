package org.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sentences of a document, each with its tokens: Indonesian tokenization followed by
 * sentence splitting, one paragraph at a time. A blank line always ends a sentence, so working
 * paragraph by paragraph gives the same sentences as the whole text at once, while only one
 * paragraph's tokens are alive at any time. Immutable and safe to share between threads.
 */
public final class TextSegmenter implements Segmenter {

    private final IndonesianTokenizer tokenizer = new IndonesianTokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public List<Sentence> segment(String text) {
        List<Sentence> sentences = new ArrayList<>();
        forEachSentence(text, sentences::add);
        return sentences;
    }

    /** Hands each sentence of {@code text} to {@code sink}, in order, as soon as its paragraph is done. */
    public void forEachSentence(String text, Consumer<Sentence> sink) {
        char[] chars = text.toCharArray();
        for (int from = 0; from < text.length(); ) {
            int to = paragraphEnd(text, from);
            splitter.split(text, tokenizer.tokenize(text, chars, from, to)).forEach(sink);
            from = to;
        }
    }

    /** Where the paragraph that starts at {@code from} ends: after its blank line, or at the end of the text. */
    public static int paragraphEnd(String text, int from) {
        return paragraphEnd(text, from, text.length());
    }

    /**
     * As {@link #paragraphEnd(String, int)}, looking no further than {@code to}, where it ends if
     * nothing before. A String, not any CharSequence: every character of every input passes
     * here, and a call through the interface for each cost more than the rest of the scan.
     */
    public static int paragraphEnd(String text, int from, int to) {
        int n = to;
        int i = from;
        while (i < n) {
            char c = text.charAt(i++);
            if (c == '\u2029') {
                return i;
            }
            if (c != '\n' && c != '\r') {
                continue;
            }
            if (c == '\r' && i < n && text.charAt(i) == '\n') {
                i++;
            }
            int j = i;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
                return j + 1;
            }
        }
        return n;
    }
}
