package org.warta.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.warta.text.WordList;

/**
 * Which of the files under a folder are read: what a folder contributes. By default every file
 * that is not hidden, whose extension is not one of data, reports, markup, archives or media
 * ({@code skipped-extensions.txt}), and whose first bytes are text. Globs in the style of
 * ripgrep's {@code --glob} change that: {@code *.txt} reads only what some such glob matches
 * (whatever its extension), {@code !arsip/} leaves out what it matches; when several match, the
 * last given decides. A glob without a slash matches a file's or folder's name at any depth;
 * one with a slash matches the path under the folder given, and a trailing slash matches
 * folders only. A file named on the command line is not chosen: it is always read.
 */
public final class FileSelection {

    /** Why a file under a folder is not read. */
    public enum Skip {
        HIDDEN("hidden"),
        EXTENSION("by extension"),
        GLOB("by --glob"),
        BINARY("binary");

        private final String reason;

        Skip(String reason) {
            this.reason = reason;
        }

        /** A few words for the user. */
        public String reason() {
            return reason;
        }
    }

    /** The default: no globs. */
    public static final FileSelection DEFAULT = new FileSelection(List.of());

    private static final Set<String> SKIPPED_EXTENSIONS = WordList.load(FileSelection.class, "skipped-extensions.txt");

    /** How many bytes at a file's start are looked at for a NUL byte, the mark of binary data (as git does). */
    static final int SNIFFED_BYTES = 8000;

    private record Glob(String pattern, boolean exclude, boolean foldersOnly, boolean byName, PathMatcher matcher) {

        static Glob parse(String text) {
            boolean exclude = text.startsWith("!");
            String pattern = exclude ? text.substring(1) : text;
            boolean foldersOnly = pattern.endsWith("/");
            pattern = foldersOnly ? pattern.substring(0, pattern.length() - 1) : pattern;
            boolean anchored = pattern.startsWith("/");
            pattern = anchored ? pattern.substring(1) : pattern;
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("--glob '" + text + "' matches nothing");
            }
            try {
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
                return new Glob(text, exclude, foldersOnly, !anchored && !pattern.contains("/"), matcher);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("--glob '" + text + "': " + e.getDescription(), e);
            }
        }

        boolean matches(Path relative, boolean folder) {
            return (folder || !foldersOnly) && matcher.matches(byName ? relative.getFileName() : relative);
        }
    }

    private final List<Glob> globs;
    private final boolean hasIncludes;

    /**
     * A selection by {@code globs}, in the order given; a glob starting with {@code !} leaves
     * out what it matches. Throws IllegalArgumentException, with a message for the user, for a
     * glob that cannot be read.
     */
    public FileSelection(List<String> globs) {
        List<Glob> parsed = new ArrayList<>();
        for (String glob : globs) {
            parsed.add(Glob.parse(Objects.requireNonNull(glob, "glob")));
        }
        this.globs = List.copyOf(parsed);
        this.hasIncludes = parsed.stream().anyMatch(g -> !g.exclude());
    }

    /**
     * Whether a folder met under a given folder, at {@code relative} below it, is entered; null if
     * so. By name alone, so that the Spark job walks the folders of any file system as the CLI does.
     */
    public Skip skipFolder(Path relative) {
        if (isHidden(relative)) {
            return Skip.HIDDEN;
        }
        Glob last = lastMatch(relative, true);
        return last != null && last.exclude() ? Skip.GLOB : null;
    }

    /**
     * Why the regular file {@code file}, at {@code relative} below a given folder, is not read;
     * null when it is. {@code start} is room for the bytes looked at ({@link #SNIFFED_BYTES}),
     * reused from file to file: a folder of thousands of files allocated a buffer and a copy for each.
     */
    Skip skipFile(Path relative, Path file, byte[] start) {
        Skip byName = skipFileByName(relative);
        if (byName != null) {
            return byName;
        }
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(start, 0, Math.min(start.length, SNIFFED_BYTES));
        } catch (IOException e) {
            return null; // not skipped: reading it says why
        }
        return isBinary(start, length) ? Skip.BINARY : null;
    }

    /**
     * Why a regular file at {@code relative} below a given folder is not read, judged by its name
     * alone (hidden, by glob, by extension); null when its first bytes decide ({@link #isBinary}).
     */
    public Skip skipFileByName(Path relative) {
        if (isHidden(relative)) {
            return Skip.HIDDEN;
        }
        Glob last = lastMatch(relative, false);
        if (last != null && last.exclude() || last == null && hasIncludes) {
            return Skip.GLOB;
        }
        if (last == null && hasSkippedExtension(relative.getFileName().toString())) {
            return Skip.EXTENSION;
        }
        return null;
    }

    /** Whether a file of this name is left out of a folder by its extension alone (no globs given). */
    private static boolean hasSkippedExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && SKIPPED_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isHidden(Path relative) {
        return relative.getFileName().toString().startsWith(".");
    }

    private Glob lastMatch(Path relative, boolean folder) {
        Glob last = null;
        for (Glob glob : globs) {
            if (glob.matches(relative, folder)) {
                last = glob;
            }
        }
        return last;
    }

    /**
     * Whether a file that starts with these bytes is binary data, left out of a folder: a NUL in
     * its first bytes, as binary data has and text never (UTF-16 with a byte order mark aside).
     */
    public static boolean isBinary(byte[] content) {
        return isBinary(content, content.length);
    }

    /** The same for the first {@code length} bytes of {@code content}. */
    static boolean isBinary(byte[] content, int length) {
        if (length >= 2 && TextDecoder.isUtf16ByteOrderMark(content[0], content[1])) {
            return false;
        }
        for (int i = 0; i < Math.min(length, SNIFFED_BYTES); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
