package org.warta.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Where a report goes, as {@code --output} names it, and the stream that writes it there.
 *
 * <ul>
 * <li>{@code -} (or no {@code --output}): standard output.</li>
 * <li>A regular file, new or old, or a symbolic link to one: a temporary file in the same folder
 * ({@code .warta-XXXXXXXX.tmp}, short whatever the report's name), moved over the file when the
 * report is complete, so that a failed run leaves an old report as it was. An old report keeps
 * its mode, and its owner and group where the user may set them; a new one gets the mode the
 * umask gives any new file. A link stays a link: the file it points to is replaced.</li>
 * <li>Anything else — {@code /dev/null}, a FIFO, a terminal, {@code /dev/stdout}, a process
 * substitution ({@code >(gzip > out.gz)}): written to directly, never replaced. A descriptor
 * ({@code /dev/stdout}, {@code /dev/fd/N}) is written at its end, as the shell opened it.</li>
 * </ul>
 *
 * <p>Every write error comes out as an {@link OutputFailure} naming the output. Until {@link
 * #commit()}, the temporary file is deleted when the destination is closed, and on Ctrl-C,
 * SIGTERM or SIGHUP by a shutdown hook.
 */
public final class ReportDestination implements AutoCloseable {

    /** How the user names standard output. */
    public static final String STANDARD_OUTPUT = "-";
    /** How error lines name it. */
    private static final String STANDARD_OUTPUT_NAME = "standard output";

    /** Paths that are another name for a descriptor the process holds, not a file to replace. */
    private static final Pattern DESCRIPTOR =
            Pattern.compile("/dev/std(in|out|err)|/dev/fd/\\d+|/proc/(self|thread-self|\\d+)/fd/\\d+");

    /** How every reason that the report cannot be written starts. */
    private static final String CANNOT_WRITE = "cannot write the report: ";

    /** Made when a file is first written, not at every start: seeding it took 12 ms of a run to standard output. */
    private static final class TemporaryNames {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private final String name;
    private final ReportStream stream;
    private final Path temporary;
    private final Path target;
    /** Whether the stream is this destination's to close: every stream but standard output. */
    private final boolean ownsStream;
    private final Thread cleanUp;
    private boolean committed;

    private ReportDestination(String name, OutputStream stream, boolean ownsStream, Path temporary, Path target) {
        this.name = name;
        this.stream = new ReportStream(name, stream);
        this.ownsStream = ownsStream;
        this.temporary = temporary;
        this.target = target;
        if (temporary == null) {
            this.cleanUp = null;
        } else {
            this.cleanUp = new Thread(() -> deleteQuietly(temporary), "warta-remove-partial-report");
            Runtime.getRuntime().addShutdownHook(cleanUp);
        }
    }

    /**
     * Opens the destination {@code output} names ({@code -} for {@code standardOutput}); a new
     * regular file gets its temporary file now, so that a folder that is not there or cannot be
     * written fails before any input is read.
     */
    public static ReportDestination open(String output, Supplier<OutputStream> standardOutput) throws OutputFailure {
        if (output.equals(STANDARD_OUTPUT)) {
            return new ReportDestination(STANDARD_OUTPUT_NAME, standardOutput.get(), false, null, null);
        }
        Path path = Path.of(output);
        try {
            if (DESCRIPTOR.matcher(path.toAbsolutePath().normalize().toString()).matches()) {
                return new ReportDestination(output, Files.newOutputStream(path, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND), true, null, null);
            }
            if (Files.isDirectory(path)) {
                throw new OutputFailure(output, CANNOT_WRITE + "it is a directory", null);
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                return new ReportDestination(output, Files.newOutputStream(path, StandardOpenOption.WRITE), true, null, null);
            }
            Path target = finalTarget(path);
            Path folder = target.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                // the folder as the user wrote it, unless a link led elsewhere
                Path named = Files.isSymbolicLink(path) || path.getParent() == null ? folder : path.getParent();
                throw new OutputFailure(output, CANNOT_WRITE + "the folder " + named + " does not exist", null);
            }
            return inTemporaryFile(output, target, folder);
        } catch (OutputFailure e) {
            throw e;
        } catch (IOException e) {
            throw new OutputFailure(output, CANNOT_WRITE + IoReason.of(e), e);
        }
    }

    /** The output's name as error lines give it: as the user gave it, or {@code standard output}. */
    public String name() {
        return name;
    }

    /** Where the report's bytes go; its write errors are {@link OutputFailure}s. */
    public OutputStream stream() {
        return stream;
    }

    /** The file the report is written to until it is committed, or null for a report written where it goes. */
    public Path temporaryFile() {
        return temporary;
    }

    /** Ends the report: closes a file, moves a temporary file over the target. */
    public void commit() throws OutputFailure {
        if (!ownsStream) {
            stream.flush();
        } else {
            stream.close();
        }
        if (target != null) {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new OutputFailure(name, CANNOT_WRITE + IoReason.of(e), e);
            }
        }
        committed = true;
    }

    /** Closes a file; a report not committed is abandoned, its temporary file deleted. */
    @Override
    public void close() {
        if (!committed && ownsStream) {
            try {
                stream.close();
            } catch (IOException e) {
                // the report is abandoned already; the error that caused that is the one to report
            }
        }
        if (temporary != null) {
            if (!committed) {
                deleteQuietly(temporary);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs anyway, and finds nothing left to delete
            }
        }
    }

    /** The file a path stands for: itself, or at the end of its symbolic links, even if that file is not there yet. */
    private static Path finalTarget(Path path) throws IOException {
        if (Files.exists(path)) {
            return path.toRealPath();
        }
        Path target = path.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(target); links++) {
            if (links == 40) {
                throw new IOException("too many levels of symbolic links");
            }
            target = target.resolveSibling(Files.readSymbolicLink(target));
        }
        return target;
    }

    private static ReportDestination inTemporaryFile(String output, Path target, Path folder) throws IOException {
        PosixFileAttributes old = Files.exists(target)
                ? Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS) : null;
        while (true) {
            Path temporary = folder.resolve(".warta-" + Long.toString(TemporaryNames.RANDOM.nextLong() >>> 24, 36) + ".tmp");
            OutputStream stream;
            try {
                // CREATE_NEW gives the mode the umask allows, as any new file; createTempFile would make it 0600
                stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (NoSuchFileException e) {
                throw new OutputFailure(output, CANNOT_WRITE + "the folder " + folder + " does not exist", e);
            }
            ReportDestination destination = new ReportDestination(output, stream, true, temporary, target);
            try {
                if (old != null) {
                    keepOwnerAndMode(temporary, old);
                }
            } catch (IOException e) {
                destination.close();
                throw e;
            }
            return destination;
        }
    }

    /** Gives the temporary file the old report's mode, and its owner and group as far as the user may. */
    private static void keepOwnerAndMode(Path temporary, PosixFileAttributes old) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        try {
            view.setGroup(old.group());
            view.setOwner(old.owner());
        } catch (IOException e) {
            // only root may give a file away, and a user only to a group of theirs: the rest is kept as it is
        }
        view.setPermissions(old.permissions());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done for it, and the report's own error matters more
        }
    }

    /** The report's stream, whose every failure is an {@link OutputFailure} naming the output. */
    private static final class ReportStream extends FilterOutputStream {

        private final String name;

        ReportStream(String name, OutputStream out) {
            super(out);
            this.name = name;
        }

        /** One operation on the underlying stream. */
        @FunctionalInterface
        private interface Operation {
            void run() throws IOException;
        }

        @Override
        public void write(int b) throws OutputFailure {
            guarded(() -> out.write(b));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws OutputFailure {
            guarded(() -> out.write(bytes, offset, length));
        }

        @Override
        public void flush() throws OutputFailure {
            guarded(out::flush);
        }

        @Override
        public void close() throws OutputFailure {
            guarded(out::close);
        }

        private void guarded(Operation operation) throws OutputFailure {
            try {
                operation.run();
            } catch (IOException e) {
                throw e instanceof OutputFailure failure ? failure
                        : new OutputFailure(name, CANNOT_WRITE + IoReason.of(e), e);
            }
        }
    }
}
