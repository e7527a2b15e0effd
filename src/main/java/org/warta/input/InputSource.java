package org.warta.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

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

    public InputSource(String name, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    public static InputSource file(String name, Path path) {
        return new InputSource(name, () -> Files.newInputStream(path));
    }

    public static InputSource failed(String name, String reason) {
        return new InputSource(name, () -> {
            throw new UnreadableInputException(reason);
        });
    }

    /** The name the reports use: the path as the user gave it, or {@code -}. */
    public String name() {
        return name;
    }

    /** Reads and decodes the whole input. */
    public Document read() throws UnreadableInputException {
        try (InputStream in = opener.open()) {
            return new Document(name, TextDecoder.decode(in.readAllBytes()));
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException("permission denied");
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read: " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
        } catch (OutOfMemoryError e) {
            throw new UnreadableInputException("too large to read into memory");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
