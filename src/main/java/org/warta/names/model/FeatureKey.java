package org.warta.names.model;

import java.util.Arrays;

/**
 * One feature's name, put together from its parts in a buffer that is reused for every feature:
 * the decoder looks most features up only to find the model does not know them, so building a
 * string for each (as OpenNLP's feature generators do) was most of its work. {@link #end()}
 * hands the finished key to the key's sink, which scores it ({@link NameModel}) or, in
 * training, keeps it as a string.
 */
final class FeatureKey {

    /** What happens to each finished key. */
    interface Sink {
        void accept(FeatureKey key);
    }

    private final Sink sink;
    private char[] chars = new char[64];
    private int length;

    FeatureKey(Sink sink) {
        this.sink = sink;
    }

    /** Starts a new key with its first part. */
    FeatureKey start(String part) {
        length = 0;
        return add(part);
    }

    FeatureKey add(String part) {
        return add(part, 0, part.length());
    }

    /** Adds the characters {@code from} (inclusive) to {@code to} (exclusive) of {@code part}. */
    FeatureKey add(String part, int from, int to) {
        int needed = length + to - from;
        if (needed > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(needed, 2 * chars.length));
        }
        part.getChars(from, to, chars, length);
        length = needed;
        return this;
    }

    FeatureKey add(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, 2 * chars.length);
        }
        chars[length++] = c;
        return this;
    }

    /** The key is complete: the sink takes it. */
    void end() {
        sink.accept(this);
    }

    /** A hash of the key's characters, the same as {@link #hash(char[], int, int)} gives for them. */
    int hash() {
        return hash(chars, 0, length);
    }

    /** A well-mixed hash of {@code chars[from, to)}, for open addressing on a power-of-two table. */
    static int hash(char[] chars, int from, int to) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < to; i++) {
            h = (h ^ chars[i]) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }

    /** Whether the key is exactly {@code chars[from, to)}. */
    boolean equalsRange(char[] other, int from, int to) {
        return Arrays.equals(chars, 0, length, other, from, to);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
