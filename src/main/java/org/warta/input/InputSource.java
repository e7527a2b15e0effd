package org.warta.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One input the user asked for, not yet read: a file, standard input, or a path that turned
 * out to be unusable while the inputs were listed (its reading fails with the reason).
 */
public final class InputSource {

    /** Opens the bytes of an input. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException, UnreadableInputException;
    }

    /** What the file system says of a file that changes when it is written: its size and when it was last written. */
    record Version(long size, FileTime modified) {
    }

    /** Tells an input's {@link Version}, or null for an input that has none. */
    @FunctionalInterface
    interface Versions {
        Version now() throws IOException;
    }

    private final String name;
    private final Opener opener;
    private final boolean reopenable;
    private final Versions versions;

    InputSource(String name, Opener opener, boolean reopenable, Versions versions) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.reopenable = reopenable;
        this.versions = versions;
    }

    /**
     * A file: a regular file may be opened again; anything else named by a path (a pipe, a
     * process substitution's {@code /dev/fd/N}, {@code /dev/stdin}, a FIFO, a device) gives its
     * bytes once, so it is read once, as standard input is.
     */
    public static InputSource file(String name, Path path) {
        return file(name, path, Files.isRegularFile(path));
    }

    /** A file already known to be a regular file or not. */
    static InputSource file(String name, Path path, boolean regular) {
        return new InputSource(name, () -> Files.newInputStream(path), regular, () -> {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new Version(attributes.size(), attributes.lastModifiedTime());
        });
    }

    /** Bytes already in memory, such as a whole file a Spark job was handed. */
    public static InputSource bytes(String name, byte[] bytes) {
        return new InputSource(name, () -> new ByteArrayInputStream(bytes), true, () -> null);
    }

    /** A stream that can be read once, such as standard input. */
    public static InputSource stream(String name, Supplier<InputStream> stream) {
        return new InputSource(name, stream::get, false, () -> null);
    }

    public static InputSource failed(String name, String reason) {
        return new InputSource(name, () -> {
            throw new UnreadableInputException(reason);
        }, true, () -> null);
    }

    /** The name the reports use: the path as the user gave it, or {@code -}. */
    public String name() {
        return name;
    }

    /** Opens the input's bytes; a regular file can be opened again, a stream only once. */
    public InputStream open() throws IOException, UnreadableInputException {
        return opener.open();
    }

    /** Whether {@link #open()} may be called more than once. */
    public boolean reopenable() {
        return reopenable;
    }

    /** The input's version now, to tell whether it changed between two readings; null if it has none. */
    Version version() throws IOException {
        return versions.now();
    }

    @Override
    public String toString() {
        return name;
    }
}
