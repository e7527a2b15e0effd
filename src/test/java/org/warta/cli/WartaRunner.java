package org.warta.cli;

/** Runs the command line from tests in other packages and gives what it wrote to standard output. */
public final class WartaRunner {

    private WartaRunner() {
    }

    /** Standard output of a run, whatever its exit code (some inputs may fail). */
    public static String stdoutOfAnyRun(String... args) {
        return CliRun.of(args).out();
    }

    /** Standard output of a run that must succeed. */
    public static String stdout(String... args) {
        CliRun run = CliRun.of(args);
        if (run.exitCode() != 0) {
            throw new AssertionError("warta " + String.join(" ", args) + " exited " + run.exitCode() + ": " + run.err());
        }
        return run.out();
    }
}
