package org.warta.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code warta} command: Indonesian news text in, CSV out. */
@Command(name = "warta",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tokens, sentences and named entities of Indonesian news text, as CSV.",
        subcommands = {TokenizeCommand.class, CountCommand.class, MentionsCommand.class, CooccurCommand.class,
            FreqCommand.class, SummaryCommand.class, TagCommand.class,
            EvalCommand.class, TrainCommand.class, BenchCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was processed",
            "1:some input failed (the rest were processed and written)",
            "2:usage error"})
public final class Warta implements Runnable {

    private final Supplier<InputStream> standardInput;
    private final Supplier<OutputStream> standardOutput;

    @Spec
    CommandSpec spec;

    /** The process's own streams; for tools that build the command line by reflection (the man page generator). */
    public Warta() {
        this(() -> System.in, () -> new FileOutputStream(FileDescriptor.out));
    }

    public Warta(Supplier<InputStream> standardInput, Supplier<OutputStream> standardOutput) {
        this.standardInput = standardInput;
        this.standardOutput = standardOutput;
    }

    public static void main(String[] args) {
        // Not System.out: a PrintStream hides write errors, and a closed pipe must stop the run at once.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        CommandLine commandLine = commandLine(() -> System.in, () -> out);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        commandLine.setErr(err);
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (Error e) {
            // picocli hands on Errors; a user still gets one line, not a stack trace
            err.println("warta: internal error: " + e);
            exitCode = ExitCodes.INPUT_FAILED;
        }
        System.exit(exitCode);
    }

    /** The command line wired to the given streams, with warta's error handling. */
    public static CommandLine commandLine(Supplier<InputStream> standardInput, Supplier<OutputStream> standardOutput) {
        CommandLine commandLine = new CommandLine(new Warta(standardInput, standardOutput));
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new ErrorHandler());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(standardOutput.get(), StandardCharsets.UTF_8), true));
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Supplier<InputStream> standardInput() {
        return standardInput;
    }

    Supplier<OutputStream> standardOutput() {
        return standardOutput;
    }
}
