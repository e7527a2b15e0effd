package org.warta.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
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
    /** The identity of a file that folders never give, or null. */
    private final Object ignored;
    /** The identity of a file that must not be read, or null; {@link #refuse} is told its name when it is met. */
    private final Object refused;
    private final Consumer<String> refuse;

    /** {@code standardInput} supplies the stream that {@code -} reads; nothing below the CLI touches System.in. */
    public InputCollector(Supplier<InputStream> standardInput, FileSelection selection) {
        this(standardInput, selection, null, null, name -> { });
    }

    private InputCollector(Supplier<InputStream> standardInput, FileSelection selection, Object ignored, Object refused,
            Consumer<String> refuse) {
        this.standardInput = standardInput;
        this.selection = selection;
        this.ignored = ignored;
        this.refused = refused;
        this.refuse = refuse;
    }

    /**
     * This collector, for folders that leave {@code file} out without counting it as skipped:
     * the temporary file a report is being written to, which may lie in a folder being read,
     * since folders are walked as the report is written. Null leaves nothing out.
     */
    public InputCollector ignoring(Path file) {
        Object identity = identityOrNull(file);
        return identity == null ? this : new InputCollector(standardInput, selection, identity, refused, refuse);
    }

    /**
     * This collector, which hands {@code refuse} the name of an input that is {@code file}
     * (under any path), before that input is given: the existing report a run would replace,
     * which {@code refuse} ends the run for. Files are known by the identity every input is
     * looked up for anyway, so no input costs a look at the file system more. Null refuses nothing.
     */
    public InputCollector refusing(Path file, Consumer<String> refuse) {
        Object identity = identityOrNull(file);
        return identity == null ? this : new InputCollector(standardInput, selection, ignored, identity, refuse);
    }

    private static Object identityOrNull(Path file) {
        try {
            return file == null ? null : identity(file);
        } catch (IOException e) {
            return null; // gone: no input can be it
        }
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
        List<InputSource> sources = new ArrayList<>();
        inputs(arguments, list).forEachRemaining(sources::add);
        return sources;
    }

    /**
     * The same inputs, found as they are asked for: a folder is walked only as far as its next
     * file, so that reading can start while a large tree is still being walked (the 3,463 files of
     * the IndoSum articles take a tenth of a second to list, which every run of count over them
     * spent before reading its first), and a walk over a large tree holds, beside the folders it
     * is in the middle of, one identity for each file (so that each is read once), not a list
     * of them. A list of inputs ({@code list}) is read now, before any input, and gives its
     * inputs once the arguments are done.
     */
    public Iterator<InputSource> inputs(List<String> arguments, FileList list) {
        return new Inputs(arguments, list);
    }

    /** One folder being walked: its name as reported, its path under the folder given, its identity, and what is left of it. */
    private record Frame(String name, Path relative, Object identity, Iterator<Path> children) {
    }

    /** A folder given on the command line, being walked. */
    private static final class Walk {
        final String name;
        /** How many readable inputs there were before it: if none are added, it gave nothing. */
        final int readableBefore;
        final Map<FileSelection.Skip, Integer> skipped = new EnumMap<>(FileSelection.Skip.class);
        /** The folders on the stack: a link back to one of them is a loop. */
        final Set<Object> open = new HashSet<>();
        final Deque<Frame> stack = new ArrayDeque<>();
        boolean listed;

        Walk(String name, int readableBefore) {
            this.name = name;
            this.readableBefore = readableBefore;
        }
    }

    /** The inputs of one command line, as they are found. */
    private final class Inputs implements Iterator<InputSource> {

        /** The arguments, then what the list of inputs names (read when the walk starts, before any input). */
        private final Deque<String> arguments;
        /** Why the list of inputs could not be read, given once the arguments are done; null if none. */
        private InputSource listFailure;
        /** What the last step found, to hand out before the next step. */
        private final Deque<InputSource> found = new ArrayDeque<>();
        private Walk walk;
        private boolean done;
        /** Each file once: its identity, or for standard input {@code -}. */
        private final Set<Object> seen = new HashSet<>();
        private int readable;
        /** The folders given that contributed no file, with what they skipped. */
        private final Map<String, Map<FileSelection.Skip, Integer>> emptyFolders = new LinkedHashMap<>();
        private final List<String> emptyLists = new ArrayList<>();
        /** Room for the first bytes of each file looked at, reused from file to file. */
        private final byte[] sniffed = new byte[FileSelection.SNIFFED_BYTES];

        Inputs(List<String> arguments, FileList list) {
            this.arguments = new ArrayDeque<>(arguments);
            if (list != null) {
                try {
                    List<String> listed = list.read(standardInput);
                    this.arguments.addAll(listed);
                    if (listed.isEmpty()) {
                        emptyLists.add(list.name());
                    }
                } catch (UnreadableInputException e) {
                    listFailure = InputSource.failed(list.name(), e.getMessage());
                }
            }
        }

        @Override
        public boolean hasNext() {
            while (found.isEmpty() && !done) {
                step();
            }
            return !found.isEmpty();
        }

        @Override
        public InputSource next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return found.removeFirst();
        }

        /** Goes one file or argument further. */
        private void step() {
            if (walk != null) {
                stepFolder();
            } else if (!arguments.isEmpty()) {
                add(arguments.removeFirst());
            } else if (listFailure != null) {
                found.add(listFailure);
                listFailure = null;
            } else {
                finish();
            }
        }

        private void add(String argument) {
            if (argument.equals(STANDARD_INPUT)) {
                if (seen.add(STANDARD_INPUT)) {
                    readable++;
                    found.add(InputSource.stream(STANDARD_INPUT, standardInput));
                }
                return;
            }
            if (argument.isEmpty()) {
                found.add(InputSource.failed("\"\"", "empty path, not a file or folder (an unset variable?)"));
                return;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                found.add(InputSource.failed(argument, "not a path (" + e.getReason() + ")"));
                return;
            }
            BasicFileAttributes attributes = attributesOf(path);
            if (attributes != null && attributes.isDirectory()) {
                walk = new Walk(argument, readable);
                walk.listed = enter(walk, argument, path, null, attributes);
                if (walk.stack.isEmpty()) {
                    endFolder();
                }
            } else if (attributes != null || Files.isSymbolicLink(path)) {
                addFile(argument, path, attributes, keyOf(path, attributes));
            } else {
                found.add(InputSource.failed(argument, "no such file or directory"));
            }
        }

        /**
         * Adds a file whose attributes were read (null when they could not be: a dangling link,
         * say), known by {@code key} ({@link #keyOf}).
         */
        private void addFile(String name, Path path, BasicFileAttributes attributes, Object key) {
            if (key.equals(refused)) {
                refuse.accept(name);
            }
            if (seen.add(key)) {
                readable++;
                found.add(InputSource.file(name, path, attributes != null && attributes.isRegularFile()));
            }
        }

        /**
         * Looks at the next child of the folder on top of the walk's stack: depth first, with a
         * stack of the walk's own, so that no depth of folders can overflow the thread's.
         */
        private void stepFolder() {
            Frame frame = walk.stack.peek();
            if (!frame.children().hasNext()) {
                walk.open.remove(walk.stack.pop().identity());
                if (walk.stack.isEmpty()) {
                    endFolder();
                }
                return;
            }
            Path child = frame.children().next();
            String fileName = child.getFileName().toString();
            Path relative = frame.relative() == null ? Path.of(fileName) : frame.relative().resolve(fileName);
            String childName = frame.name().endsWith("/") ? frame.name() + fileName : frame.name() + "/" + fileName;
            FileSelection.Skip skip;
            // one look at the file system for what the child is and which file it is: a folder
            // of thousands of articles spent most of its listing on repeated looks
            BasicFileAttributes attributes = attributesOf(child);
            if (attributes != null && attributes.isDirectory()) {
                skip = selection.skipFolder(relative);
                if (skip == null) {
                    enter(walk, childName, child, relative, attributes);
                }
            } else if (attributes == null || attributes.isRegularFile() || Files.isSymbolicLink(child)) {
                Object key = keyOf(child, attributes);
                if (key.equals(ignored)) {
                    return; // before the selection, which would count it as skipped
                }
                skip = selection.skipFile(relative, child, sniffed);
                if (skip == null) {
                    addFile(childName, child, attributes, key);
                }
            } else {
                return; // FIFOs, sockets and devices found in a folder are not documents
            }
            if (skip != null) {
                walk.skipped.merge(skip, 1, Integer::sum);
            }
        }

        private void endFolder() {
            if (walk.listed && readable == walk.readableBefore) {
                emptyFolders.put(walk.name, walk.skipped);
            }
            walk = null;
        }

        /**
         * Lists a folder onto the walk's stack, or says why it cannot; false if it could not be
         * listed. {@code attributes}: the folder's, when already read, else null.
         */
        private boolean enter(Walk into, String name, Path folder, Path relative, BasicFileAttributes attributes) {
            try {
                Object identity = attributes != null ? identity(folder, attributes) : identity(folder);
                if (into.open.contains(identity)) {
                    found.add(InputSource.failed(name, "directory loop: skipped"));
                    return false;
                }
                List<Path> children;
                try (Stream<Path> listing = Files.list(folder)) {
                    children = listing.sorted().toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause(); // a folder that fails partway through its listing
                }
                into.open.add(identity);
                into.stack.push(new Frame(name, relative, identity, children.iterator()));
                return true;
            } catch (IOException e) {
                found.add(InputSource.failed(name, "cannot list directory: " + UnreadableInputException.reason(e)));
                return false;
            }
        }

        private void finish() {
            done = true;
            if (readable == 0) {
                emptyFolders.forEach((name, skipped) ->
                        found.add(InputSource.failed(name, "no input files (" + describe(skipped) + ")")));
                emptyLists.forEach(name -> found.add(InputSource.failed(name, "no input files (the list is empty)")));
            }
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

    /**
     * Which file {@code path} is, by the identity {@link #ignoring} and {@link #refusing} were
     * given: its {@link #identity} when its attributes could be read, else its absolute path
     * (a dangling link, or a file gone since: reading it will say so).
     */
    private static Object keyOf(Path path, BasicFileAttributes attributes) {
        try {
            return attributes == null ? path.toAbsolutePath().normalize() : identity(path, attributes);
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
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
