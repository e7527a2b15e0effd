package org.warta.text;

/**
 * A token of a document: its text and where it stands.
 *
 * <p>{@code start} and {@code end} are UTF-16 indices into the document's Java string, end
 * exclusive; reports convert them to code points with {@link CodePointOffsets}.
 */
public record Token(int start, int end, String text) {

    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token span [" + start + ", " + end + ") is empty or negative");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("token text '" + text + "' does not fit span [" + start + ", " + end + ")");
        }
    }

    /** The token that {@code text} holds between {@code start} and {@code end}. */
    static Token of(String text, int start, int end) {
        return new Token(start, end, text.substring(start, end));
    }
}
