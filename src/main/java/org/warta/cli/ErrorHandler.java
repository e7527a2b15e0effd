package org.warta.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on standard error and an exit code: usage errors print the
 * message and the usage line (exit 2), anything else its message (exit 1). No stack traces.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("warta: " + e.getMessage());
        err.println("Usage: " + commandLine.getHelp().synopsis(0).strip());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof UsageException) {
            return handleParseException(new ParameterException(commandLine, cause.getMessage()), new String[0]);
        }
        commandLine.getErr().println("warta: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()));
        return ExitCodes.INPUT_FAILED;
    }
}
