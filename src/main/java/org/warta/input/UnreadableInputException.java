package org.warta.input;

/** An input that cannot become a document; the message says why, in a few words, for the user. */
public final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableInputException(String reason) {
        super(reason);
    }
}
