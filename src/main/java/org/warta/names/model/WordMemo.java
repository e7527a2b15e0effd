package org.warta.names.model;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The distinct words seen, each with what the features know about it (lower case, shape, word
 * lists, clusters) and, filled in by the decoder, its summed weights: OpenNLP's token class runs
 * several regular expressions, the lists are several look-ups, and words recur. One memo serves
 * every thread, so its memory does not grow with the number of threads; past {@link #LIMIT}
 * words it starts again, so it stays bounded whatever the input.
 */
final class WordMemo {

    /**
     * More distinct words than the decoder asks about in the 3,463 IndoSum articles (49,198), and
     * few enough that the memo stays about 30 MB (some 500 bytes a word with its sums) in a heap
     * of 144 MB, whatever the variety of the text: at 100,000 words a varied corpus would have
     * kept 50 MB of it, most of what the heap holds.
     */
    private static final int LIMIT = 60_000;

    private final int outcomes;
    private final ConcurrentHashMap<String, NameFeatures.Word> words = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Sums, Sums> sums = new ConcurrentHashMap<>();

    /**
     * Summed weights compared by value, so that words whose features sum alike share one array.
     * Its field is final, which is what lets a word hand the sums to other threads with plain
     * reads and writes: a thread that sees the record sees the array as it was when the record
     * was made. (Reading the arrays through a VarHandle with acquire semantics did the same, but
     * cost a fiftieth of a whole {@code count} run under the quick compiler, which does not
     * reduce a VarHandle to a load.)
     */
    record Sums(double[] values) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Sums sums && Arrays.equals(values, sums.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /** A memo for a model of {@code outcomes} outcomes (none for a memo that holds no weights). */
    WordMemo(int outcomes) {
        this.outcomes = outcomes;
    }

    NameFeatures.Word get(String text) {
        NameFeatures.Word word = words.get(text);
        if (word == null) {
            if (words.size() >= LIMIT) {
                words.clear();
                sums.clear();
            }
            word = new NameFeatures.Word(text, outcomes);
            NameFeatures.Word raced = words.putIfAbsent(text, word);
            if (raced != null) {
                word = raced;
            }
        }
        return word;
    }

    /**
     * The one array of the memo that holds these sums: most words the model does not know by
     * name, and their sums are those of their shape and clusters alone, the same as many others'.
     */
    Sums shared(double[] weights) {
        Sums made = new Sums(weights);
        Sums kept = sums.putIfAbsent(made, made);
        return kept == null ? made : kept;
    }
}
