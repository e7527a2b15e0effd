package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spreadsheet outputs as a spreadsheet reads them: the {@code --format xlsx} workbook and the
 * {@code --excel} CSV of the seeds (and of an article with names beyond ASCII), opened by
 * LibreOffice and saved as CSV, hold every row and every name as warta wrote them. Skipped where
 * LibreOffice ({@code soffice}) is not installed.
 */
class SpreadsheetCheckTest {

    private static final String ARTICLE = "Presiden Turki Recep Tayyip Erdo\u011fan bertemu Menlu Rusia Sergei Lavrov "
            + "dan Menlu Austria Karin Kneissl di \u0130stanbul. \u201cKami sepakat,\u201d ujar Erdo\u011fan.\n";

    /** LibreOffice's CSV filter with its options: comma, double quote, UTF-8 (its character set 76). */
    private static final String CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76";

    @TempDir
    Path dir;

    private static Path soffice() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
    }

    private static List<List<String>> rows(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            rows.add(record.toList());
        }
        return rows;
    }

    /**
     * {@code file} opened by LibreOffice (with {@code importOptions}, if any) and saved as CSV
     * (UTF-8, comma-separated).
     */
    private String savedAsCsv(Path soffice, Path file, String... importOptions) throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("out-" + file.getFileName()));
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless"));
        command.addAll(List.of(importOptions));
        command.addAll(List.of("--convert-to", CSV_UTF8, "--outdir", out.toString(), file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice converted " + file);
        try (Stream<Path> saved = Files.list(out)) {
            return Files.readString(saved.findFirst().orElseThrow(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void libreOfficeReadsEveryNameOfTheWorkbookAndTheExcelCsv() throws Exception {
        Path soffice = soffice();
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path article = TestFiles.write(dir, "erdogan.txt", ARTICLE);
        String[] count = {"count", "--by", "document", "seeds", article.toString()};
        List<List<String>> expected = rows(CliRun.of(count).out());
        assertTrue(expected.stream().anyMatch(row -> row.get(1).endsWith("Erdo\u011fan")), "a name beyond ASCII to check");

        Path workbook = dir.resolve("count.xlsx");
        assertEquals(0, CliRun.of(CliRun.concat(count, "--format", "xlsx", "-o", workbook.toString())).exitCode());
        assertEquals(expected, rows(savedAsCsv(soffice, workbook)));

        // Run headless, LibreOffice reads a CSV in a legacy character set unless told otherwise (its
        // import dialog offers the choice); told UTF-8, it must drop the byte order mark, not keep it
        // as part of the first cell.
        Path excel = dir.resolve("count.csv");
        assertEquals(0, CliRun.of(CliRun.concat(count, "--excel", "-o", excel.toString())).exitCode());
        assertEquals(expected, rows(savedAsCsv(soffice, excel, "--infilter=" + CSV_UTF8.substring("csv:".length()))));
    }
}
