package org.warta.output;

import java.io.IOException;
import java.util.Objects;

/**
 * The report could not be written where it was asked to go: the output as the user named it
 * ({@code standard output} for standard output) and why, in a user's words.
 */
public final class OutputFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final String output;
    private final String reason;

    public OutputFailure(String output, String reason, Throwable cause) {
        super(output + ": " + reason, cause);
        this.output = Objects.requireNonNull(output, "output");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String output() {
        return output;
    }

    public String reason() {
        return reason;
    }

    /** Whether the program that read standard output has gone ({@code | head}): no failure of warta's. */
    public boolean isClosedPipe() {
        return reason.contains("Broken pipe") || reason.contains("pipe is being closed");
    }

    /** The {@code OutputFailure} behind {@code error}, if one is: writers wrap it on the way up. */
    public static OutputFailure in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutputFailure failure) {
                return failure;
            }
        }
        return null;
    }
}
