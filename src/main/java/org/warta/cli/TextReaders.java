package org.warta.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Readers for the files that options and the tag and eval commands name (an aliases list, gold
 * corpora): UTF-8 with or without a byte order mark, and strict, so that binary data or another
 * encoding is an error (a {@link java.nio.charset.CharacterCodingException}) rather than text
 * full of replacement characters.
 */
public final class TextReaders {

    private TextReaders() {
    }

    public static BufferedReader open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory");
        }
        return of(Files.newInputStream(file));
    }

    static BufferedReader of(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(BOMInputStream.builder().setInputStream(in).get(),
                StandardCharsets.UTF_8.newDecoder()));
    }
}
