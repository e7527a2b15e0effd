package org.warta.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
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
        if (!Files.isRegularFile(file)) {
            throw new RefusedFile(file.toString(), Files.isDirectory(file) ? "is a directory" : "no such file or directory");
        }
        try {
            return NameFinder.load(file);
        } catch (IOException | RuntimeException e) {
            // OpenNLP reads any file as far as it can, and fails on what it lacks with any kind of error
            throw new RefusedFile(file.toString(), e instanceof AccessDeniedException ? "permission denied"
                    : "not a warta name model (an OpenNLP name finder model, as 'warta train names' writes)", e);
        }
    }
}
