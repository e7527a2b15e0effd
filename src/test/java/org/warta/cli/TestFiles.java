package org.warta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files for command-line tests, and the text between offsets as Python's text[start:end] cuts it. */
final class TestFiles {

    private TestFiles() {
    }

    /** Writes {@code bytes} to {@code name} under {@code dir}, making its folders. */
    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** Writes {@code text} as UTF-8 to {@code name} under {@code dir}. */
    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of {@code codePoints} (a text's, made once) from {@code start} to {@code end}. */
    static String cut(int[] codePoints, String start, String end) {
        return new String(codePoints, Integer.parseInt(start), Integer.parseInt(end) - Integer.parseInt(start));
    }
}
