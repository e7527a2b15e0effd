package org.warta.quotes;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.warta.names.Mention;
import org.warta.text.Sentence;
import org.warta.text.Token;

/**
 * One text as the statement rules read it: its tokens in one run, the sentence each is in, the
 * resolved mention each belongs to, and the quoted passage each stands in.
 */
final class AnalysedText {

    /**
     * The tokens of a text in one run, and where each sentence starts, gathered as the name finder
     * hands the sentences on (while their tokens are still at hand in the processor's cache).
     */
    static final class Tokens implements Consumer<Sentence> {
        private Token[] tokens = new Token[256];
        private int[] sentenceStarts = new int[16];
        private int size;
        private int sentences;

        @Override
        public void accept(Sentence sentence) {
            if (sentences + 1 >= sentenceStarts.length) {
                sentenceStarts = Arrays.copyOf(sentenceStarts, sentenceStarts.length * 2);
            }
            sentenceStarts[sentences++] = size;
            List<Token> words = sentence.tokens();
            if (size + words.size() > tokens.length) {
                tokens = Arrays.copyOf(tokens, Math.max(tokens.length * 2, size + words.size()));
            }
            for (Token token : words) {
                tokens[size++] = token;
            }
        }

        int sentences() {
            return sentences;
        }
    }

    final String text;
    final List<QuotationMarks.Passage> passages;
    private final Token[] tokens;
    private final int size;
    private final int[] sentenceOf;
    private final int[] sentenceStarts;
    private final Mention[] mentionOf;
    private final int[] passageOf;

    AnalysedText(String text, Tokens run, List<Mention> mentions) {
        this.text = text;
        this.passages = QuotationMarks.passages(text);
        this.tokens = run.tokens;
        this.size = run.size;
        sentenceStarts = Arrays.copyOf(run.sentenceStarts, run.sentences + 1);
        sentenceStarts[run.sentences] = size;
        sentenceOf = new int[size];
        for (int s = 0; s < run.sentences; s++) {
            Arrays.fill(sentenceOf, sentenceStarts[s], sentenceStarts[s + 1], s);
        }
        mentionOf = new Mention[size];
        int next = 0;
        for (Mention mention : mentions) {
            while (next < size && tokens[next].end() <= mention.start()) {
                next++;
            }
            for (int i = next; i < size && tokens[i].start() < mention.end(); i++) {
                if (mentionOf[i] == null) {
                    mentionOf[i] = mention;
                }
            }
        }
        passageOf = new int[size];
        Arrays.fill(passageOf, -1);
        for (int p = 0; p < passages.size(); p++) {
            QuotationMarks.Passage passage = passages.get(p);
            for (int i = tokenFrom(passage.open()); i < size && tokens[i].start() < passage.after(); i++) {
                passageOf[i] = p;
            }
        }
    }

    int size() {
        return size;
    }

    Token token(int i) {
        return tokens[i];
    }

    String word(int i) {
        return tokens[i].text();
    }

    /** The words of tokens [from, to), read as they are asked for. */
    List<String> words(int from, int to) {
        return new AbstractList<>() {
            @Override
            public String get(int k) {
                return word(from + Objects.checkIndex(k, to - from));
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    /** The first character of token {@code i}, read from the text (one look-up fewer than its word). */
    char firstChar(int i) {
        return text.charAt(tokens[i].start());
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
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens[mid].start() < offset) {
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
        int start = tokens[first].start();
        return (start == 0 || isLineBreak(lastNonSpace(start))) && endsLine(last);
    }

    /** Whether token {@code last} ends its line (white space aside). */
    boolean endsLine(int last) {
        return isLineEndFrom(tokens[last].end());
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
