package org.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Indonesian text into surface tokens the way UD Indonesian (GSD, CSUI, PUD) writes them.
 *
 * <p>A word runs over letters, digits and combining marks, and on across a joiner that stands
 * between two of them: {@code -} (negara-negara, e-KTP, ke-5, 1990-an), {@code /} (9/4/2024,
 * dan/atau), {@code .} (Bisnis.com, 12.18, 1.000), {@code ,} and {@code :} between digits
 * (1.000,5; 10:30), an apostrophe between letters (Jum'at) and {@code &} between capitals (R&amp;D).
 * Clitics (-nya, -lah, -kah, -pun) stay on their word. A full stop stays on a known
 * abbreviation (Dr., Jl., S.H., a.n.) and on an initial (Joko P. Widodo) unless it ends the
 * line. Currency prefixes split from their amount (Rp 1.517,5), as in UD. URLs, e-mail
 * addresses, hashtags and mentions are single tokens. Every other symbol is a token of its own,
 * with runs of the same stop, question or exclamation mark, hyphen or quote mark kept together
 * ("...", "--", "``").
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class IndonesianTokenizer {

    private static final Set<String> ABBREVIATIONS = WordList.load(IndonesianTokenizer.class, "abbreviations.txt");
    private static final Set<String> FINAL_ABBREVIATIONS =
            WordList.load(IndonesianTokenizer.class, "final-abbreviations.txt");

    /** Tokens of {@code text}, in order. */
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Characters.isSeparator(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (Characters.isWordPart(cp)) {
                int url = urlEnd(text, i);
                i = url > i ? add(tokens, text, i, url) : word(text, i, tokens);
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
    private static int word(String text, int start, List<Token> tokens) {
        int end = wordEnd(text, start);
        if (end + 1 < text.length() && text.charAt(end) == '@' && Characters.isWordPart(text.codePointAt(end + 1))) {
            return add(tokens, text, start, wordEnd(text, end + 1)); // an e-mail address
        }
        if (end - start > 2 && isCurrencyPrefix(text, start) && Character.isDigit(text.charAt(start + 2))) {
            start = add(tokens, text, start, start + 2);
        }
        if (end < text.length() && text.charAt(end) == '.' && keepsFullStop(text, start, end)) {
            end++;
        }
        return add(tokens, text, start, end);
    }

    private static boolean isCurrencyPrefix(String text, int start) {
        return (text.charAt(start) == 'R' || text.charAt(start) == 'r')
                && (text.charAt(start + 1) == 'p' || text.charAt(start + 1) == 'P');
    }

    /** The end of a run of word parts and the joiners between them. */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (true) {
            while (i < n) {
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

    /** Whether the character at {@code i}, after a word part, joins it to the word part after it. */
    private static boolean joins(String text, int i) {
        int next = text.codePointAt(i + 1);
        if (!Characters.isWordPart(next)) {
            return false;
        }
        char joiner = text.charAt(i);
        int previous = text.codePointBefore(i);
        switch (joiner) {
            case '-', '\u2010', '\u2011', '/', '.':
                return true;
            case ',', ':':
                return Character.isDigit(previous) && Character.isDigit(next);
            case '\'', '\u2019':
                return Character.isLetter(previous) && Character.isLetter(next);
            case '&':
                return Character.isUpperCase(previous) && Character.isUpperCase(next);
            default:
                return false;
        }
    }

    /**
     * Whether the full stop after the word {@code [start, end)} belongs to it: known
     * abbreviations and dotted ones (A.S., a.n.) keep it, and so do initials and abbreviations
     * that may end a sentence, unless the sentence visibly ends there.
     */
    private static boolean keepsFullStop(String text, int start, int end) {
        String withStop = text.substring(start, end + 1);
        if (ABBREVIATIONS.contains(withStop)) {
            return true;
        }
        boolean initial = end - start == 1 && Character.isUpperCase(text.charAt(start));
        if (initial || isDotted(text, start, end) || FINAL_ABBREVIATIONS.contains(withStop)) {
            return !endsSentence(text, end + 1, initial);
        }
        return false;
    }

    /** Letters with full stops between them, none longer than two letters: A.S, S.H, a.n, Ph.D. */
    private static boolean isDotted(String text, int start, int end) {
        int run = 0;
        boolean sawStop = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                sawStop = true;
                run = 0;
            } else if (Character.isLetter(c) && ++run <= 2) {
                continue;
            } else {
                return false;
            }
        }
        return sawStop;
    }

    /**
     * Whether a sentence ends at {@code from}: the text ends, a line ends, or (after an
     * abbreviation rather than an initial) a capitalised word follows.
     */
    private static boolean endsSentence(String text, int from, boolean initial) {
        int n = text.length();
        for (int i = from; i < n; ) {
            int cp = text.codePointAt(i);
            if (Characters.isLineBreak(cp)) {
                return true;
            }
            if (!Characters.isSeparator(cp)) {
                return !initial && (Character.isUpperCase(cp) || Characters.isOpeningQuote(cp));
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The end of a URL starting at {@code start}, or {@code start} if none starts there. */
    private static int urlEnd(String text, int start) {
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
