package org.warta.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;
import org.warta.input.InputCollector;
import org.warta.input.InputSource;
import org.warta.input.SectionReader;
import org.warta.report.CsvOutput;
import org.warta.report.ReportPipeline;
import org.warta.report.SectionReport;

/**
 * Runs a report over the command line's inputs: collects them, writes the report to standard
 * output or to a file (through a temporary file, moved into place at the end, so a failed run
 * leaves an old report untouched), prints one line on standard error for each input that
 * failed, and gives the exit code.
 */
final class ReportRun {

    private ReportRun() {
    }

    static int run(Warta root, PrintWriter err, InputOptions options, Function<CsvOutput, SectionReport<?>> reportFor) {
        var sources = new InputCollector(root.standardInput(), options.selection()).collect(options.paths(), options.fileList());
        try {
            int failed;
            if (options.output == null) {
                Writer out = writer(root.standardOutput().get());
                try {
                    failed = runInto(out, sources, err, options, reportFor);
                    out.flush();
                } catch (UncheckedIOException | IOException e) {
                    if (isClosedPipe(e)) {
                        return ExitCodes.OK; // the reader has all it wanted ("| head"): stop quietly
                    }
                    throw e;
                }
            } else {
                Path target = options.output.toAbsolutePath();
                Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
                try {
                    try (Writer out = writer(Files.newOutputStream(temporary))) {
                        failed = runInto(out, sources, err, options, reportFor);
                    }
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int runInto(Writer out, List<InputSource> sources, PrintWriter err, InputOptions options,
            Function<CsvOutput, SectionReport<?>> reportFor) throws IOException {
        if (options.excel) {
            out.write('\uFEFF'); // the byte order mark by which spreadsheets know the file is UTF-8
        }
        SectionReport<?> report = reportFor.apply(new CsvOutput(out, options.format, !options.noHeader,
                options.spreadsheetSafe));
        var reader = new SectionReader(report.sectionLimit(), options.lenient);
        ProgressBar progress = options.showsProgress() ? new ProgressBar(err, sources.size()) : null;
        try (ReportPipeline pipeline = new ReportPipeline(reader, options.threads(),
                progress == null ? ReportPipeline.Progress.NONE : progress)) {
            int failed = pipeline.run(sources, report, (name, reason) -> {
                if (progress != null) {
                    progress.close();
                }
                err.println("warta: " + name + ": " + reason);
            });
            report.finish();
            return failed;
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
    }

    /** Whether writing failed because the program reading standard output has gone. */
    private static boolean isClosedPipe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        String message = cause == null ? null : cause.getMessage();
        return message != null && (message.contains("Broken pipe") || message.contains("pipe is being closed"));
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
