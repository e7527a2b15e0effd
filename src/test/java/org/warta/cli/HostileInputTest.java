package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever is in a user's folder ends as rows or as one error line naming the file; the other
 * files are processed, the exit code says whether any failed, and no stack trace is printed.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    /** Every row's token is the text between its code-point offsets. */
    private static void assertRowsCutTheText(String text, List<CSVRecord> rows) {
        int[] codePoints = text.codePoints().toArray();
        for (CSVRecord row : rows) {
            assertEquals(row.get("token"), TestFiles.cut(codePoints, row.get("start"), row.get("end")));
        }
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
    }

    @Test
    void emptyAndBlankFilesGiveNoRowsAndNoError() throws IOException {
        Path empty = TestFiles.write(dir, "empty.txt", "");
        Path blank = TestFiles.write(dir, "blank.txt", " \n\t\r\n\u00A0\u2029 \n");
        CliRun run = CliRun.of("tokenize", empty.toString(), blank.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(), run.rows());
        assertEquals("", run.err());
        assertEquals(0, CliRun.of("count", empty.toString(), blank.toString()).exitCode());
    }

    @Test
    void aTenMegabyteWordIsCutIntoTokensThatStillCutTheText() throws IOException {
        String word = "a".repeat(10 << 20);
        Path file = TestFiles.write(dir, "word.txt", "Awal. " + word + " akhir.");
        CliRun run = CliRun.of("tokenize", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertRowsCutTheText("Awal. " + word + " akhir.", run.rows());
        assertEquals("akhir", run.rows().get(run.rows().size() - 2).get("token"));
    }

    @Test
    void aLongFileWithNoLineBreakIsReadInSectionsWithOffsetsRunningOn() throws IOException {
        String text = "Menlu Sergei Lavrov bertemu Wang Yi di Beijing. Mereka membahas kerja sama. ".repeat(30_000);
        Path file = TestFiles.write(dir, "noline.txt", text);
        CliRun run = CliRun.of("tokenize", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = run.rows();
        assertRowsCutTheText(text, rows);
        assertEquals(text.strip().codePointCount(0, text.strip().length()),
                Integer.parseInt(rows.get(rows.size() - 1).get("end")));
    }

    @Test
    void binaryFilesAreRefusedByName() throws IOException {
        Path png = TestFiles.write(dir, "gambar.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Path zip = TestFiles.write(dir, "arsip.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        Path nul = TestFiles.write(dir, "nul.txt", "Teks\u0000biasa.");
        Path good = TestFiles.write(dir, "baik.txt", "Baik.");
        CliRun run = CliRun.of("tokenize", png.toString(), zip.toString(), nul.toString(), good.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of(
                "warta: " + png + ": binary data, not text (NUL byte at byte offset 8)",
                "warta: " + zip + ": binary data, not text (NUL byte at byte offset 5)",
                "warta: " + nul + ": binary data, not text (NUL byte at byte offset 4)"), run.errorLines());
        assertEquals(List.of(good.toString(), good.toString()), run.rows().stream().map(r -> r.get("document")).toList());
        assertNoStackTrace(run);
    }

    @Test
    void invalidUtf8IsRefusedWithItsByteOffsetOrReplacedWhenLenient() throws IOException {
        Path latin1 = TestFiles.write(dir, "latin1.txt", "Caf\u00e9 di Jakarta.".getBytes(StandardCharsets.ISO_8859_1));
        CliRun strict = CliRun.of("tokenize", latin1.toString());
        assertEquals(1, strict.exitCode());
        assertEquals(List.of("warta: " + latin1 + ": not valid UTF-8 text (bad byte sequence at byte offset 3)"),
                strict.errorLines());
        CliRun lenient = CliRun.of("tokenize", "--lenient", latin1.toString());
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertEquals(List.of("Caf", "\uFFFD", "di", "Jakarta", "."),
                lenient.rows().stream().map(r -> r.get("token")).toList());
        assertRowsCutTheText("Caf\uFFFD di Jakarta.", lenient.rows());
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws IOException {
        Path file = TestFiles.write(dir, "utf16.txt", "\uFEFFWang Yi tiba.".getBytes(StandardCharsets.UTF_16BE));
        CliRun run = CliRun.of("tokenize", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Wang", "Yi", "tiba", "."), run.rows().stream().map(r -> r.get("token")).toList());
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersGoOn() throws IOException {
        Path secret = TestFiles.write(dir, "rahasia.txt", "Rahasia.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(secret), "the tests run as a user who can read anything");
        Path good = TestFiles.write(dir, "baik.txt", "Baik.");
        CliRun run = CliRun.of("tokenize", secret.toString(), good.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("warta: " + secret + ": permission denied"), run.errorLines());
        assertEquals(1, run.rows().size() - 1);
    }

    @Test
    void aDirectorySymlinkLoopIsSkippedWithALine() throws IOException {
        TestFiles.write(dir, "berita/a.txt", "Satu.");
        Files.createSymbolicLink(dir.resolve("berita/lagi"), dir.resolve("berita"));
        CliRun run = CliRun.of("tokenize", "--sentences", dir.resolve("berita").toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.errorLines().size());
        assertTrue(run.errorLines().get(0).contains("directory loop"), run.err());
        assertEquals(List.of(dir.resolve("berita/a.txt").toString()), run.rows().stream().map(r -> r.get("document")).toList());
    }

    @Test
    void fileNamesWithSpacesQuotesCommasAndLineBreaksSurviveTheCsv() throws IOException {
        Path odd = TestFiles.write(dir, "kata \"aneh\", dan\nbaris.txt", "Satu.");
        CliRun run = CliRun.of("tokenize", "--sentences", odd.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(odd.toString(), run.rows().get(0).get("document"));
    }

    @Test
    void aPathGivenTwiceIsReportedOnceAndAMissingOneAmongGoodOnesIsNamed() throws IOException {
        Path good = TestFiles.write(dir, "baik.txt", "Baik.");
        Path missing = dir.resolve("hilang.txt");
        CliRun run = CliRun.of("tokenize", "--sentences", good.toString(), missing.toString(), good.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("warta: " + missing + ": no such file or directory"), run.errorLines());
        assertEquals(List.of(good.toString()), run.rows().stream().map(r -> r.get("document")).toList());
    }

    @Test
    void reportsEachBadInputOnOneLineAndGoesOn() throws IOException {
        Path good = TestFiles.write(dir, "good.txt", "Baik.");
        Path binary = TestFiles.write(dir, "image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path latin1 = TestFiles.write(dir, "latin1.txt", "caf\u00e9 ol\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.txt");
        CliRun run = CliRun.of("tokenize", "--sentences", binary.toString(), missing.toString(), latin1.toString(),
                good.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of(
                "warta: " + binary + ": binary data, not text (NUL byte at byte offset 4)",
                "warta: " + missing + ": no such file or directory",
                "warta: " + latin1 + ": not valid UTF-8 text (bad byte sequence at byte offset 3)"), run.errorLines());
        assertEquals(List.of(good.toString()), run.rows().stream().map(r -> r.get("document")).toList());
    }

    @Test
    void decodesUtf16WithAByteOrderMark() throws IOException {
        Path file = TestFiles.write(dir, "utf16.txt", "\uFEFFRusia dan China.".getBytes(StandardCharsets.UTF_16LE));
        CliRun run = CliRun.of("tokenize", "--sentences", file.toString());
        assertEquals(0, run.exitCode());
        assertEquals("Rusia dan China.", run.rows().get(0).get("text"));
    }

    @Test
    void standardInputThatEndsMidLineIsProcessed() {
        CliRun run = CliRun.withInput("Kalimat tanpa akhir baris".getBytes(StandardCharsets.UTF_8), "tokenize", "-");
        assertEquals(0, run.exitCode());
        assertEquals(4, run.rows().size());
    }

    @Test
    void aMissingOrCorruptModelIsNamed() throws IOException {
        Path article = TestFiles.write(dir, "berita.txt", "Presiden Joko Widodo tiba.");
        Path missing = dir.resolve("tidak-ada.bin");
        CliRun run = CliRun.of("count", "--model", missing.toString(), article.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("warta: " + missing + ": no such file or directory"), run.errorLines());
        assertEquals(1, run.errorLines().size());
        assertNoStackTrace(run);
    }
}
