package org.warta.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A list of inputs kept in a file or read from standard input ({@code --files-from}), as
 * {@code find} and {@code git ls-files} write them: one path a line (a CR before the line end
 * is dropped), or with {@code nulSeparated} ({@code find -print0}, {@code -0}) ended by NUL
 * bytes, so that any file name can be listed. Empty entries are skipped. UTF-8.
 *
 * @param name the list's path, or {@code -} for standard input
 * @param nulSeparated whether entries end with a NUL byte instead of a line end
 */
public record FileList(String name, boolean nulSeparated) {

    public FileList {
        Objects.requireNonNull(name, "name");
    }

    /** The paths the list names, in order; {@code standardInput} supplies the list named {@code -}. */
    List<String> read(Supplier<InputStream> standardInput) throws UnreadableInputException {
        String text;
        try (InputStream in = name.equals(InputCollector.STANDARD_INPUT) ? standardInput.get()
                : Files.newInputStream(Path.of(name))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UnreadableInputException.of(e);
        }
        List<String> paths = new ArrayList<>();
        for (String entry : text.split(nulSeparated ? "\0" : "\n")) {
            String path = !nulSeparated && entry.endsWith("\r") ? entry.substring(0, entry.length() - 1) : entry;
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }
}
