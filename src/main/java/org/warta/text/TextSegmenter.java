package org.warta.text;

import java.util.List;

/**
 * The sentences of a document, each with its tokens: Indonesian tokenization followed by
 * sentence splitting. Immutable and safe to share between threads.
 */
public final class TextSegmenter implements Segmenter {

    private final IndonesianTokenizer tokenizer = new IndonesianTokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public List<Sentence> segment(String text) {
        return splitter.split(text, tokenizer.tokenize(text));
    }
}
