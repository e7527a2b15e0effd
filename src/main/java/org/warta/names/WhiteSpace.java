package org.warta.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a name, split at runs of white space exactly as {@link java.util.regex.Pattern#split}
 * splits them at {@code \s+} or {@code [\s\p{Z}]+}, but with a loop over the characters: names are
 * split for every mention of every document, and the regular expression's matcher was a tenth of
 * what resolving mentions allocated.
 */
public final class WhiteSpace {

    private WhiteSpace() {
    }

    /** {@code Pattern.compile("\\s+").split(text)}: split at ASCII white space (space, tab, line feed, vertical tab, form feed, carriage return). */
    public static String[] split(String text) {
        return split(text, false);
    }

    /** {@code Pattern.compile("[\\s\\p{Z}]+").split(text)}: split at ASCII white space and Unicode's spaces and separators. */
    public static String[] splitAtAnySpace(String text) {
        return split(text, true);
    }

    private static String[] split(String text, boolean anySpace) {
        List<String> parts = null;
        int partStart = 0;
        for (int i = 0; i < text.length(); ) {
            if (!isSpace(text.charAt(i), anySpace)) {
                i++;
                continue;
            }
            if (parts == null) {
                parts = new ArrayList<>();
            }
            parts.add(text.substring(partStart, i)); // empty before white space at the very start, as Pattern.split gives
            while (i < text.length() && isSpace(text.charAt(i), anySpace)) {
                i++;
            }
            partStart = i;
        }
        if (parts == null) {
            return new String[] {text};
        }
        parts.add(text.substring(partStart));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--; // trailing empty parts are dropped, as Pattern.split drops them
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    private static boolean isSpace(char c, boolean anySpace) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
            return true;
        }
        if (!anySpace) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
