package org.warta.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lists the inputs named on a command line: {@code -} is standard input, a file is itself, and
 * a folder is the files below it that its {@link FileSelection} chooses, in name order, named
 * by the folder as given plus the path under it. A file named twice, by the same path or
 * another, is read once, under the first name. A path that cannot be listed becomes a failed
 * input, so that its error is reported in its place and the other inputs still run; and when
 * nothing at all is left to read, each folder that gave nothing says what it skipped.
 */
public final class InputCollector {

    public static final String STANDARD_INPUT = "-";

    private final Supplier<InputStream> standardInput;
    private final FileSelection selection;

    /** {@code standardInput} supplies the stream that {@code -} reads; nothing below the CLI touches System.in. */
    public InputCollector(Supplier<InputStream> standardInput, FileSelection selection) {
        this.standardInput = standardInput;
        this.selection = selection;
    }

    /** A collector that chooses a folder's files by default, without globs. */
    public InputCollector(Supplier<InputStream> standardInput) {
        this(standardInput, FileSelection.DEFAULT);
    }

    public List<InputSource> collect(List<String> arguments) {
        return collect(arguments, null);
    }

    /** The inputs {@code arguments} name, then those {@code list} names (when not null). */
    public List<InputSource> collect(List<String> arguments, FileList list) {
        Inputs inputs = new Inputs();
        arguments.forEach(inputs::add);
        if (list != null) {
            try {
                List<String> listed = list.read(standardInput);
                listed.forEach(inputs::add);
                if (listed.isEmpty()) {
                    inputs.emptyLists.add(list.name());
                }
            } catch (UnreadableInputException e) {
                inputs.sources.add(InputSource.failed(list.name(), e.getMessage()));
            }
        }
        return inputs.finish();
    }

    /** One folder being walked: its name as reported, its path under the folder given, its identity, and what is left of it. */
    private record Frame(String name, Path relative, Object identity, Iterator<Path> children) {
    }

    /** The inputs of one command line, as they are collected. */
    private final class Inputs {

        private final List<InputSource> sources = new ArrayList<>();
        /** Each file once: its identity, or for standard input {@code -}. */
        private final Set<Object> seen = new HashSet<>();
        private int readable;
        /** The folders given that contributed no file, with what they skipped. */
        private final Map<String, Map<FileSelection.Skip, Integer>> emptyFolders = new LinkedHashMap<>();
        private final List<String> emptyLists = new ArrayList<>();

        void add(String argument) {
            if (argument.equals(STANDARD_INPUT)) {
                if (seen.add(STANDARD_INPUT)) {
                    readable++;
                    sources.add(InputSource.stream(STANDARD_INPUT, standardInput));
                }
                return;
            }
            if (argument.isEmpty()) {
                sources.add(InputSource.failed("\"\"", "empty path, not a file or folder (an unset variable?)"));
                return;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                addFolder(argument, path);
            } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
                addFile(argument, path);
            } else {
                sources.add(InputSource.failed(argument, "no such file or directory"));
            }
        }

        private void addFile(String name, Path path) {
            addFile(name, path, attributesOf(path));
        }

        /** Adds a file whose attributes were read (null when they could not be: a dangling link, say). */
        private void addFile(String name, Path path, BasicFileAttributes attributes) {
            Object key;
            try {
                key = attributes == null ? path.toAbsolutePath().normalize() : identity(path, attributes);
            } catch (IOException e) {
                key = path.toAbsolutePath().normalize(); // gone since: reading it will say so
            }
            if (seen.add(key)) {
                readable++;
                sources.add(InputSource.file(name, path, attributes != null && attributes.isRegularFile()));
            }
        }

        /** Walks the folder depth first with a stack of its own, so that no depth of folders can overflow the thread's. */
        private void addFolder(String name, Path folder) {
            int before = readable;
            Map<FileSelection.Skip, Integer> skipped = new EnumMap<>(FileSelection.Skip.class);
            Set<Object> open = new HashSet<>(); // the folders on the stack: a link back to one of them is a loop
            Deque<Frame> stack = new ArrayDeque<>();
            byte[] sniffed = new byte[FileSelection.SNIFFED_BYTES];
            boolean listed = enter(name, folder, null, null, open, stack);
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (!frame.children().hasNext()) {
                    open.remove(stack.pop().identity());
                    continue;
                }
                Path child = frame.children().next();
                String fileName = child.getFileName().toString();
                Path relative = frame.relative() == null ? Path.of(fileName) : frame.relative().resolve(fileName);
                String childName = frame.name().endsWith("/") ? frame.name() + fileName : frame.name() + "/" + fileName;
                FileSelection.Skip skip;
                // one look at the file system for what the child is and which file it is: a folder
                // of thousands of articles spent most of its collecting on repeated looks
                BasicFileAttributes attributes = attributesOf(child);
                if (attributes != null && attributes.isDirectory()) {
                    skip = selection.skipFolder(relative);
                    if (skip == null) {
                        enter(childName, child, relative, attributes, open, stack);
                    }
                } else if (attributes == null || attributes.isRegularFile() || Files.isSymbolicLink(child)) {
                    skip = selection.skipFile(relative, child, sniffed);
                    if (skip == null) {
                        addFile(childName, child, attributes);
                    }
                } else {
                    continue; // FIFOs, sockets and devices found in a folder are not documents
                }
                if (skip != null) {
                    skipped.merge(skip, 1, Integer::sum);
                }
            }
            if (listed && readable == before) {
                emptyFolders.put(name, skipped);
            }
        }

        /**
         * Lists a folder onto the stack, or says why it cannot; false if it could not be listed.
         * {@code attributes}: the folder's, when already read, else null.
         */
        private boolean enter(String name, Path folder, Path relative, BasicFileAttributes attributes, Set<Object> open,
                Deque<Frame> stack) {
            try {
                Object identity = attributes != null ? identity(folder, attributes) : identity(folder);
                if (open.contains(identity)) {
                    sources.add(InputSource.failed(name, "directory loop: skipped"));
                    return false;
                }
                List<Path> children;
                try (Stream<Path> listing = Files.list(folder)) {
                    children = listing.sorted().toList();
                }
                open.add(identity);
                stack.push(new Frame(name, relative, identity, children.iterator()));
                return true;
            } catch (IOException e) {
                sources.add(InputSource.failed(name, "cannot list directory: " + UnreadableInputException.reason(e)));
                return false;
            }
        }

        List<InputSource> finish() {
            if (readable == 0) {
                emptyFolders.forEach((name, skipped) ->
                        sources.add(InputSource.failed(name, "no input files (" + describe(skipped) + ")")));
                emptyLists.forEach(name -> sources.add(InputSource.failed(name, "no input files (the list is empty)")));
            }
            return sources;
        }
    }

    /**
     * What a file or folder is, whatever path leads to it: its device and inode where the file
     * system tells them (one stat, where resolving the real path takes one a path element, which
     * in a tree thousands of folders deep is most of the time), else its real path.
     */
    private static Object identity(Path path) throws IOException {
        return identity(path, Files.readAttributes(path, BasicFileAttributes.class));
    }

    /** The same, from the attributes already read. */
    private static Object identity(Path path, BasicFileAttributes attributes) throws IOException {
        Object key = attributes.fileKey();
        return key != null ? key : path.toRealPath();
    }

    /** What the file system says of {@code path}, links followed; null when it cannot say (a dangling link, a file gone). */
    private static BasicFileAttributes attributesOf(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** What a folder skipped, for the user: "3 skipped: 2 by extension, 1 binary". */
    private static String describe(Map<FileSelection.Skip, Integer> skipped) {
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "the folder holds no files";
        }
        return total + " skipped: " + skipped.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().reason()).collect(Collectors.joining(", "));
    }
}
