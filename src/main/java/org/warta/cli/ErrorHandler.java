package org.warta.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;
import org.warta.output.IoReason;
import org.warta.output.OutputFailure;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into lines on standard error ({@link ErrorLine}) and an exit code
 * ({@link ExitCodes}): a usage error prints its message, what was probably meant, and the usage
 * line (exit 2); a file named as an option that cannot be used, its one line (exit 2); an output
 * that cannot be written, or anything else that stops a command, one line and exit 3 — no report.
 * No stack traces.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        if (e instanceof UnmatchedArgumentException unmatched) {
            err.println(ErrorLine.of(unmatchedMessage(unmatched)));
            List<String> suggestions = Suggestions.of(unmatched);
            if (!suggestions.isEmpty()) {
                err.println("Did you mean " + String.join(" or ", suggestions) + "?");
            }
        } else {
            err.println(ErrorLine.of(e.getMessage()));
        }
        err.println("Usage: " + commandLine.getHelp().synopsis(0).strip());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }

    /** What picocli says, but an unknown command called that rather than "unmatched arguments from index 0". */
    private static String unmatchedMessage(UnmatchedArgumentException e) {
        String first = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().get(0);
        if (!first.startsWith("-") && !e.getCommandLine().getSubcommands().isEmpty()) {
            return "'" + first + "' is not a command of " + e.getCommandLine().getCommandSpec().qualifiedName();
        }
        return e.getMessage();
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        OutputFailure output = OutputFailure.in(e);
        if (output != null) {
            if (output.isClosedPipe()) {
                return ExitCodes.OK; // the reader has all it wanted ("| head"): stop quietly
            }
            err.println(ErrorLine.of(output.output(), output.reason()));
            return ExitCodes.NO_REPORT;
        }
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof UsageException) {
            return handleParseException(new ParameterException(commandLine, cause.getMessage()), new String[0]);
        }
        if (cause instanceof RefusedFile failure) {
            err.println(failure.line());
            return ExitCodes.USAGE;
        }
        if (cause instanceof FileSystemException file && file.getFile() != null) {
            err.println(ErrorLine.of(file.getFile(), IoReason.of(file)));
        } else {
            err.println(ErrorLine.of(cause.getMessage() == null ? cause.toString() : cause.getMessage()));
        }
        return ExitCodes.NO_REPORT;
    }
}
