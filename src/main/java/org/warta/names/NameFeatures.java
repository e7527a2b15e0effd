package org.warta.names;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features the name model sees at a word, in two kinds.
 *
 * <p><b>Word features</b> depend only on one word and where it stands from the word being
 * tagged (two before to two after): the word in lower case, its shape (OpenNLP's token class:
 * lc, ic, ac, 2d, ...), both together, whether IndoSum writes it mostly in lower case, and at the
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
    private static final String BIAS = "def";
    private static final String SENTENCE_START = "S=begin";
    private static final String NOT_SEEN_BEFORE = "pd=none";
    private static final String TITLE_CASE = "news=titlecase";
    private static final String FUNCTION_WORD_NEXT = "news=fw+1";
    private static final String[] FUNCTION_WORD_AT = {"news=fw", "news=fw-1", "news=fw-2"};
    private static final String[] TITLE_AT = {"news=title", "news=title-1", "news=title-2"};
    private static final String[] COUNTRY_AT = {"news=country", "news=country-1", "news=country-2"};

    /**
     * Distinct words whose facts (lower case, shape, word lists) are kept: OpenNLP's token class
     * runs several regular expressions and the lists are several look-ups, and words recur.
     */
    private static final int FACTS_MEMO_LIMIT = 50_000;

    /** The feature of each outcome a word had earlier in the document, made once. */
    private static final Map<String, String> EARLIER_OUTCOME = new ConcurrentHashMap<>();

    /** Each word of the document so far, with the feature of the outcome it had last. */
    private final Map<String, String> earlierOutcomes = new HashMap<>();
    private final Map<String, WordFacts> factsMemo = new HashMap<>();
    private String[] tokens;
    private String[] lowerCase;
    private String[] shapes;
    private int[] classes;
    private boolean[] common;
    private boolean titleCase;

    /** Sets the sentence the next calls are about, unless it is the one already set. */
    void sentence(String[] sentence) {
        if (sentence == tokens) {
            return;
        }
        tokens = sentence;
        lowerCase = new String[sentence.length];
        shapes = new String[sentence.length];
        classes = new int[sentence.length];
        common = new boolean[sentence.length];
        int words = 0;
        int lowerCaseWords = 0;
        for (int i = 0; i < sentence.length; i++) {
            WordFacts facts = factsOf(sentence[i]);
            lowerCase[i] = facts.lower();
            shapes[i] = facts.shape();
            classes[i] = facts.classes();
            common[i] = facts.common();
            int first = sentence[i].codePointAt(0);
            if (Character.isLetter(first)) {
                words++;
                if (Character.isLowerCase(first) && (classes[i] & FUNCTION) == 0) {
                    lowerCaseWords++;
                }
            }
        }
        titleCase = isTitleCase(words, lowerCaseWords);
    }

    /** The shape of the word at {@code index} of the sentence. */
    String shape(int index) {
        return shapes[index];
    }

    private WordFacts factsOf(String word) {
        WordFacts facts = factsMemo.get(word);
        if (facts == null) {
            if (factsMemo.size() >= FACTS_MEMO_LIMIT) {
                factsMemo.clear();
            }
            String lower = word.toLowerCase(Locale.ROOT);
            int classes = (NameLexicon.isFunctionWordLower(lower) ? FUNCTION : 0)
                    | (NameLexicon.isTitleLower(lower) ? TITLE : 0) | (NameLexicon.isCountryLower(lower) ? COUNTRY : 0);
            facts = new WordFacts(lower, FeatureGeneratorUtil.tokenFeature(word), classes, NameLexicon.isCommonWord(lower));
            factsMemo.put(word, facts);
        }
        return facts;
    }

    /** What the features need to know about a word by itself. */
    private record WordFacts(String lower, String shape, int classes, boolean common) {
    }

    /** The word features of the word at {@code index} as seen from {@code offset} words away. */
    void wordFeatures(int index, int offset, List<String> features) {
        String prefix = OFFSET_PREFIX[offset + WINDOW];
        String lower = lowerCase[index];
        features.add(prefix + "w=" + lower);
        features.add(prefix + "wc=" + shapes[index]);
        features.add(prefix + "w&c=" + lower + "," + shapes[index]);
        if (common[index]) {
            features.add(prefix + "common");
        }
        if (offset == 0) {
            String word = tokens[index];
            int length = word.length();
            for (int n = 1; n <= AFFIX && n <= length; n++) {
                features.add("pre=" + word.substring(0, n));
                features.add("suf=" + word.substring(length - n));
            }
        }
    }

    /** The position features of the word at {@code index}. */
    void positionFeatures(int index, List<String> features) {
        features.add(BIAS);
        if (index == 0) {
            features.add(SENTENCE_START);
        } else {
            features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
            features.add("pwc,wc=" + shapes[index - 1] + "," + shapes[index]);
        }
        if (index + 1 < tokens.length) {
            features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
            features.add("wc,nc=" + shapes[index] + "," + shapes[index + 1]);
            if ((classes[index + 1] & FUNCTION) != 0) {
                features.add(FUNCTION_WORD_NEXT);
            }
        }
        features.add(earlierOutcomes.getOrDefault(tokens[index], NOT_SEEN_BEFORE));
        if (titleCase) {
            features.add(TITLE_CASE);
        }
        for (int back = 0; back <= 2 && index - back >= 0; back++) {
            int wordClass = classes[index - back];
            if ((wordClass & FUNCTION) != 0) {
                features.add(FUNCTION_WORD_AT[back]);
            }
            if ((wordClass & TITLE) != 0) {
                features.add(TITLE_AT[back]);
            }
            if ((wordClass & COUNTRY) != 0) {
                features.add(COUNTRY_AT[back]);
            }
        }
    }

    /** Remembers how the words of a tagged sentence were tagged, for the rest of the document. */
    void remember(String[] sentence, String[] outcomes) {
        for (int i = 0; i < sentence.length; i++) {
            earlierOutcomes.put(sentence[i], EARLIER_OUTCOME.computeIfAbsent(outcomes[i], outcome -> "pd=" + outcome));
        }
    }

    /** Forgets the document: the next sentence starts a new one. */
    void forget() {
        earlierOutcomes.clear();
    }

    /**
     * Whether a sentence is set in title case, as headlines and captions are: at least three
     * words, and no word in lower case but function words ("Rusia-China Sepakati Kerja Sama
     * Keamanan, Lawan Pengaruh AS di Eropa dan Asia"); a long one may have one slip. A body
     * sentence full of names still has its verbs in lower case.
     */
    static boolean isTitleCase(List<String> tokens) {
        int words = 0;
        int lowerCase = 0;
        for (String token : tokens) {
            int first = token.codePointAt(0);
            if (Character.isLetter(first)) {
                words++;
                if (Character.isLowerCase(first) && !NameLexicon.isFunctionWord(token)) {
                    lowerCase++;
                }
            }
        }
        return isTitleCase(words, lowerCase);
    }

    private static boolean isTitleCase(int words, int lowerCase) {
        return words >= 3 && (lowerCase == 0 || (lowerCase == 1 && words >= 10));
    }
}
