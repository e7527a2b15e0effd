package org.warta.cli;

import java.util.Objects;

/**
 * A failure about one file that ends the command: printed as the one line
 * {@code warta: PATH: reason}, with its own exit code (a refused option file is a usage error,
 * an output that cannot be written means no report).
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;
    private final int exitCode;

    private CommandFailure(String path, String reason, int exitCode, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = Objects.requireNonNull(path, "path");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.exitCode = exitCode;
    }

    /** A file the command line names that cannot be used as asked: exit code 2. */
    static CommandFailure usage(String path, String reason) {
        return new CommandFailure(path, reason, ExitCodes.USAGE, null);
    }

    /** A file the command line names that cannot be used as asked, and the error that said so. */
    static CommandFailure usage(String path, String reason, Throwable cause) {
        return new CommandFailure(path, reason, ExitCodes.USAGE, cause);
    }

    String line() {
        return ErrorLine.of(path, reason);
    }

    int exitCode() {
        return exitCode;
    }
}
