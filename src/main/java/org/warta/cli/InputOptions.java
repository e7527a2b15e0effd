package org.warta.cli;

import java.nio.file.Path;
import java.util.List;
import org.warta.report.CsvOutput;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and output that every report command takes. */
final class InputOptions {

    /** The system property bin/warta sets when standard error is a terminal. */
    static final String STANDARD_ERROR_IS_TERMINAL = "warta.stderr.terminal";

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories (recursed, hidden files skipped), or - for standard input. UTF-8, with or without BOM.")
    List<String> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the CSV to FILE (replaced only when the run completes) instead of standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How rows are written: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl is one JSON "
                    + "object a line, keyed by the column names.")
    CsvOutput.Format format = CsvOutput.Format.csv;

    @Option(names = "--excel", description = "Start the output with a UTF-8 byte order mark, so that spreadsheets open it as UTF-8.")
    boolean excel;

    @Option(names = "--no-header", description = "Leave out the header row.")
    boolean noHeader;

    @Option(names = {"-q", "--quiet"}, description = "No progress line on standard error (it is shown only in a terminal, "
            + "and only for runs longer than a second).")
    boolean quiet;

    @Option(names = "--lenient",
            description = "Read invalid UTF-8 byte sequences as U+FFFD (the replacement character) instead of refusing the "
                    + "file, one for each maximal subpart as Python's errors='replace' reads them; offsets count each as "
                    + "one character.")
    boolean lenient;

    @Option(names = "--safe-csv",
            description = "Make text cells safe to open in a spreadsheet: a cell starting with = + - @, a tab or a "
                    + "carriage return gets a leading apostrophe, so it is shown as text, never run as a formula.")
    boolean spreadsheetSafe;

    @Option(names = "--threads", paramLabel = "N",
            description = "Sections of the input analysed at once, the thread that reads and writes among them "
                    + "(default: the number of processors, ${DEFAULT-VALUE} here); the output is the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    /**
     * Whether to draw progress: not under --quiet, and only when standard error is a terminal,
     * which bin/warta tells the JVM (Java itself cannot see whether standard error is one).
     */
    boolean showsProgress() {
        return !quiet && Boolean.getBoolean(STANDARD_ERROR_IS_TERMINAL);
    }

    int threads() {
        if (threads < 1) {
            throw new UsageException("--threads must be 1 or more");
        }
        return threads;
    }
}
