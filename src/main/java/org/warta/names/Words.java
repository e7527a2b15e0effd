package org.warta.names;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The words of a sentence, as the name rules read them: some thirty rules each read every word
 * of every sentence, several times. A final class, not the List interface, so that the quick
 * compiler of short runs binds and inlines {@link #get} and {@link #size} instead of calling
 * through an interface at each word (a twentieth of a count's time went to those calls). Its
 * parts ({@link #subList}) share the array. Immutable.
 */
public final class Words extends AbstractList<String> implements RandomAccess {

    private final String[] words;
    private final int from;
    private final int size;

    private Words(String[] words, int from, int size) {
        this.words = words;
        this.from = from;
        this.size = size;
    }

    /** The words of {@code list}: itself if it is already Words, else a copy. */
    public static Words of(List<String> list) {
        return list instanceof Words words ? words : new Words(list.toArray(new String[0]), 0, list.size());
    }

    /** Words that own {@code words}, which the caller must not change. */
    public static Words wrapping(String[] words) {
        return new Words(words, 0, words.length);
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("word " + index + " of " + size);
        }
        return words[from + index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Words subList(int start, int end) {
        if (start < 0 || end > size || start > end) {
            throw new IndexOutOfBoundsException("words [" + start + ", " + end + ") of " + size);
        }
        return new Words(words, from + start, end - start);
    }

    @Override
    public int indexOf(Object word) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(words[from + i], word)) {
                return i;
            }
        }
        return -1;
    }
}
