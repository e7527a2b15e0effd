package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.report.WorkbookReader;

/** Every report in every format carries the same rows: read back, they are the CSV's. */
class OutputFormatTest {

    private static final String SEED = "seeds/001_dd9851bb1841e3e5.txt";

    @TempDir
    Path dir;

    private static List<List<String>> csvRows(String... command) {
        return CliRun.of(command).rows().stream().map(r -> r.toList()).toList();
    }

    /** TSV read as awk or cut read it, lines at LF and cells at tabs, then its escapes undone. */
    private static List<List<String>> tsvRows(String tsv) {
        return tsv.lines().skip(1).map(line -> Arrays.stream(line.split("\t", -1)).map(OutputFormatTest::unescape).toList())
                .toList();
    }

    private static String unescape(String cell) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\') {
                char escaped = cell.charAt(++i);
                text.append(escaped == 't' ? '\t' : escaped == 'n' ? '\n' : escaped == 'r' ? '\r' : escaped);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    @Test
    void tabSeparatedRowsAreTheCsvRows() {
        for (String[] command : List.of(new String[] {"tokenize", SEED}, new String[] {"count", "--by", "document", SEED},
                new String[] {"mentions", SEED}, new String[] {"tokenize", "--sentences", SEED})) {
            String tsv = CliRun.of(CliRun.concat(command, "--format", "tsv")).out();
            assertEquals(csvRows(command), tsvRows(tsv), String.join(" ", command));
        }
    }

    /**
     * Token and sentence rows in CSV are formatted in parts, in UTF-8, on the threads that segment
     * a section; in JSON lines they are written whole: the two must agree over characters of one
     * to four bytes, cells that need quoting, and a text long enough to be cut into several sections.
     */
    @Test
    void rowsFormattedInPartsAreTheRowsWrittenWhole() throws IOException {
        String paragraph = "Menlu “Lavrov” tiba di 北京, café \"A,B\" 😀 Rp1.000,5 — naïve.\nKalimat kedua 𝔸 di sini.\n\n";
        Path file = TestFiles.write(dir, "panjang.txt", paragraph.repeat(80_000 / paragraph.length()));
        List<List<String>> tokens = csvRows("tokenize", file.toString());
        assertTrue(tokens.size() > 20_000, "rows of several sections: " + tokens.size());
        assertEquals(jsonRows(List.of("document", "sentence", "index", "token", "start", "end"), "tokenize", file.toString()),
                tokens);
        assertEquals(jsonRows(List.of("document", "sentence", "start", "end", "text"), "tokenize", "--sentences", file.toString()),
                csvRows("tokenize", "--sentences", file.toString()));
    }

    /** The JSON lines of a command, each object's values in the order of {@code columns}, as text. */
    private static List<List<String>> jsonRows(List<String> columns, String... command) {
        return CliRun.of(CliRun.concat(command, "--format", "jsonl")).out().lines().map(line -> {
            try {
                Map<String, Object> object = JSON.std.mapFrom(line);
                return columns.stream().map(column -> String.valueOf(object.get(column))).toList();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void tabSeparatedValuesEndLinesWithLfNeverQuoteAndEscapeTabsLineBreaksAndBackslashes() throws IOException {
        String text = "Kata \"Jokowi\" di\tJakarta\r\nmenyebut C:\\data, lalu pulang.\n";
        Path file = TestFiles.write(dir, "berita.txt", text);
        String tsv = CliRun.of("tokenize", "--sentences", "--format", "tsv", file.toString()).out();
        assertEquals("document\tsentence\tstart\tend\ttext\n" + file + "\t1\t0\t" + (text.length() - 1)
                + "\tKata \"Jokowi\" di\\tJakarta\\r\\nmenyebut C:\\\\data, lalu pulang.\n", tsv);
        assertEquals(List.of(List.of(file.toString(), "1", "0", Integer.toString(text.length() - 1), text.strip())),
                tsvRows(tsv));
    }

    @Test
    void aByteOrderMarkIsRefusedWhereItDoesNotBelong() {
        for (String format : List.of("jsonl", "xlsx")) {
            CliRun run = CliRun.of("count", "--excel", "--format", format, SEED);
            assertEquals(2, run.exitCode(), format);
            assertEquals("warta: --excel puts a byte order mark before CSV or TSV; " + format + " needs none",
                    run.errorLines().get(0));
            assertEquals("", run.out());
        }
    }

    @Test
    void safeCsvGuardsSpreadsheetFormatsOnlyAndLeavesASignAlone() {
        byte[] formula = "=SUM(A1) - @warta\n".getBytes(StandardCharsets.UTF_8);
        CliRun csv = CliRun.withInput(formula, "tokenize", "--safe-csv", "-");
        assertEquals(List.of("-"), csv.rows().stream().map(r -> r.get("document")).distinct().toList());
        assertEquals(List.of("'=", "SUM", "(", "A1", ")", "-", "'@warta"), csv.rows().stream().map(r -> r.get("token")).toList());
        String tsv = CliRun.withInput(formula, "tokenize", "--safe-csv", "--format", "tsv", "-").out();
        assertTrue(tsv.contains("\n-\t1\t1\t'=\t0\t1\n"), tsv);
        String json = CliRun.withInput(formula, "tokenize", "--safe-csv", "--format", "jsonl", "-").out();
        assertTrue(json.startsWith("{\"document\":\"-\",\"sentence\":1,\"index\":1,\"token\":\"=\","), json);
        assertTrue(json.contains("\"token\":\"@warta\""), json);
    }

    @Test
    void aWorkbookHoldsTheCsvRowsWithNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        assertEquals(0, CliRun.withOutput(new byte[0], workbook, "count", "--format", "xlsx", SEED).exitCode());
        List<List<Object>> sheet = WorkbookReader.sheets(workbook.toByteArray()).get("sheet1.xml");
        assertEquals(List.of("entity", "type", "mentions", "documents"), sheet.get(0));
        List<List<Object>> expected = CliRun.of("count", SEED).rows().stream()
                .map(r -> List.<Object>of(r.get(0), r.get(1), Double.valueOf(r.get(2)), Double.valueOf(r.get(3)))).toList();
        assertEquals(expected, sheet.subList(1, sheet.size()));
    }

    @Test
    void jsonLinesAreObjectsKeyedByTheColumnNames() throws IOException {
        CliRun csv = CliRun.of("count", SEED);
        String[] lines = CliRun.of("count", "--format", "jsonl", SEED).out().split("\n");
        assertEquals(csv.rows().size(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            Map<String, Object> object = JSON.std.mapFrom(lines[i]);
            CSVRecord row = csv.rows().get(i);
            assertEquals(row.get("entity"), object.get("entity"));
            assertEquals(Integer.parseInt(row.get("mentions")), ((Number) object.get("mentions")).intValue());
        }
        Map<String, Object> token = JSON.std.mapFrom(CliRun.of("tokenize", "--format", "jsonl", SEED).out().split("\n")[0]);
        assertEquals(List.of("document", "sentence", "index", "token", "start", "end"), List.copyOf(token.keySet()));
    }

    @Test
    void excelStartsWithAByteOrderMarkAndNoHeaderLeavesTheHeaderOut() {
        String excel = CliRun.of("summary", "--excel", SEED).out();
        assertTrue(excel.startsWith("\uFEFFdocument,characters,"), excel);
        String bare = CliRun.of("summary", "--no-header", SEED).out();
        assertTrue(bare.startsWith(SEED + ","), bare);
        assertEquals(1, bare.lines().count());
    }
}
