package org.warta.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a document's tokens into sentences.
 *
 * <p>News pages put a headline, a dateline, a caption and each paragraph on lines of their own,
 * so a blank line always ends a sentence, and so does a single line break unless the next line
 * starts in lower case (text wrapped mid-sentence). Inside a line, a sentence ends after a
 * full stop, question or exclamation mark or ellipsis (with the closing quotes and brackets that
 * cling to it) when what follows starts like a sentence: a capital, an opening quote or bracket
 * (Indonesian news does not start a sentence with a figure). The stop after a title or address
 * abbreviation (Dr., Jl., No.), an initial (R. Tjetje) or a list number at the start of a line
 * ("1. Kerja sama ...") does not end a sentence.
 *
 * <p>A run of text with no sentence end at all (a page stripped of its punctuation, a table
 * flattened to one line) is cut into sentences of at most {@value #MAX_TOKENS} tokens, after the
 * last comma, semicolon or colon of the last {@value #CUT_SEARCH} tokens where there is one: no
 * news sentence is that long, and what comes after a sentence (names, their rules, their pairs)
 * costs more than linear time in its length.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class SentenceSplitter {

    static final int MAX_TOKENS = 200;
    private static final int CUT_SEARCH = 50;

    /** The sentences that {@code tokens}, the tokens of {@code text} in order, make. */
    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            int last = i;
            boolean terminal = isTerminal(text, tokens, i);
            if (terminal) {
                while (last + 1 < n && adjacent(tokens.get(last), tokens.get(last + 1))
                        && Characters.isCloser(tokens.get(last + 1).text().codePointAt(0))) {
                    last++;
                }
            }
            if (last + 1 == n || endsAfter(text, terminal, tokens.get(last), tokens.get(last + 1))) {
                sentences.add(Sentence.of(tokens.subList(first, last + 1)));
                first = last + 1;
            } else if (last + 1 - first >= MAX_TOKENS) {
                int cut = lastPause(tokens, Math.max(first, last - CUT_SEARCH), last);
                sentences.add(Sentence.of(tokens.subList(first, cut + 1)));
                first = cut + 1;
            }
            i = last;
        }
        return sentences;
    }

    /**
     * Whether a sentence ends after {@code last}, given whether a sentence-ending mark stands
     * before it (or is it) and that {@code next} starts what follows.
     */
    private static boolean endsAfter(String text, boolean terminal, Token last, Token next) {
        if (!terminal && (next.start() - last.end() == 0 || text.charAt(last.end()) == ' ' && next.start() - last.end() == 1)) {
            return false; // no mark and no line break between: the sentence goes on
        }
        int breaks = lineBreaks(text, last.end(), next.start());
        if (breaks >= 2) {
            return true;
        }
        int head = next.text().codePointAt(0);
        if (breaks == 1) {
            return terminal || !Character.isLowerCase(head);
        }
        return terminal && startsSentence(head);
    }

    /** The last comma, semicolon or colon in {@code [from, to]}, or {@code to} when there is none. */
    private static int lastPause(List<Token> tokens, int from, int to) {
        for (int i = to; i >= from; i--) {
            String word = tokens.get(i).text();
            if (word.equals(",") || word.equals(";") || word.equals(":")) {
                return i;
            }
        }
        return to;
    }

    private static boolean startsSentence(int cp) {
        return (Character.isLetter(cp) && !Character.isLowerCase(cp)) || Characters.isOpeningQuote(cp)
                || cp == '(' || cp == '[';
    }

    /**
     * Whether token {@code i} is a mark that can end a sentence: a question or exclamation mark,
     * an ellipsis, or a full stop that is not the stop of an abbreviation or an initial.
     */
    private static boolean isTerminal(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        char c = token.text().charAt(0);
        if (c == '.' && token.text().length() == 1 && i > 0 && adjacent(tokens.get(i - 1), token)) {
            String word = tokens.get(i - 1).text();
            boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
            boolean listMarker = isNumber(word) && (i == 1 || lineBreaks(text, tokens.get(i - 2).end(), tokens.get(i - 1).start()) > 0);
            return !initial && !listMarker && !Abbreviations.isAbbreviation(word);
        }
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u203C' || c == '\u2047'
                || c == '\u2048' || c == '\u2049';
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean adjacent(Token left, Token right) {
        return left.end() == right.start();
    }

    /** Line breaks between {@code from} and {@code to}, a CR LF pair counting once. */
    private static int lineBreaks(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\u2029') {
                breaks += 2;
            } else if (Characters.isLineBreak(c)) {
                breaks++;
            }
        }
        return breaks;
    }
}
