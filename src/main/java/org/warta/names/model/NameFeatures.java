package org.warta.names.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.warta.names.NameLexicon;
import org.warta.names.TitleCase;

/**
 * The features the name model sees at a word, in two kinds.
 *
 * <p><b>Word features</b> depend only on one word and where it stands from the word being
 * tagged (two before to two after): the word in lower case, its shape (OpenNLP's token class:
 * lc, ic, ac, 2d, ...), both together, whether IndoSum writes it mostly in lower case, its word
 * clusters ({@link WordClasses}: the classes of words that unlabelled news uses alike, so that a
 * name the tagged sentences never had is seen through the names that share its class), and at the
 * word itself its first and last one to three letters. Because they depend on nothing else, the
 * decoder can add up their weights once per distinct word and reuse the sum ({@link
 * NameFinder}); that is what makes the finder fast.
 *
 * <p><b>Position features</b> depend on the sentence and the document: the word pairs and shape
 * pairs with each neighbour, sentence start, a bias, what the word was tagged as earlier in the
 * same document, and the news features: function words, titles and countries at and before the
 * word, and whether the sentence is set in title case like a headline.
 *
 * <p>One instance holds one sentence and one document's memory; it is not thread-safe.
 */
final class NameFeatures {

    /** Furthest distance, in words, of the word features. */
    static final int WINDOW = 2;
    private static final int AFFIX = 3;

    private static final int FUNCTION = 1;
    private static final int TITLE = 2;
    private static final int COUNTRY = 4;

    private static final String[] OFFSET_PREFIX = {"p2", "p1", "", "n1", "n2"};
    private static final String NOT_SEEN_BEFORE = "pd=none";
    /** The names of the features of a word with the one before it and with the one after it. */
    static final String PREVIOUS_PAIR = "pw,w=";
    static final String NEXT_PAIR = "w,nw=";

    /**
     * The position features that take nothing from the text but whether they hold, each a bit
     * of {@link #positionFlags}, so that the decoder can look their weights up once for each
     * combination instead of once for each word.
     */
    static final String[] FLAG_FEATURES = {"def", "S=begin", "news=fw+1", "news=titlecase",
        "news=fw", "news=title", "news=country", "news=fw-1", "news=title-1", "news=country-1",
        "news=fw-2", "news=title-2", "news=country-2"};
    private static final int BIAS = 1;
    private static final int SENTENCE_START = 1 << 1;
    private static final int FUNCTION_WORD_NEXT = 1 << 2;
    private static final int TITLE_CASE = 1 << 3;
    /** The first of three bits (function word, title, country) for each word back from the word itself. */
    private static final int FIRST_WORD_CLASS_BIT = 4;

    /**
     * The shapes seen so far, numbered: OpenNLP's token classes are sixteen fixed names, so that
     * this stays below {@link #SHAPE_LIMIT}.
     */
    private static final Map<String, Integer> SHAPE_IDS = new ConcurrentHashMap<>();
    static final int SHAPE_LIMIT = 64;

    /** The feature of each outcome a word had earlier in the document, made once. */
    private static final Map<String, String> EARLIER_OUTCOME = new ConcurrentHashMap<>();

    /**
     * Each distinct word of the document so far, interned when its sentence is set: every later
     * question about the word, at any of its places, is a field read.
     */
    private final Map<String, DocumentWord> documentWords = new HashMap<>();
    private final WordMemo memo;
    private String[] tokens;
    private DocumentWord[] words = new DocumentWord[64];
    /** Whether the sentence is set in title case, found when first asked: a sentence the decoder skips never is. */
    private Boolean titleCase;

    /** Features whose words are kept in {@code memo}, which other instances may share. */
    NameFeatures(WordMemo memo) {
        this.memo = memo;
    }

    /** Features with a memo of their own, which holds no weights: the trainer's. */
    NameFeatures() {
        this(new WordMemo(0));
    }

    /** Sets the sentence the next calls are about, unless it is the one already set. */
    void sentence(String[] sentence) {
        if (sentence == tokens) {
            return;
        }
        tokens = sentence;
        if (words.length < sentence.length) {
            words = new DocumentWord[Math.max(sentence.length, 2 * words.length)]; // kept from sentence to sentence
        }
        for (int i = 0; i < sentence.length; i++) {
            words[i] = documentWords.computeIfAbsent(sentence[i], text -> new DocumentWord());
        }
        titleCase = null;
    }

    /**
     * A distinct word of the document: its entry in the memo, found when first asked for (the
     * decoder asks only about the words near a capitalised one, and looking up every word cost a
     * tenth of {@code count}), and the feature of the outcome it had last.
     */
    private static final class DocumentWord {
        Word word;
        String earlierOutcome = NOT_SEEN_BEFORE;
    }

    /** The word at {@code index} of the sentence. */
    Word word(int index) {
        DocumentWord entry = words[index];
        if (entry.word == null) {
            entry.word = memo.get(tokens[index]);
        }
        return entry.word;
    }

    /**
     * What the features need to know about one distinct word by itself, and, filled in by the
     * decoder, the summed weights of its features: by place in the window, and after each
     * previous outcome. A word may be shared among threads: each sum is computed whole, then
     * kept in a {@link WordMemo.Sums}, whose final field makes a thread that finds the record see
     * all of the sum; two threads that compute the same sum store equal ones.
     */
    static final class Word {

        final String lower;
        final String shape;
        /** The shape as a small number, the same for the same shape, for tables of shape pairs. */
        final int shapeId;
        final int classes;
        final boolean common;
        final String[] clusters;
        /**
         * The hashes of the starts of the names of the pair features with this word first, up to
         * the second word ("pw,w=Presiden," and "w,nw=Presiden,"), for {@link PositionSums.PairNames}.
         */
        final int previousPairStart;
        final int nextPairStart;
        private final WordMemo.Sums[] weightsAt = new WordMemo.Sums[2 * WINDOW + 1];
        private final WordMemo.Sums[] weightsAfter;

        Word(String text, int outcomes) {
            lower = text.toLowerCase(Locale.ROOT);
            shape = FeatureGeneratorUtil.tokenFeature(text);
            shapeId = shapeId(shape);
            classes = (NameLexicon.isFunctionWordLower(lower) ? FUNCTION : 0)
                    | (NameLexicon.isTitleLower(lower) ? TITLE : 0) | (NameLexicon.isCountryLower(lower) ? COUNTRY : 0);
            common = NameLexicon.isCommonWord(lower);
            clusters = WordClasses.clusters(text);
            previousPairStart = PositionSums.PairNames.startHash(PREVIOUS_PAIR, text);
            nextPairStart = PositionSums.PairNames.startHash(NEXT_PAIR, text);
            weightsAfter = new WordMemo.Sums[outcomes];
        }

        /** The summed weights of the word features seen from {@code offset} words away, or null before they are kept. */
        double[] weightsAt(int offset) {
            return valuesOf(weightsAt[offset + WINDOW]);
        }

        void keepWeightsAt(int offset, WordMemo.Sums sums) {
            weightsAt[offset + WINDOW] = sums;
        }

        /** The summed weights of the features of this word after outcome {@code previous}, or null before they are kept. */
        double[] weightsAfter(int previous) {
            return valuesOf(weightsAfter[previous]);
        }

        void keepWeightsAfter(int previous, WordMemo.Sums sums) {
            weightsAfter[previous] = sums;
        }

        private static double[] valuesOf(WordMemo.Sums sums) {
            return sums == null ? null : sums.values();
        }
    }

    /**
     * The number of a shape. Every new word of every thread asks, and the handful of shapes are
     * all numbered within the first sentences, so the question is answered without a lock; only
     * numbering a new shape takes one.
     */
    private static int shapeId(String shape) {
        Integer id = SHAPE_IDS.get(shape);
        return id != null ? id : numberShape(shape);
    }

    private static synchronized int numberShape(String shape) {
        Integer id = SHAPE_IDS.get(shape);
        if (id == null) {
            if (SHAPE_IDS.size() == SHAPE_LIMIT) {
                throw new IllegalStateException("more than " + SHAPE_LIMIT + " token classes");
            }
            id = SHAPE_IDS.size();
            SHAPE_IDS.put(shape, id);
        }
        return id;
    }

    /** Receives features one at a time, each in a name that is then reused for the next. */
    @FunctionalInterface
    interface FeatureSink {
        void accept(FeatureName feature);
    }

    /** The word features of the word at {@code index} as seen from {@code offset} words away. */
    void wordFeatures(int index, int offset, List<String> features) {
        wordFeatures(index, offset, new FeatureName(), feature -> features.add(feature.toString()));
    }

    /**
     * The same features, put together in {@code name} and handed to {@code sink} in the same
     * order (the order in which the decoder adds their weights, to the last digit).
     */
    void wordFeatures(int index, int offset, FeatureName name, FeatureSink sink) {
        String prefix = OFFSET_PREFIX[offset + WINDOW];
        Word word = word(index);
        sink.accept(name.start(prefix).append("w=").append(word.lower));
        sink.accept(name.start(prefix).append("wc=").append(word.shape));
        sink.accept(name.start(prefix).append("w&c=").append(word.lower).append(",").append(word.shape));
        if (word.common) {
            sink.accept(name.start(prefix).append("common"));
        }
        if (word.clusters == null) {
            sink.accept(name.start(prefix).append("cl=none"));
        } else {
            sink.accept(name.start(prefix).append("cl=").append(word.clusters[0]));
            sink.accept(name.start(prefix).append("cc=").append(word.clusters[1]));
        }
        if (offset == 0) {
            String text = tokens[index];
            int length = text.length();
            for (int n = 1; n <= AFFIX && n <= length; n++) {
                sink.accept(name.start("pre=").append(text, 0, n));
                sink.accept(name.start("suf=").append(text, length - n, length));
            }
        }
    }

    /**
     * The position features of the word at {@code index}, as the trainer sees them, in the order
     * the bundled model was trained with them (the order moves GIS's sums in their last digits).
     */
    void positionFeatures(int index, List<String> features) {
        int flags = positionFlags(index);
        addFlagged(flags, 0, 2, features); // the bias, and the start of the sentence
        if (index > 0) {
            features.add(previousWordPair(index));
            features.add(previousShapePair(word(index - 1), word(index)));
        }
        if (index + 1 < tokens.length) {
            features.add(nextWordPair(index));
            features.add(nextShapePair(word(index), word(index + 1)));
        }
        addFlagged(flags, 2, 3, features); // a function word next
        features.add(earlierOutcome(index));
        addFlagged(flags, 3, FLAG_FEATURES.length, features);
    }

    private static void addFlagged(int flags, int fromBit, int toBit, List<String> features) {
        for (int bit = fromBit; bit < toBit; bit++) {
            if ((flags & 1 << bit) != 0) {
                features.add(FLAG_FEATURES[bit]);
            }
        }
    }

    /** Which of {@link #FLAG_FEATURES} the word at {@code index} has, as bits. */
    int positionFlags(int index) {
        int flags = BIAS;
        if (index == 0) {
            flags |= SENTENCE_START;
        }
        if (index + 1 < tokens.length && (word(index + 1).classes & FUNCTION) != 0) {
            flags |= FUNCTION_WORD_NEXT;
        }
        if (titleCase == null) {
            titleCase = TitleCase.isTitleCase(Arrays.asList(tokens));
        }
        if (titleCase) {
            flags |= TITLE_CASE;
        }
        for (int back = 0; back <= 2 && index - back >= 0; back++) {
            flags |= word(index - back).classes << FIRST_WORD_CLASS_BIT + 3 * back;
        }
        return flags;
    }

    /** The feature of the word at {@code index} with the one before it; the word must not be the first. */
    String previousWordPair(int index) {
        return PREVIOUS_PAIR + tokens[index - 1] + "," + tokens[index];
    }

    /** The feature of the word at {@code index} with the one after it; the word must not be the last. */
    String nextWordPair(int index) {
        return NEXT_PAIR + tokens[index] + "," + tokens[index + 1];
    }

    static String previousShapePair(Word before, Word word) {
        return "pwc,wc=" + before.shape + "," + word.shape;
    }

    static String nextShapePair(Word word, Word after) {
        return "wc,nc=" + word.shape + "," + after.shape;
    }

    /** The feature of what the word at {@code index} was tagged as earlier in the document. */
    String earlierOutcome(int index) {
        return words[index].earlierOutcome;
    }

    /** Remembers how the words of a tagged sentence were tagged, for the rest of the document. */
    void remember(String[] sentence, String[] outcomes) {
        sentence(sentence);
        for (int i = 0; i < sentence.length; i++) {
            words[i].earlierOutcome = EARLIER_OUTCOME.computeIfAbsent(outcomes[i], outcome -> "pd=" + outcome);
        }
    }

    /** Forgets the document: the next sentence starts a new one. */
    void forget() {
        documentWords.clear();
        Arrays.fill(words, null); // the array outlives the document; its words need not
        tokens = null;
    }
}
