package org.warta.cli;

import java.io.PrintWriter;
import org.warta.input.Section;
import org.warta.report.ReportPipeline;

/**
 * A one-line progress report on standard error for long runs in a terminal: documents done of
 * those found, megabytes read and the rate, redrawn in place at most four times a second, and
 * only once a run has lasted a second (short runs show nothing). Inputs are found as they are
 * read, so until the walk of the folders is over the count of those found ends in "+" and no
 * share is shown. Cleared at the end, so the terminal is left as it was.
 */
final class ProgressBar implements ReportPipeline.Progress {

    private static final long QUIET_START_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final String CLEAR_LINE = "\r\u001B[K";

    private final PrintWriter err;
    private int documents;
    private boolean allFound;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private int done;
    private long characters;
    private boolean shown;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** One more input found. */
    void found() {
        documents++;
    }

    /** Every input has been found. */
    void allFound() {
        allFound = true;
    }

    @Override
    public void written(Section section) {
        characters += section.text().length();
        if (section.last()) {
            done++;
        }
        long now = System.nanoTime();
        if (now - start >= QUIET_START_NANOS && now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            shown = true;
            double seconds = (now - start) / 1e9;
            String found = allFound
                    ? String.format("%,d documents (%d%%)", documents, documents == 0 ? 100 : 100L * done / documents)
                    : String.format("%,d+ documents", documents);
            err.printf("%swarta: %,d of %s, %.1f MB, %.1f MB/s", CLEAR_LINE, done, found, characters / 1e6,
                    characters / 1e6 / seconds);
            err.flush();
        }
    }

    /** Clears the line, if anything was drawn. */
    void close() {
        if (shown) {
            err.print(CLEAR_LINE);
            err.flush();
        }
    }
}
