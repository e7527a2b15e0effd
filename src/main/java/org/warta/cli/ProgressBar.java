package org.warta.cli;

import java.io.PrintWriter;
import org.warta.input.Section;
import org.warta.report.ReportPipeline;

/**
 * A one-line progress report on standard error for long runs in a terminal: documents done of
 * those named, megabytes read and the rate, redrawn in place at most four times a second, and
 * only once a run has lasted a second (short runs show nothing). Cleared at the end, so the
 * terminal is left as it was.
 */
final class ProgressBar implements ReportPipeline.Progress {

    private static final long QUIET_START_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final String CLEAR_LINE = "\r\u001B[K";

    private final PrintWriter err;
    private final int documents;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private int done;
    private long characters;
    private boolean shown;

    ProgressBar(PrintWriter err, int documents) {
        this.err = err;
        this.documents = documents;
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
            err.printf("%swarta: %,d of %,d documents (%d%%), %.1f MB, %.1f MB/s", CLEAR_LINE, done, documents,
                    documents == 0 ? 100 : 100L * done / documents, characters / 1e6, characters / 1e6 / seconds);
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
