package org.warta.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.warta.input.InputSource;
import org.warta.input.SectionReader;
import org.warta.report.CsvOutput;
import org.warta.report.ReportPipeline;
import org.warta.report.SectionReport;

/**
 * Runs one of warta's reports over one file's bytes, exactly as the CLI runs it (the same
 * decoding, sections and report classes), and gives its rows as lists of cells, or the reason
 * the file could not be read.
 */
final class DocumentRows {

    /** The rows a file gave, or why it gave none. */
    record Result(String document, List<List<String>> rows, String failure) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private DocumentRows() {
    }

    static Result of(String document, byte[] bytes, Function<CsvOutput, SectionReport<?>> reportFor) {
        StringBuilder csv = new StringBuilder();
        SectionReport<?> report = reportFor.apply(new CsvOutput(csv, CsvOutput.Format.csv, false, false));
        String[] failure = {null};
        try (ReportPipeline pipeline = new ReportPipeline(new SectionReader(), 1)) {
            pipeline.run(List.of(InputSource.bytes(document, bytes)), report, (name, reason) -> failure[0] = reason);
        }
        report.finish();
        if (failure[0] != null) {
            return new Result(document, List.of(), failure[0]);
        }
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv.toString()))) {
                rows.add(record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(document, rows, null);
    }
}
