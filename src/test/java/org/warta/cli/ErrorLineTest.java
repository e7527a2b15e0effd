package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every error is one line, {@code warta: PATH: reason}: the file at fault, and a reason a user understands. */
class ErrorLineTest {

    /** What a user might pass for a corpus, a model or a gold file: a README. */
    private static final String MARKDOWN = "# Judul\n\nSebuah paragraf biasa, tanpa kolom.\n";
    /** The start of a PNG: no UTF-8 text. */
    private static final byte[] BINARY = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', (byte) 0xFF, (byte) 0xD8};

    @TempDir
    Path dir;

    @Test
    void controlCharactersBackslashesAndBidiControlsAreWrittenEscaped() {
        assertEquals("warta: a\\nb\\tc\\r\\\\d\\x1b[31me\\x7f\\u{202e}f.txt: no such file or directory",
                ErrorLine.of("a\nb\tc\r\\d\u001b[31me\u007f\u202Ef.txt", "no such file or directory"));
        assertEquals("warta: berita/satu.txt: permission denied", ErrorLine.of("berita/satu.txt", "permission denied"));
        assertEquals("warta: Kabar \u00e9t\u00e9 \u4e2d\u6587.txt: x", ErrorLine.of("Kabar \u00e9t\u00e9 \u4e2d\u6587.txt", "x"));
    }

    @Test
    void anInputNameWithALineBreakOrAnEscapeSequenceIsPrintedEscaped() {
        String name = dir.resolve("baru\nbaris\u001b[2J.txt").toString();
        CliRun run = CliRun.of("tokenize", name);
        assertEquals(1, run.exitCode());
        assertEquals(List.of("warta: " + dir + "/baru\\nbaris\\x1b[2J.txt: no such file or directory"), run.errorLines());
    }

    @Test
    void aMissingAliasesFileIsNamedWithItsReason() {
        Path missing = dir.resolve("alias.csv");
        CliRun run = CliRun.of("count", "--aliases", missing.toString(), "seeds");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("warta: " + missing + ": no such file or directory"), run.errorLines());
    }

    @Test
    void aMissingOrBinaryTagInputIsNamedWithItsReason() throws IOException {
        CliRun missing = CliRun.of("tag", "--conll", dir.resolve("tidak-ada.conll").toString());
        assertEquals(1, missing.exitCode());
        assertEquals(List.of("warta: " + dir.resolve("tidak-ada.conll") + ": no such file or directory"),
                missing.errorLines());
        Path png = TestFiles.write(dir, "gambar.png", BINARY);
        CliRun binary = CliRun.of("tag", "--conll", png.toString());
        assertEquals(1, binary.exitCode());
        assertEquals(List.of("warta: " + png + ": line 1: not UTF-8 text (binary data, or another encoding)"),
                binary.errorLines());
        assertEquals("", binary.out());
    }

    @Test
    void binaryGoldFilesAreNamedAndTheOthersStillScored() throws IOException {
        Path png = TestFiles.write(dir, "gambar.png", BINARY);
        Path gold = TestFiles.write(dir, "gold.txt", "Joko B-PER\nWidodo I-PER\ntiba O\n");
        CliRun ner = CliRun.of("eval", "ner", png.toString(), gold.toString());
        assertEquals(1, ner.exitCode());
        assertEquals(List.of("warta: " + png + ": line 1: not UTF-8 text (binary data, or another encoding)"),
                ner.errorLines());
        assertEquals(4, ner.rows().size(), ner.out());
        CliRun tokens = CliRun.of("eval", "tokens", png.toString());
        assertEquals(List.of("warta: " + png + ": line 1: not UTF-8 text (binary data, or another encoding)"),
                tokens.errorLines());
    }

    @Test
    void aFileThatIsNotAModelSaysSo() throws IOException {
        Path readme = TestFiles.write(dir, "README.md", MARKDOWN);
        CliRun run = CliRun.of("count", "--model", readme.toString(), "seeds");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errorLines().size());
        assertTrue(run.err().startsWith("warta: " + readme + ": not a warta name model"), run.err());
    }

    @Test
    void goldFilesInTheWrongFormatSayWhichLineIsWrong() throws IOException {
        Path readme = TestFiles.write(dir, "README.md", MARKDOWN);
        CliRun tokens = CliRun.of("eval", "tokens", readme.toString());
        assertEquals(1, tokens.exitCode());
        assertEquals(List.of("warta: " + readme + ": line 3: not a CoNLL-U word line (a word number, a tab, the word)"),
                tokens.errorLines());
        CliRun ner = CliRun.of("eval", "ner", readme.toString());
        assertEquals(1, ner.exitCode());
        assertEquals(List.of("warta: " + readme + ": line 1: 'Judul' is not an IOB2 tag (O, B-TYPE or I-TYPE)"),
                ner.errorLines());
        Path conllu = TestFiles.write(dir, "x.conllu", "# text = Satu dua\n1\tSatu\n2\tdua\n\nx\ty\n");
        assertEquals(List.of("warta: " + conllu + ": line 5: 'x' is not a word number (1, 2, ..., or a range 6-7)"),
                CliRun.of("eval", "tokens", conllu.toString()).errorLines());
        Path misc = TestFiles.write(dir, "misc.txt", "Joko B-PER\nJakarta B-MISC\n");
        assertEquals(List.of("warta: " + misc + ": line 2: 'B-MISC' has a type warta does not know (PER, ORG, LOC and "
                + "their long forms)"), CliRun.of("eval", "ner", misc.toString()).errorLines());
    }

    @Test
    void anyOtherFailureIsOneLineAndExitCodeThree() {
        CommandLine commandLine = Warta.commandLine(InputStream::nullInputStream, OutputStream::nullOutputStream);
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = new ErrorHandler().handleExecutionException(new IllegalStateException("the pool is gone"),
                commandLine, CommandLine.ParseResult.builder(commandLine.getCommandSpec()).build());
        assertEquals(3, exitCode);
        assertEquals("warta: the pool is gone" + System.lineSeparator(), err.toString());
    }
}
