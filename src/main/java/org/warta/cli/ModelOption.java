package org.warta.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.warta.names.model.NameFinder;
import picocli.CommandLine.Option;

/** {@code --model FILE}: a name model other than the bundled one. */
final class ModelOption {

    @Option(names = "--model", paramLabel = "FILE", description = "Name finder model to use instead of the bundled one.")
    Path file;

    NameFinder finder() {
        if (file == null) {
            return NameFinder.bundled();
        }
        try {
            return NameFinder.load(file);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException(file + ": not a usable name model (" + e.getMessage() + ")", e));
        }
    }
}
