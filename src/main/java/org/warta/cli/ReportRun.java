package org.warta.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Function;
import org.warta.input.InputCollector;
import org.warta.input.InputSource;
import org.warta.input.SectionReader;
import org.warta.output.ReportDestination;
import org.warta.output.Utf8Writer;
import org.warta.report.CsvOutput;
import org.warta.report.ReportPipeline;
import org.warta.report.SectionReport;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a report over the command line's inputs, read as the walk of their folders finds them:
 * writes the report where {@code --output} says ({@link ReportDestination}: standard output, a
 * file replaced only when the report is complete, or a device or pipe written to directly),
 * prints one line on standard error for each input that failed, and gives the exit code. Whatever ends the run early, no
 * temporary file is left behind.
 */
final class ReportRun {

    private ReportRun() {
    }

    static int run(Warta root, PrintWriter err, InputOptions options, Function<CsvOutput, SectionReport<?>> reportFor) {
        if (options.excel && (options.format == CsvOutput.Format.jsonl || options.format == CsvOutput.Format.xlsx)) {
            throw new UsageException("--excel puts a byte order mark before CSV or TSV; " + options.format
                    + " needs none");
        }
        String output = options.output == null ? ReportDestination.STANDARD_OUTPUT : options.output.toString();
        Path replaced = output.equals(ReportDestination.STANDARD_OUTPUT) || !Files.isRegularFile(Path.of(output)) ? null
                : Path.of(output);
        ProgressBar progress = options.showsProgress() ? new ProgressBar(err) : null;
        try (ReportDestination destination = ReportDestination.open(output, root.standardOutput())) {
            // an input that is the file the report replaces is refused when it comes to be read: what was
            // written by then went to the temporary file, which the refusal removes, so the file is left as
            // it was (old reports in an input folder are another matter: folders skip them)
            InputCollector collector = new InputCollector(root.standardInput(), options.selection())
                    .ignoring(destination.temporaryFile())
                    .refusing(replaced, input -> {
                        throw new RefusedFile(output, "is also " + (input.equals(output) ? "an input" : "the input " + input)
                                + "; the report would replace it, so write it elsewhere");
                    });
            Iterator<InputSource> sources = new CountedInputs(collector.inputs(options.paths(), options.fileList()), progress);
            int failed = runInto(destination.stream(), sources, progress, err, options, reportFor);
            destination.commit();
            return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inputs as the pipeline takes them, each counted for the progress bar (null: none is shown). */
    private static final class CountedInputs implements Iterator<InputSource> {
        private final Iterator<InputSource> sources;
        private final ProgressBar progress;

        CountedInputs(Iterator<InputSource> sources, ProgressBar progress) {
            this.sources = sources;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            boolean more = sources.hasNext();
            if (!more && progress != null) {
                progress.allFound();
            }
            return more;
        }

        @Override
        public InputSource next() {
            InputSource source = sources.next();
            if (progress != null) {
                progress.found();
            }
            return source;
        }
    }

    private static int runInto(OutputStream stream, Iterator<InputSource> sources, ProgressBar progress, PrintWriter err,
            InputOptions options, Function<CsvOutput, SectionReport<?>> reportFor) throws IOException {
        Writer text = options.format == CsvOutput.Format.xlsx ? null : writer(stream);
        if (options.excel) {
            text.write('\uFEFF'); // the byte order mark by which spreadsheets know the file is UTF-8
        }
        SectionReport<?> report = reportFor.apply(text == null
                ? CsvOutput.workbook(stream, !options.noHeader, options.spreadsheetSafe)
                : new CsvOutput(text, options.format, !options.noHeader, options.spreadsheetSafe));
        var reader = new SectionReader(report.sectionLimit(), options.lenient);
        try (ReportPipeline pipeline = new ReportPipeline(reader, options.threads(),
                progress == null ? ReportPipeline.Progress.NONE : progress)) {
            int failed = pipeline.run(sources, report, (name, reason) -> {
                if (progress != null) {
                    progress.close();
                }
                err.println(ErrorLine.of(name, reason));
            });
            report.finish();
            if (text != null) {
                text.flush();
            }
            return failed;
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
    }

    /** What a command writes to standard output. */
    @FunctionalInterface
    interface Output {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes a command's output to standard output, with write errors that stop the command and
     * name the output (the PrintWriter of picocli's {@code getOut()} would hide them).
     */
    static void toStandardOutput(CommandSpec spec, Output output) throws IOException {
        Warta root = (Warta) spec.root().userObject();
        try (ReportDestination destination = ReportDestination.open(ReportDestination.STANDARD_OUTPUT,
                root.standardOutput())) {
            Writer out = writer(destination.stream());
            output.writeTo(out);
            out.flush();
            destination.commit();
        }
    }

    private static Writer writer(OutputStream out) {
        return new Utf8Writer(out, 1 << 16);
    }
}
