package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs as scripts meet them: pipes and FIFOs named as paths, files that change while they are
 * read, deep trees, folders holding more than news, lists of files, invalid bytes read leniently.
 */
class InputSafetyTest {

    @TempDir
    Path dir;

    private static List<String> column(CliRun run, String name) {
        return run.rows().stream().map(r -> r.get(name)).toList();
    }

    @Test
    void lenientOffsetsCountTheReplacementsAsPythonsErrorsReplaceDoes() throws IOException {
        // "Budi " + an encoded surrogate + an overlong "/" + a truncated sequence + " tiba."
        byte[] bytes = HexFormat.of().parseHex("4275646920" + "eda080" + "c0af" + "e282" + "2074696261 2e".replace(" ", ""));
        Path file = TestFiles.write(dir, "rusak.txt", bytes);
        CliRun run = CliRun.of("tokenize", "--lenient", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        // Python: open(path, encoding='utf-8', errors='replace').read() == 'Budi \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd tiba.'
        String r = "\uFFFD";
        assertEquals(List.of("Budi", r, r, r, r, r, r, "tiba", "."), column(run, "token"));
        assertEquals(List.of("0", "5", "6", "7", "8", "9", "10", "12", "16"), column(run, "start"));
    }
}
