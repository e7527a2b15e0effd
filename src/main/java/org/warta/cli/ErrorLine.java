package org.warta.cli;

/**
 * Every line warta prints on standard error is made here: {@code warta: PATH: reason}, or
 * {@code warta: reason} when no file is at fault. A file name may hold a line break, a tab or a
 * terminal escape sequence; such characters are written escaped ({@code \n}, {@code \x1b}), so
 * that a name can neither break the one-line-an-error rule nor drive the user's terminal.
 */
public final class ErrorLine {

    private ErrorLine() {
    }

    /** The error line for {@code path}. */
    public static String of(String path, String reason) {
        return "warta: " + escape(path) + ": " + escape(reason);
    }

    /** An error line that names no file. */
    static String of(String reason) {
        return "warta: " + escape(reason);
    }

    /**
     * {@code text} with its control characters, backslashes and the invisible characters that
     * reorder or split a line written as escapes: {@code \n \r \t \\}, {@code \xHH} for other
     * ASCII controls, a backslash, {@code u} and the code point in braces for the rest.
     */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\\' -> "\\\\";
                default -> c < 0x20 || c == 0x7F ? String.format("\\x%02x", (int) c)
                        : isHidden(c) ? String.format("\\u{%04x}", (int) c) : null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** C1 controls, the line and paragraph separators, and the bidirectional controls. */
    private static boolean isHidden(char c) {
        return (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
