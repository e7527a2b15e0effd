package org.warta.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.warta.names.Mention;
import org.warta.text.Sentence;
import org.warta.text.Token;

/**
 * One text as the statement rules read it: its tokens in one run, the sentence each is in, the
 * resolved mention each belongs to, and the quoted passage each stands in.
 */
final class AnalysedText {

    final String text;
    final List<QuotationMarks.Passage> passages;
    private final List<Token> tokens = new ArrayList<>();
    private final int[] sentenceOf;
    private final int[] sentenceStarts;
    private final Mention[] mentionOf;
    private final int[] passageOf;

    AnalysedText(String text, List<Sentence> sentences, List<Mention> mentions) {
        this.text = text;
        this.passages = QuotationMarks.passages(text);
        sentenceStarts = new int[sentences.size() + 1];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceStarts[s] = tokens.size();
            tokens.addAll(sentences.get(s).tokens());
        }
        sentenceStarts[sentences.size()] = tokens.size();
        sentenceOf = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Arrays.fill(sentenceOf, sentenceStarts[s], sentenceStarts[s + 1], s);
        }
        mentionOf = new Mention[tokens.size()];
        int m = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            while (m < mentions.size() && mentions.get(m).end() <= token.start()) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).start() < token.end()) {
                mentionOf[i] = mentions.get(m);
            }
        }
        passageOf = new int[tokens.size()];
        Arrays.fill(passageOf, -1);
        int p = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).start();
            while (p < passages.size() && passages.get(p).after() <= start) {
                p++;
            }
            if (p < passages.size() && passages.get(p).open() <= start) {
                passageOf[i] = p;
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    /** The sentence token {@code i} is in, counted from 0. */
    int sentenceOf(int i) {
        return sentenceOf[i];
    }

    int sentences() {
        return sentenceStarts.length - 1;
    }

    int sentenceStart(int sentence) {
        return sentenceStarts[sentence];
    }

    /** The token after the last of {@code sentence}. */
    int sentenceEnd(int sentence) {
        return sentenceStarts[sentence + 1];
    }

    /** The mention token {@code i} belongs to, or null. */
    Mention mention(int i) {
        return mentionOf[i];
    }

    /** Whether token {@code i} stands in a quoted passage, its marks included. */
    boolean isQuoted(int i) {
        return passageOf[i] >= 0;
    }

    /** The first token that starts at or after {@code offset}, or {@link #size()}. */
    int tokenFrom(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether no line break stands between the two offsets. */
    boolean sameLine(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code first} starts its line, and token {@code last} ends it (white space aside). */
    boolean fillsLine(int first, int last) {
        int start = tokens.get(first).start();
        return (start == 0 || isLineBreak(lastNonSpace(start))) && endsLine(last);
    }

    /** Whether token {@code last} ends its line (white space aside). */
    boolean endsLine(int last) {
        return isLineEndFrom(tokens.get(last).end());
    }

    private int lastNonSpace(int before) {
        int i = before - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i;
    }

    private boolean isLineBreak(int i) {
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\u2029';
    }

    private boolean isLineEndFrom(int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == text.length() || isLineBreak(i);
    }
}
