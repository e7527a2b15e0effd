package org.warta.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passages of a text set between quotation marks, outermost only: double marks (“ ” " „ « »)
 * and single ones (‘ ’ '), straight and curly mixed as pages mix them ("“Kerja sama ini ...,"
 * ujarnya"). Whether a mark opens or closes is told by what stands on either side of it, as a
 * reader tells it; a curly mark's shape decides only where both sides allow either. Marks
 * nested in a passage belong to it ("“... ‘tanpa batas’ ...”"). An apostrophe inside a word
 * ("Mu'ti", "Asy’ari") is no mark.
 *
 * <p>A double quotation left open at the end of its paragraph goes on in the next one, as news
 * writes a quotation over several paragraphs (each paragraph may open it again, only the last
 * closes it), unless its own paragraph attributes it before the closing mark went missing
 * ("\"Situasi saat ini ..., kata Lavrov"): then it ends at the comma before the verb.
 */
final class QuotationMarks {

    /** How many paragraphs a quotation may run over before an unclosed mark is taken for a slip. */
    private static final int MOST_PARAGRAPHS = 4;
    private static final String DOUBLE_MARKS = "\"“”„‟«»";
    private static final String SINGLE_MARKS = "'‘’‚‛";
    private static final String OPENING_SHAPES = "“„‟«‘‚‛";
    private static final String CLOSING_SHAPES = "”»’";

    /** A quoted passage: its opening mark at {@code open}, its words in [start, end), and its attribution from {@code after}. */
    record Passage(int open, int start, int end, int after) {
    }

    private enum Role { OPENS, CLOSES, EITHER, NONE }

    /** A comma before a verb written after a quotation: it ends a passage whose closing mark is missing. */
    private static final Pattern ATTRIBUTED_COMMA = Pattern.compile(",\\s*(?=(?:"
            + String.join("|", QuoteWords.quoteVerbs()) + ")(?:nya)?\\b)");

    private QuotationMarks() {
    }

    /** The outermost quoted passages of {@code text}, in order. */
    static List<Passage> passages(String text) {
        List<Passage> passages = new ArrayList<>();
        char[] chars = text.toCharArray(); // every character is looked at: an array is read faster than a string
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (isMark(c)) {
                Role role = role(text, i);
                Passage passage = role == Role.OPENS || (role == Role.EITHER && isDouble(c)) ? closing(text, i) : null;
                if (passage != null) {
                    passages.add(passage);
                    i = passage.after() - 1;
                }
            }
        }
        return passages;
    }

    /** Whether {@code c} is a quotation mark; asked of every character, so a switch, not a look-up. */
    static boolean isMark(char c) {
        if (c != '"' && c != '\'' && c < '«') {
            return false; // letters, digits, spaces and most punctuation, at once
        }
        return switch (c) {
            case '"', '“', '”', '„', '‟', '«', '»', '\'', '‘', '’', '‚', '‛' -> true;
            default -> false;
        };
    }

    private static boolean isDouble(char c) {
        return DOUBLE_MARKS.indexOf(c) >= 0;
    }

    /** The passage the mark at {@code open} opens, or null when nothing closes it. */
    private static Passage closing(String text, int open) {
        boolean outerDouble = isDouble(text.charAt(open));
        Deque<Boolean> nested = new ArrayDeque<>(); // true for a double mark, false for a single one
        int paragraphs = 1;
        for (int j = open + 1; j <= text.length(); j++) {
            char c = j < text.length() ? text.charAt(j) : '\n';
            if (c == '\n' || c == '\r' || c == '\u2029') {
                if (!outerDouble) {
                    return null;
                }
                if (paragraphs == 1) {
                    Matcher comma = ATTRIBUTED_COMMA.matcher(text).region(open + 1, j);
                    if (comma.find()) {
                        int end = comma.start() + 1;
                        return passage(text, open, end, end);
                    }
                }
                int next = nextLineStart(text, j);
                if (++paragraphs > MOST_PARAGRAPHS || next >= text.length()) {
                    return null;
                }
                nested.clear();
                // a paragraph that goes on with the quotation may open it again
                j = isDouble(text.charAt(next)) && role(text, next) != Role.CLOSES ? next : next - 1;
                continue;
            }
            if (!isMark(c)) {
                continue;
            }
            Role role = role(text, j);
            boolean isDouble = isDouble(c);
            boolean closes = role == Role.CLOSES
                    || (role == Role.EITHER && isDouble && (nested.isEmpty() || nested.peek()));
            if (closes) {
                if (isDouble) {
                    while (!nested.isEmpty() && !nested.peek()) {
                        nested.pop(); // single marks left open inside a double quotation
                    }
                    if (nested.isEmpty()) {
                        if (outerDouble) {
                            return passage(text, open, j, j + 1);
                        }
                    } else {
                        nested.pop();
                    }
                } else if (nested.isEmpty() && !outerDouble) {
                    return passage(text, open, j, j + 1);
                } else if (!nested.isEmpty() && !nested.peek()) {
                    nested.pop();
                }
            } else if (role == Role.OPENS || (role == Role.EITHER && isDouble)) {
                nested.push(isDouble);
            }
        }
        return null;
    }

    /** The passage between the mark at {@code open} and {@code end}, white space at either end left out. */
    private static Passage passage(String text, int open, int end, int after) {
        int start = open + 1;
        int last = end;
        while (start < last && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return new Passage(open, start, last, after);
    }

    /**
     * Whether the mark at {@code i} opens or closes a quotation, by the characters around it: a
     * mark opens before a word and closes after one, or after the punctuation that ends the
     * quotation (",”tandas"); a double mark opens a line even with a space after it, and closes
     * when pages slip it onto the verb after a comma (", \"ujar Ahman").
     */
    private static Role role(String text, int i) {
        char mark = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean canOpen = !Character.isWhitespace(after) && opensAfter(before);
        boolean canClose = !Character.isWhitespace(before) && (closesBefore(after) || ",.!?…".indexOf(before) >= 0);
        if (canOpen && canClose) {
            if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                return isDouble(mark) ? Role.EITHER : Role.NONE; // an apostrophe inside a word
            }
            return OPENING_SHAPES.indexOf(mark) >= 0 ? Role.OPENS
                    : CLOSING_SHAPES.indexOf(mark) >= 0 ? Role.CLOSES : Role.EITHER;
        }
        if (isDouble(mark) && Character.isWhitespace(before)) {
            int previous = lastNonSpace(text, i);
            if (previous >= 0 && ",.!?".indexOf(text.charAt(previous)) >= 0 && QuoteWords.isQuoteVerbOrClitic(wordAfter(text, i + 1))) {
                return Role.CLOSES;
            }
            if (previous < 0 || text.charAt(previous) == '\n' || text.charAt(previous) == '\r') {
                return Role.OPENS;
            }
        }
        if (canOpen) {
            return Role.OPENS;
        }
        if (canClose) {
            return Role.CLOSES;
        }
        return Role.NONE;
    }

    /** The last character before {@code i} that is not a space or tab (a line break is returned), or -1. */
    private static int lastNonSpace(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j;
    }

    private static String wordAfter(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    private static boolean opensAfter(char before) {
        return Character.isWhitespace(before) || "([{-–—/:".indexOf(before) >= 0 || isMark(before);
    }

    private static boolean closesBefore(char after) {
        return Character.isWhitespace(after) || ".,;:!?)]}-–—/…".indexOf(after) >= 0 || isMark(after);
    }

    /** The first character of the next line with text on it, after the line end at {@code lineEnd}. */
    private static int nextLineStart(String text, int lineEnd) {
        int i = lineEnd;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
