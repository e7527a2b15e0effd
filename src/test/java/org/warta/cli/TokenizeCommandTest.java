package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeCommandTest {

    @TempDir
    Path dir;

    private static int[] codePointsOf(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).codePoints().toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everySeedTokenAndSentenceIsTheTextBetweenItsOffsets() throws IOException {
        CliRun tokens = CliRun.of("tokenize", "seeds");
        CliRun sentences = CliRun.of("tokenize", "--sentences", "seeds");
        assertEquals(0, tokens.exitCode(), tokens.err());
        assertEquals(0, sentences.exitCode(), sentences.err());
        Map<String, int[]> documents = new HashMap<>();
        for (CSVRecord row : tokens.rows()) {
            int[] codePoints = documents.computeIfAbsent(row.get("document"), TokenizeCommandTest::codePointsOf);
            assertEquals(row.get("token"), TestFiles.cut(codePoints, row.get("start"), row.get("end")), row.toString());
        }
        for (CSVRecord row : sentences.rows()) {
            int[] codePoints = documents.computeIfAbsent(row.get("document"), TokenizeCommandTest::codePointsOf);
            assertEquals(row.get("text"), TestFiles.cut(codePoints, row.get("start"), row.get("end")), row.toString());
        }
        int rows = tokens.rows().size();
        assertTrue(rows > 2000, "the seeds hold a few thousand tokens");
    }

    @Test
    void seedSentencesMatchTheReviewedGoldenFile() throws IOException {
        String expected = Files.readString(Path.of("src/test/resources/org/warta/cli/seeds-sentences.csv"),
                StandardCharsets.UTF_8);
        assertEquals(expected, CliRun.of("tokenize", "--sentences", "seeds").out());
    }

    @Test
    void writesTheHeaderAndRowsAsRfc4180() throws IOException {
        Path file = TestFiles.write(dir, "a.txt", "Kata \"dia\", lalu.");
        CliRun run = CliRun.of("tokenize", file.toString());
        String name = file.toString();
        assertEquals("document,sentence,index,token,start,end\r\n"
                + name + ",1,1,Kata,0,4\r\n"
                + name + ",1,2,\"\"\"\",5,6\r\n"
                + name + ",1,3,dia,6,9\r\n"
                + name + ",1,4,\"\"\"\",9,10\r\n"
                + name + ",1,5,\",\",10,11\r\n"
                + name + ",1,6,lalu,12,16\r\n"
                + name + ",1,7,.,16,17\r\n", run.out());
    }

    @Test
    void countsOffsetsInCodePointsAfterTheByteOrderMark() throws IOException {
        byte[] text = "\uFEFF𝐁𝐞𝐫𝐢𝐭𝐚 itu\r\nbaru.".getBytes(StandardCharsets.UTF_8);
        CliRun run = CliRun.of("tokenize", TestFiles.write(dir, "bom.txt", text).toString());
        List<String> cells = run.rows().stream().map(r -> r.get("token") + "@" + r.get("start") + "-" + r.get("end")).toList();
        assertEquals(List.of("𝐁𝐞𝐫𝐢𝐭𝐚@0-6", "itu@7-10", "baru@12-16", ".@16-17"), cells);
    }

    @Test
    void readsStandardInputAsDash() {
        CliRun run = CliRun.withInput("Wang Yi tiba.".getBytes(StandardCharsets.UTF_8), "tokenize", "--sentences", "-");
        assertEquals(0, run.exitCode());
        assertEquals("-", run.rows().get(0).get("document"));
        assertEquals("Wang Yi tiba.", run.rows().get(0).get("text"));
    }

    @Test
    void walksDirectoriesInNameOrderSkippingHiddenFiles() throws IOException {
        TestFiles.write(dir, "news/b.txt", "Dua.");
        TestFiles.write(dir, "news/a/z.txt", "Satu.");
        TestFiles.write(dir, "news/.hidden.txt", "Rahasia.");
        TestFiles.write(dir, "news/.git/x.txt", "Rahasia.");
        CliRun run = CliRun.of("tokenize", "--sentences", dir.resolve("news").toString());
        List<String> documents = run.rows().stream().map(r -> r.get("document")).toList();
        assertEquals(List.of(dir.resolve("news/a/z.txt").toString(), dir.resolve("news/b.txt").toString()), documents);
    }



    @Test
    void writesTheReportToAnOutputFile() throws IOException {
        Path file = TestFiles.write(dir, "a.txt", "Satu. Dua.");
        Path output = dir.resolve("out.csv");
        CliRun run = CliRun.of("tokenize", "--sentences", "--output", output.toString(), file.toString());
        assertEquals("", run.out());
        assertEquals("document,sentence,start,end,text\r\n" + file + ",1,0,5,Satu.\r\n" + file + ",2,6,10,Dua.\r\n",
                Files.readString(output));
    }

    @Test
    void leavesTheOldOutputFileWhenTheRunCannotComplete() throws IOException {
        Path output = TestFiles.write(dir, "out.csv", "old report");
        Path file = TestFiles.write(dir, "a.txt", "Satu.");
        CliRun run = CliRun.of("tokenize", "--output", output.toString(), file.toString(), "--no-such-option");
        assertEquals(2, run.exitCode());
        assertEquals("old report", Files.readString(output));
    }

    @Test
    void rejectsAMissingPathArgumentAsAUsageError() {
        CliRun run = CliRun.of("tokenize");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("warta: Missing required parameter"), run.err());
    }

    /** "warta tokenize big/ | head": when the reader goes away, the run stops at once, quietly. */
    @Test
    void stopsQuietlyWhenTheReaderOfStandardOutputGoesAway() {
        int[] written = {0};
        OutputStream closingPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (written[0] > 50_000) {
                    throw new IOException("Broken pipe");
                }
                written[0] += length;
            }
        };
        StringWriter err = new StringWriter();
        var commandLine = Warta.commandLine(() -> new ByteArrayInputStream(new byte[0]), () -> closingPipe);
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute("tokenize", "--threads", "2", "seeds", "seeds", "seeds", "seeds", "seeds");
        assertEquals(0, exitCode);
        assertEquals("", err.toString());
        assertTrue(written[0] <= 50_000 + (1 << 16), "stopped after " + written[0] + " bytes");
    }
}
