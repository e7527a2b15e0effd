package org.warta.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.warta.input.InputSource;
import org.warta.input.SectionReader;
import org.warta.output.Utf8Writer;
import org.warta.report.CsvOutput;
import org.warta.report.FoldedReport;
import org.warta.report.ReportPipeline;
import org.warta.report.SectionReport;

/**
 * Runs one of warta's reports over one file's bytes, exactly as the CLI runs it (the same
 * decoding, sections and report classes), and gives its rows as lists of cells, or the reason
 * the file could not be read.
 */
final class DocumentRows {

    /**
     * The rows a file gave, or what a corpus report gathered of it (to be folded with the other
     * files'), or why it gave none.
     */
    record Result(String document, List<List<String>> rows, FoldedReport.Gathered gathered, String failure) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Result failed(String document, String failure) {
            return new Result(document, List.of(), null, failure);
        }
    }

    private DocumentRows() {
    }

    static Result of(String document, byte[] bytes, Function<CsvOutput, SectionReport<?>> reportFor) {
        // rows in UTF-8, as the CLI writes them: tokenize's come already encoded
        Utf8Writer csv = Utf8Writer.inMemory(bytes.length);
        SectionReport<?> report = reportFor.apply(new CsvOutput(csv, CsvOutput.Format.csv, false, false));
        String failure = run(document, bytes, report);
        if (failure != null) {
            return Result.failed(document, failure);
        }
        if (report instanceof FoldedReport folded) {
            return new Result(document, List.of(), folded.gathered(), null);
        }
        report.finish();
        List<List<String>> rows = new ArrayList<>();
        try {
            String text = new String(csv.bytes(), StandardCharsets.UTF_8);
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text))) {
                rows.add(record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(document, rows, null, null);
    }

    /** Runs the report over the file as the CLI does; the reason it failed, or null. */
    private static String run(String document, byte[] bytes, SectionReport<?> report) {
        String[] failure = {null};
        try (ReportPipeline pipeline = new ReportPipeline(new SectionReader(report.sectionLimit()), 1)) {
            pipeline.run(List.of(InputSource.bytes(document, bytes)).iterator(), report, (name, reason) -> failure[0] = reason);
        }
        return failure[0];
    }
}
