package org.warta.text;

/**
 * Converts UTF-16 indices of one document into code point offsets, the unit of warta's
 * {@code start} and {@code end} columns.
 *
 * <p>Queries must not go backwards: the converter walks forward once over the text, so a whole
 * document costs one pass. Text without surrogate pairs, the common case, costs nothing.
 */
public final class CodePointOffsets {

    private final String text;
    private final boolean identity;
    private int charIndex;
    private int codePointIndex;

    public CodePointOffsets(String text) {
        this.text = text;
        this.identity = !hasSurrogates(text);
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The code point offset of UTF-16 index {@code index}; never smaller than the last query's. */
    public int at(int index) {
        if (identity) {
            return index;
        }
        if (index < charIndex) {
            throw new IllegalStateException("offsets must be asked in order: " + index + " after " + charIndex);
        }
        codePointIndex += Character.codePointCount(text, charIndex, index);
        charIndex = index;
        return codePointIndex;
    }
}
