package org.warta.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.warta.input.FileList;
import org.warta.input.FileSelection;
import org.warta.input.InputCollector;
import org.warta.report.CsvOutput;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and output that every report command takes. */
final class InputOptions {

    /** The system property bin/warta sets when standard error is a terminal. */
    static final String STANDARD_ERROR_IS_TERMINAL = "warta.stderr.terminal";

    /** More threads than this many a processor would only wait for one. */
    private static final int THREADS_PER_PROCESSOR = 4;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = {"Files or folders, or - for standard input; UTF-8, with or without BOM. A file named is always "
                    + "read; a folder gives, recursed in name order, its files that are not hidden, not data, reports or "
                    + "media by extension (.csv .json .html .zip .pdf ...) and not binary."})
    List<String> paths = new ArrayList<>();

    @Option(names = {"-g", "--glob"}, paramLabel = "GLOB",
            description = "Choose the files a folder gives, as ripgrep does (repeatable): with *.txt only the files some "
                    + "such glob matches, whatever their extension; !GLOB leaves out what it matches (!arsip/ a folder); "
                    + "the last glob that matches decides. Without a slash a glob matches names at any depth.")
    List<String> globs = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "FILE",
            description = "Also read the inputs listed in FILE (- for standard input), one path a line, after any PATH.")
    String filesFrom;

    @Option(names = {"-0", "--null"},
            description = "The --files-from list ends each path with a NUL byte, as find -print0 writes it.")
    boolean nulSeparated;

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

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "Sections of the input analysed at once, the thread that reads and writes among them "
                    + "(default: the number of processors; at most four times that many); the output is the same for "
                    + "any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    /**
     * Whether to draw progress: not under --quiet, and only when standard error is a terminal,
     * which bin/warta tells the JVM (Java itself cannot see whether standard error is one).
     */
    boolean showsProgress() {
        return !quiet && Boolean.getBoolean(STANDARD_ERROR_IS_TERMINAL);
    }

    /** The threads to run on: as asked, but no more than the processors can keep busy. */
    int threads() {
        if (threads < 1) {
            throw new UsageException("--threads must be 1 or more");
        }
        return Math.min(threads, THREADS_PER_PROCESSOR * Runtime.getRuntime().availableProcessors());
    }

    /** The paths named (more may come from {@link #fileList()}), checked before anything is read. */
    List<String> paths() {
        if (paths.isEmpty() && filesFrom == null) {
            throw new UsageException("Missing required parameter: 'PATH' (a file, a folder, or - for standard input) "
                    + "or --files-from FILE");
        }
        if (InputCollector.STANDARD_INPUT.equals(filesFrom) && paths.contains(InputCollector.STANDARD_INPUT)) {
            throw new UsageException("standard input cannot be both an input and the --files-from list");
        }
        if (nulSeparated && filesFrom == null) {
            throw new UsageException("-0 says how the --files-from list is written; give --files-from too");
        }
        return paths;
    }

    /** The --files-from list, or null. */
    FileList fileList() {
        return filesFrom == null ? null : new FileList(filesFrom, nulSeparated);
    }

    /** Which files a folder gives. */
    FileSelection selection() {
        try {
            return new FileSelection(globs);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
