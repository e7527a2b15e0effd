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
 * cling to it) when what follows starts like a sentence: a capital, a digit, an opening quote or
 * bracket. Abbreviations never reach this class as separate full stops: the tokenizer keeps
 * their stop on the word.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class SentenceSplitter {

    /** The sentences that {@code tokens}, the tokens of {@code text} in order, make. */
    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            int last = i;
            if (isTerminal(tokens.get(i))) {
                while (last + 1 < n && adjacent(tokens.get(last), tokens.get(last + 1))
                        && Characters.isCloser(tokens.get(last + 1).text().codePointAt(0))) {
                    last++;
                }
            }
            if (last + 1 == n || endsAfter(text, tokens.get(i), tokens.get(last), tokens.get(last + 1))) {
                sentences.add(Sentence.of(tokens.subList(first, last + 1)));
                first = last + 1;
            }
            i = last;
        }
        return sentences;
    }

    /**
     * Whether a sentence ends after {@code last}, given that {@code mark} is the last token
     * before any closing quotes and {@code next} starts what follows.
     */
    private static boolean endsAfter(String text, Token mark, Token last, Token next) {
        int breaks = lineBreaks(text, last.end(), next.start());
        if (breaks >= 2) {
            return true;
        }
        int head = next.text().codePointAt(0);
        if (breaks == 1) {
            return isTerminal(mark) || !Character.isLowerCase(head);
        }
        return isTerminal(mark) && startsSentence(head);
    }

    private static boolean startsSentence(int cp) {
        return (Character.isLetter(cp) && !Character.isLowerCase(cp)) || Character.isDigit(cp)
                || Characters.isOpeningQuote(cp) || cp == '(' || cp == '[';
    }

    /** A full stop, question or exclamation mark, or ellipsis, alone or in a run. */
    private static boolean isTerminal(Token token) {
        char c = token.text().charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u203C' || c == '\u2047'
                || c == '\u2048' || c == '\u2049';
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
