package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.input.Section;
import org.warta.report.CsvTable;
import org.warta.report.SectionReport;

class ReportRunTest {

    @TempDir
    Path dir;

    /** A report that writes the first document's row, then fails on the second. */
    private static SectionReport<String> failingOnTheSecondDocument(CsvTable table) {
        return new SectionReport<>() {
            private int documents;

            @Override
            public String analyse(Section section) {
                return section.document();
            }

            @Override
            public void write(Section section, String document) {
                if (++documents == 2) {
                    throw new IllegalStateException("failed midway");
                }
                table.row(document);
            }

            @Override
            public void finish() {
                table.flush();
            }
        };
    }

    @Test
    void aRunThatFailsMidwayLeavesTheOldOutputFileAndNoTemporaryFile() throws IOException {
        Path output = Files.writeString(dir.resolve("laporan.csv"), "old report");
        InputOptions options = new InputOptions();
        options.paths = List.of("seeds/000_68c9ffe21a1da729.txt", "seeds/001_dd9851bb1841e3e5.txt");
        options.output = output;
        options.threads = 1;
        Warta root = new Warta(() -> new ByteArrayInputStream(new byte[0]), ByteArrayOutputStream::new);
        var error = assertThrows(IllegalStateException.class, () -> ReportRun.run(root,
                new PrintWriter(new StringWriter()), options,
                out -> failingOnTheSecondDocument(new CsvTable(out, "document"))));
        assertEquals("failed midway", error.getMessage());
        assertEquals("old report", Files.readString(output));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(output), files.toList());
        }
    }
}
