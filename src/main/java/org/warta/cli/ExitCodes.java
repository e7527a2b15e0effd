package org.warta.cli;

/** The exit codes that scripts depend on, in one place. */
final class ExitCodes {

    /** Every input was processed and the report written. */
    static final int OK = 0;
    /** Some input failed; the others were processed and the report written without them. */
    static final int INPUT_FAILED = 1;
    /** The command line, or a file it names as an option (--aliases, --model), cannot be used. */
    static final int USAGE = 2;
    /** No report at all: the output could not be opened or written, or warta itself failed. */
    static final int NO_REPORT = 3;

    private ExitCodes() {
    }
}
