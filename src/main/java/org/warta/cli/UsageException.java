package org.warta.cli;

/** A request that parses but cannot be carried out as asked: exit code 2, like a parse error. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
