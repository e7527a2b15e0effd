package org.warta.names.model;

import java.util.Arrays;

/**
 * A feature's name put together from its parts ("p1w=" and a word) in an array of characters
 * that is reused for the next feature, with the hash a string of it would have: the decoder
 * looks a word's features up in the model without making a string of each, which was most of
 * what tagging a word seen for the first time allocated. One instance belongs to one thread.
 */
final class FeatureName {

    private char[] chars = new char[64];
    private int length;
    private int hash;

    /** Starts a new name with {@code prefix}. */
    FeatureName start(String prefix) {
        length = 0;
        hash = 0;
        return append(prefix, 0, prefix.length());
    }

    FeatureName append(String part) {
        return append(part, 0, part.length());
    }

    /** Appends {@code part}'s characters from {@code from} to {@code to}. */
    FeatureName append(String part, int from, int to) {
        if (length + to - from > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + to - from));
        }
        int h = hash;
        for (int i = from; i < to; i++) {
            char c = part.charAt(i);
            chars[length++] = c;
            h = 31 * h + c;
        }
        hash = h;
        return this;
    }

    /** {@link String#hashCode()} of the name. */
    int hash() {
        return hash;
    }

    int length() {
        return length;
    }

    char charAt(int index) {
        return chars[index];
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
