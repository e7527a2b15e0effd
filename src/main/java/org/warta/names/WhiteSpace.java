package org.warta.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a name, split at runs of white space (or of white space and hyphens) exactly as
 * {@link java.util.regex.Pattern#split} splits them at {@code \s+}, {@code [\s\p{Z}]+} or
 * {@code [\s-]+}, but with a loop over the characters: names are split for every mention of every
 * document, and the regular expression's matcher was a tenth of what resolving mentions allocated.
 */
public final class WhiteSpace {

    /** What separates a name's words at each kind of split. */
    private interface Separator {
        boolean separates(char c);
    }

    private WhiteSpace() {
    }

    /** {@code Pattern.compile("\\s+").split(text)}: split at ASCII white space (space, tab, line feed, vertical tab, form feed, carriage return). */
    public static String[] split(String text) {
        return split(text, WhiteSpace::isAsciiSpace);
    }

    /** {@code Pattern.compile("[\\s\\p{Z}]+").split(text)}: split at ASCII white space and Unicode's spaces and separators. */
    public static String[] splitAtAnySpace(String text) {
        return split(text, c -> isAsciiSpace(c) || isUnicodeSpace(c));
    }

    /** {@code Pattern.compile("[\\s-]+").split(text)}: split at ASCII white space and hyphens ("Jawa Barat", "Ja-bar"). */
    public static String[] splitAtSpacesAndHyphens(String text) {
        return split(text, c -> isAsciiSpace(c) || c == '-');
    }

    private static String[] split(String text, Separator separator) {
        List<String> parts = null;
        int partStart = 0;
        for (int i = 0; i < text.length(); ) {
            if (!separator.separates(text.charAt(i))) {
                i++;
                continue;
            }
            if (parts == null) {
                parts = new ArrayList<>();
            }
            parts.add(text.substring(partStart, i)); // empty before a separator at the very start, as Pattern.split gives
            while (i < text.length() && separator.separates(text.charAt(i))) {
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

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isUnicodeSpace(char c) {
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
