package org.warta.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Indonesian text into surface tokens the way UD Indonesian (GSD, CSUI, PUD) writes them.
 *
 * <p>A word runs over letters, digits and combining marks, and on across a joiner that stands
 * between two of them: {@code -} (negara-negara, e-KTP, ke-5, 1990-an), {@code /} (9/4/2024,
 * dan/atau), {@code .} (Bisnis.com, 12.18, 1.000), {@code ,} and {@code :} between digits
 * (1.000,5; 10:30), an apostrophe between letters (Jum'at) and {@code &} between capitals (R&amp;D).
 * Clitics (-nya, -lah, -kah, -pun) stay on their word. As in UD Indonesian GSD, the full
 * stop of a one-part abbreviation or initial is a token of its own (Dr . Soetomo, R . Tjetje):
 * the {@link SentenceSplitter} knows the abbreviations; a dotted abbreviation (A.S., S.H., a.n.)
 * keeps it unless the line ends there. Currency prefixes split from their amount (Rp 1.517,5). URLs, e-mail
 * addresses, hashtags and mentions are single tokens. Every other symbol is a token of its own,
 * with an ellipsis ("...") and runs of hyphens or quote marks kept together ("--", "``").
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class IndonesianTokenizer {

    /** Tokens of {@code text}, in order. */
    public List<Token> tokenize(String text) {
        return tokenize(text, text.toCharArray(), 0, text.length());
    }

    /**
     * Tokens of {@code text} between {@code from} and {@code to}, which must fall between tokens
     * (at white space or the ends of the text), with offsets into the whole text. {@code chars}
     * are the text's characters ({@code text.toCharArray()}, made once for all its paragraphs):
     * the scan over every character reads them from an array, which costs a third of reading
     * them from the string.
     */
    public List<Token> tokenize(String text, char[] chars, int from, int to) {
        List<Token> tokens = new ArrayList<>((to - from) / 5 + 4);
        int n = to;
        int i = from;
        while (i < n) {
            char c = chars[i];
            if (c == ' ' || c == '\n') {
                i++;
                continue;
            }
            int cp = c < 0x80 ? c : text.codePointAt(i);
            if (Characters.isSeparator(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (Characters.isWordPart(cp)) {
                int url = urlEnd(text, i);
                i = url > i ? add(tokens, text, i, url) : word(text, chars, i, tokens);
                continue;
            }
            int end;
            if ((cp == '#' || cp == '@') && i + 1 < n && Characters.isWordPart(text.codePointAt(i + 1))) {
                end = tagEnd(text, i + 1);
            } else {
                end = symbolEnd(text, i, cp);
            }
            i = add(tokens, text, i, end);
        }
        return tokens;
    }

    private static int add(List<Token> tokens, String text, int start, int end) {
        tokens.add(Token.of(text, start, end));
        return end;
    }

    /**
     * Adds the word that starts at {@code start} (and the currency prefix it may begin with, as
     * a token of its own) and returns where it ends.
     */
    private static int word(String text, char[] chars, int start, List<Token> tokens) {
        int end = wordEnd(text, chars, start);
        if (end + 1 < text.length() && text.charAt(end) == '@' && Characters.isWordPart(text.codePointAt(end + 1))) {
            return add(tokens, text, start, wordEnd(text, chars, end + 1)); // an e-mail address
        }
        if (end - start > 2 && isCurrencyPrefix(text, start) && Character.isDigit(text.charAt(start + 2))) {
            start = add(tokens, text, start, start + 2);
        }
        if (end < text.length() && text.charAt(end) == '.' && isDotted(text, start, end) && !endsLine(text, end + 1)) {
            end++;
        }
        return add(tokens, text, start, end);
    }

    private static boolean isCurrencyPrefix(String text, int start) {
        return (text.charAt(start) == 'R' || text.charAt(start) == 'r')
                && (text.charAt(start + 1) == 'p' || text.charAt(start + 1) == 'P');
    }

    /** The end of a run of word parts and the joiners between them. */
    private static int wordEnd(String text, char[] chars, int start) {
        int n = text.length();
        int i = start;
        while (true) {
            while (i < n) {
                char c = chars[i];
                if (c < 0x80) { // most of Indonesian text: no code point decoding needed
                    if (!Characters.isAsciiWordPart(c)) {
                        break;
                    }
                    i++;
                    continue;
                }
                int cp = text.codePointAt(i);
                if (!Characters.isWordPart(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            if (i + 1 < n && joins(text, i)) {
                i++;
                continue;
            }
            return i;
        }
    }

    /**
     * Whether the character at {@code i}, after a word part, joins it to the word part after it.
     * The joiner is looked at first: after most words comes a space, and that decides at once.
     */
    private static boolean joins(String text, int i) {
        return switch (text.charAt(i)) {
            case '-', '\u2010', '\u2011', '/', '.' -> Characters.isWordPart(text.codePointAt(i + 1));
            case ',', ':' -> Character.isDigit(text.codePointBefore(i)) && Character.isDigit(text.codePointAt(i + 1));
            case '\'', '\u2019' -> Character.isLetter(text.codePointBefore(i)) && Character.isLetter(text.codePointAt(i + 1));
            case '&' -> Character.isUpperCase(text.codePointBefore(i)) && Character.isUpperCase(text.codePointAt(i + 1));
            default -> false;
        };
    }

    /**
     * Letters with full stops between them, no part longer than three letters: A.S, S.H, a.n,
     * S.Sos; such an abbreviation keeps its final stop too (A.S.), as UD Indonesian PUD writes it.
     */
    private static boolean isDotted(String text, int start, int end) {
        int run = 0;
        boolean sawStop = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                sawStop = true;
                run = 0;
            } else if (Character.isLetter(c) && ++run <= 3) {
                continue;
            } else {
                return false;
            }
        }
        return sawStop;
    }

    /** Whether only separators stand between {@code from} and the end of its line. */
    private static boolean endsLine(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Characters.isLineBreak(cp)) {
                return true;
            }
            if (!Characters.isSeparator(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The end of a URL starting at {@code start}, or {@code start} if none starts there. */
    private static int urlEnd(String text, int start) {
        char first = text.charAt(start);
        if (first != 'h' && first != 'w' && first != 'W') {
            return start;
        }
        if (!(text.startsWith("http://", start) || text.startsWith("https://", start)
                || text.regionMatches(true, start, "www.", 0, 4))) {
            return start;
        }
        int n = text.length();
        int i = start;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Characters.isSeparator(cp) || cp == '"' || cp == '<' || cp == '>' || Characters.isQuote(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        while (i > start && ".,;:!?)]}'".indexOf(text.charAt(i - 1)) >= 0 && !closesOpenBracket(text, start, i)) {
            i--;
        }
        return i;
    }

    /** Whether the bracket at {@code end - 1} closes one opened inside the URL. */
    private static boolean closesOpenBracket(String text, int start, int end) {
        char last = text.charAt(end - 1);
        char open = last == ')' ? '(' : last == ']' ? '[' : last == '}' ? '{' : 0;
        if (open == 0) {
            return false;
        }
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            depth += c == open ? 1 : c == last ? -1 : 0;
        }
        return depth >= 0;
    }

    /** The end of a hashtag or mention whose name starts at {@code from}. */
    private static int tagEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Characters.isWordPart(cp) && cp != '_') {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * The end of a symbol token at {@code start}: a run of one repeatable mark, or one code
     * point with the marks, variation selectors and joined code points that belong to it (so an
     * emoji sequence stays whole).
     */
    private static int symbolEnd(String text, int start, int cp) {
        int n = text.length();
        int i = start + Character.charCount(cp);
        if (cp == '.') {
            return text.startsWith("...", start) && !text.startsWith("....", start) ? start + 3 : i;
        }
        if (Characters.isRepeatable(cp)) {
            while (i < n && text.charAt(i) == cp) {
                i++;
            }
            return i;
        }
        while (i < n) {
            int next = text.codePointAt(i);
            if (next == Characters.ZERO_WIDTH_JOINER && i + 1 < n) {
                i += 1;
                i += Character.charCount(text.codePointAt(i));
            } else if (Characters.extendsSymbol(next)) {
                i += Character.charCount(next);
            } else {
                break;
            }
        }
        return i;
    }
}
