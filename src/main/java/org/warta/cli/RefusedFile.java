package org.warta.cli;

import java.util.Objects;

/**
 * A file the command line names that cannot be used as asked — an aliases list, a model, a gold
 * file, an output that is also an input: the command stops before any report is written, with
 * the one line {@code warta: PATH: reason} and the exit code of a usage error.
 */
final class RefusedFile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    /** {@code cause} is the error that said so. */
    RefusedFile(String path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    RefusedFile(String path, String reason) {
        this(path, reason, null);
    }

    String line() {
        return ErrorLine.of(path, reason);
    }
}
