package org.warta.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final String name;
    private final Opener opener;
    private final boolean reopenable;

    private InputSource(String name, Opener opener, boolean reopenable) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.reopenable = reopenable;
    }

    public static InputSource file(String name, Path path) {
        return new InputSource(name, () -> Files.newInputStream(path), true);
    }

    /** Bytes already in memory, such as a whole file a Spark job was handed. */
    public static InputSource bytes(String name, byte[] bytes) {
        return new InputSource(name, () -> new ByteArrayInputStream(bytes), true);
    }

    /** A stream that can be read once, such as standard input. */
    public static InputSource stream(String name, Supplier<InputStream> stream) {
        return new InputSource(name, stream::get, false);
    }

    public static InputSource failed(String name, String reason) {
        return new InputSource(name, () -> {
            throw new UnreadableInputException(reason);
        }, true);
    }

    /** The name the reports use: the path as the user gave it, or {@code -}. */
    public String name() {
        return name;
    }

    /** Opens the input's bytes; a file can be opened again, a stream only once. */
    public InputStream open() throws IOException, UnreadableInputException {
        return opener.open();
    }

    /** Whether {@link #open()} may be called more than once. */
    public boolean reopenable() {
        return reopenable;
    }

    @Override
    public String toString() {
        return name;
    }
}
