package org.warta.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectionTest {

    @TempDir
    Path dir;

    /** The buffer for a file's first bytes is reused: what a longer file left in it must not count for the next. */
    @Test
    void aShortTextAfterABinaryFileIsText() throws IOException {
        byte[] binary = new byte[200];
        binary[100] = 0;
        Arrays.fill(binary, 0, 100, (byte) 'a');
        Arrays.fill(binary, 101, 200, (byte) 'b');
        Path data = Files.write(dir.resolve("data.txt"), binary);
        Path text = Files.writeString(dir.resolve("kata.txt"), "Kata", StandardCharsets.UTF_8);
        byte[] start = new byte[FileSelection.SNIFFED_BYTES];
        assertEquals(FileSelection.Skip.BINARY, FileSelection.DEFAULT.skipFile(Path.of("data.txt"), data, start));
        assertNull(FileSelection.DEFAULT.skipFile(Path.of("kata.txt"), text, start));
        assertNull(FileSelection.DEFAULT.skipFile(Path.of("utf16.txt"),
                Files.write(dir.resolve("utf16.txt"), "\uFEFFKata".getBytes(StandardCharsets.UTF_16LE)), start),
                "UTF-16 with a byte order mark has NULs and is text");
    }
}
