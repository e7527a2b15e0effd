package org.warta.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Lists the inputs named on a command line: {@code -} is standard input, a file is itself, and
 * a directory is every file below it that is not hidden, in name order, named by the directory
 * as given plus the path under it. A path that cannot be listed becomes a failed input, so that
 * its error is reported in its place and the other inputs still run.
 */
public final class InputCollector {

    public static final String STANDARD_INPUT = "-";

    private final Supplier<InputStream> standardInput;

    /** {@code standardInput} supplies the stream that {@code -} reads; nothing below the CLI touches System.in. */
    public InputCollector(Supplier<InputStream> standardInput) {
        this.standardInput = standardInput;
    }

    public List<InputSource> collect(List<String> arguments) {
        List<InputSource> sources = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(STANDARD_INPUT)) {
                sources.add(InputSource.stream(STANDARD_INPUT, standardInput));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                addDirectory(argument, path, new HashSet<>(), sources);
            } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
                sources.add(InputSource.file(argument, path));
            } else {
                sources.add(InputSource.failed(argument, "no such file or directory"));
            }
        }
        return sources;
    }

    private static void addDirectory(String name, Path directory, Set<Path> ancestors, List<InputSource> sources) {
        Path real;
        List<Path> children;
        try {
            real = directory.toRealPath();
            if (!ancestors.add(real)) {
                sources.add(InputSource.failed(name, "directory loop: skipped"));
                return;
            }
            try (Stream<Path> listing = Files.list(directory)) {
                children = listing.sorted().toList();
            }
        } catch (IOException e) {
            sources.add(InputSource.failed(name, "cannot list directory: " + e.getMessage()));
            return;
        }
        for (Path child : children) {
            String fileName = child.getFileName().toString();
            if (fileName.startsWith(".")) {
                continue;
            }
            String childName = name.endsWith("/") ? name + fileName : name + "/" + fileName;
            if (Files.isDirectory(child)) {
                addDirectory(childName, child, ancestors, sources);
            } else if (Files.isRegularFile(child) || !Files.exists(child, LinkOption.NOFOLLOW_LINKS)
                    || Files.isSymbolicLink(child)) {
                sources.add(InputSource.file(childName, child));
            }
        }
        ancestors.remove(real);
    }
}
