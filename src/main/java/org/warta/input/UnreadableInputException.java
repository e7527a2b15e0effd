package org.warta.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/** An input that cannot become a document; the message says why, in a few words, for the user. */
public final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableInputException(String reason) {
        super(reason);
    }

    /** Why reading failed, as {@code e} says it: "no such file", "permission denied", else "cannot read: ...". */
    static UnreadableInputException of(IOException e) {
        boolean plain = e instanceof NoSuchFileException || e instanceof AccessDeniedException;
        return new UnreadableInputException(plain ? reason(e) : "cannot read: " + reason(e));
    }

    /** The reason alone, without the path that a file system exception's message repeats. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return Objects.requireNonNullElse(e.getMessage(), e.toString());
    }
}
