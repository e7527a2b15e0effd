package org.warta.text;

import java.util.List;

/** Finds the sentences of a document, each with its tokens. Implementations are thread-safe. */
public interface Segmenter {

    List<Sentence> segment(String text);
}
