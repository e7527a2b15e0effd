package org.warta.cli;

/** The exit codes that scripts depend on, in one place. */
final class ExitCodes {

    static final int OK = 0;
    static final int INPUT_FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
