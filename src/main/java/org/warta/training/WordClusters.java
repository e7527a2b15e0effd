package org.warta.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warta.names.model.WordClasses;
import org.warta.text.Characters;

/**
 * Groups the words of unlabelled text into classes of words that occur in similar contexts, by
 * the exchange algorithm of Kneser and Ney ("Improved clustering techniques for class-based
 * statistical language modelling", Eurospeech 1993), as refined by Martin, Liermann and Ney
 * (Speech Communication, 1998): each word in turn moves to the class that most raises the
 * likelihood of a class bigram model of the text, until no move helps or the passes run out.
 *
 * <p>The name finder uses the classes as features: a word it never saw in its tagged sentences
 * ("Alcaraz") still falls into the class of the surnames the news writes like it, so the model
 * learns from the class rather than from the name.
 *
 * <p>The likelihood, up to terms that do not depend on the classes, is {@code sum over class
 * pairs of f(N(c,d)) - 2 sum over classes of f(N(c))} with {@code f(x) = x log x}, where
 * {@code N(c,d)} counts the bigrams from class c to class d and {@code N(c)} the words of class
 * c. Moving a word changes only the rows and columns of its old and new class, and only at the
 * classes of its neighbours, so a pass costs about the number of distinct bigrams times the
 * number of classes. Deterministic: words are visited by frequency, ties by spelling.
 */
public final class WordClusters {

    /** The two sizes the name model uses: fine classes, and coarse ones for words the fine ones split too thinly. */
    public static final int FINE = 256;
    public static final int COARSE = 64;
    /** Words rarer than this in IndoSum get no class: their contexts are too few to place them. */
    public static final int MIN_COUNT = 3;
    public static final int PASSES = 15;

    private final int classes;
    private final String[] words;
    private final long[] counts;
    /** For each word, its distinct successors and how often each follows it. */
    private final int[][] next;
    private final int[][] nextCounts;
    /** For each word, its distinct predecessors and how often each precedes it. */
    private final int[][] previous;
    private final int[][] previousCounts;
    private final int[] classOf;
    private final long[][] pairs;
    private final long[] classCounts;

    private WordClusters(int classes, String[] words, long[] counts, Map<Long, Integer> bigrams) {
        this.classes = classes;
        this.words = words;
        this.counts = counts;
        int size = words.length;
        int[] outDegree = new int[size];
        int[] inDegree = new int[size];
        bigrams.keySet().forEach(key -> {
            outDegree[(int) (key >>> 32)]++;
            inDegree[(int) (long) key]++;
        });
        next = new int[size][];
        nextCounts = new int[size][];
        previous = new int[size][];
        previousCounts = new int[size][];
        for (int w = 0; w < size; w++) {
            next[w] = new int[outDegree[w]];
            nextCounts[w] = new int[outDegree[w]];
            previous[w] = new int[inDegree[w]];
            previousCounts[w] = new int[inDegree[w]];
        }
        int[] outFilled = new int[size];
        int[] inFilled = new int[size];
        bigrams.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            int from = (int) (entry.getKey() >>> 32);
            int to = (int) (long) entry.getKey();
            next[from][outFilled[from]] = to;
            nextCounts[from][outFilled[from]++] = entry.getValue();
            previous[to][inFilled[to]] = from;
            previousCounts[to][inFilled[to]++] = entry.getValue();
        });
        classOf = new int[size];
        pairs = new long[classes][classes];
        classCounts = new long[classes];
        for (int w = 0; w < size; w++) {
            classOf[w] = w % classes; // words come sorted by frequency: the frequent ones start apart
        }
        for (int w = 0; w < size; w++) {
            classCounts[classOf[w]] += counts[w];
            for (int k = 0; k < next[w].length; k++) {
                pairs[classOf[w]][classOf[next[w][k]]] += nextCounts[w][k];
            }
        }
    }

    /**
     * Learns {@code classes} classes for the words of {@code sentences} that occur at least
     * {@code minCount} times (rarer words are left out, and so are the bigrams they are in),
     * with at most {@code passes} passes over the vocabulary.
     */
    public static Map<String, Integer> learn(Iterable<List<String>> sentences, int classes, int minCount, int passes) {
        Map<String, Integer> frequency = new HashMap<>();
        for (List<String> sentence : sentences) {
            sentence.forEach(word -> frequency.merge(word, 1, Integer::sum));
        }
        String[] vocabulary = frequency.entrySet().stream().filter(e -> e.getValue() >= minCount && isWord(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int w = 0; w < vocabulary.length; w++) {
            index.put(vocabulary[w], w);
        }
        long[] counts = new long[vocabulary.length];
        Map<Long, Integer> bigrams = new HashMap<>();
        for (List<String> sentence : sentences) {
            int before = -1;
            for (String word : sentence) {
                Integer w = index.get(word);
                if (w != null) {
                    counts[w]++;
                    if (before >= 0) {
                        bigrams.merge(((long) before << 32) | w, 1, Integer::sum);
                    }
                }
                before = w == null ? -1 : w;
            }
        }
        WordClusters clusters = new WordClusters(Math.min(classes, vocabulary.length), vocabulary, counts, bigrams);
        for (int pass = 0; pass < passes && clusters.exchangePass() > 0; pass++) {
            // each pass moves every word to its best class; stop early once none moves
        }
        return clusters.assignment();
    }

    /**
     * Learns the fine and the coarse classes of the IndoSum articles under {@code indosum} and
     * writes them as the resource the name features read ({@link #fileLines}). Returns how many
     * words it wrote.
     */
    public static int learnAndWrite(Path indosum, Path file) throws IOException {
        List<List<String>> sentences = new ArrayList<>();
        IndoSumReader.forEachParagraph(indosum, sentences::addAll);
        List<String> lines = fileLines(learn(sentences, FINE, MIN_COUNT, PASSES), learn(sentences, COARSE, MIN_COUNT, PASSES));
        Files.write(file, lines, StandardCharsets.UTF_8);
        return (int) lines.stream().filter(line -> !line.startsWith("#")).count();
    }

    /**
     * The resource's lines: a comment, then for each word that is kept ({@link #isKeptInFile})
     * its key ({@link WordClasses#key}, not the word itself: no text of the corpus is shipped),
     * its fine class and its coarse one, in the order of the keys.
     */
    static List<String> fileLines(Map<String, Integer> fine, Map<String, Integer> coarse) {
        List<String> lines = new ArrayList<>();
        lines.add("# Word clusters of the name model: a word's key (WordClasses.key, a 64-bit hash of the word as written),");
        lines.add("# a tab, its class among " + FINE + ", a tab, its class among " + COARSE + ". Classes of words that occur in");
        lines.add("# similar contexts, learned by 'warta train names' (WordClusters, the exchange algorithm) from the IndoSum");
        lines.add("# news articles (CC BY-SA 4.0; see NOTICE), words seen at least " + MIN_COUNT + " times, but none of IndoSum's");
        lines.add("# strings joined with underscores or markup. Keys and numbers only: no word or sentence of the corpus.");
        Map<String, String> byKey = new TreeMap<>();
        fine.forEach((word, fineClass) -> {
            if (isKeptInFile(word)) {
                String previous = byKey.put(WordClasses.keyText(word), fineClass + "\t" + coarse.get(word));
                if (previous != null) {
                    throw new IllegalStateException("two words of the clusters share the key of '" + word + "'");
                }
            }
        });
        byKey.forEach((key, classes) -> lines.add(key + "\t" + classes));
        return lines;
    }

    /**
     * Whether a learned word goes into the file: only words of the news, not the corpus's own
     * text. IndoSum joins some phrases with underscores ("Baca_Juga"), and such a token can be a
     * whole sentence of the corpus; its pages' debris leaves pieces of markup, an attribute with
     * its value ({@code style="height}, a picture's address), though "=" alone is a word of news;
     * and its text holds characters that warta's tokenizer takes for the space between tokens, a
     * left-to-right mark alone or inside a mis-decoded quotation mark ("â€" and U+009D). warta's
     * tokenizer makes none of these of news text, so they are learned from (the classes of their
     * neighbours stay the same) but not shipped. No tagged training sentence holds one, so the
     * model's features do not change.
     */
    static boolean isKeptInFile(String word) {
        return word.indexOf('_') < 0 && !word.contains("=\"") && word.codePoints().noneMatch(Characters::isSeparator);
    }

    /** A token the classes are learned for: no white space in it (the bundled classes were learned so). */
    private static boolean isWord(String token) {
        return !token.isEmpty() && token.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private Map<String, Integer> assignment() {
        // classes renumbered by their most frequent word, so the numbers do not depend on the start
        Integer[] order = new Integer[classes];
        int[] firstWord = new int[classes];
        Arrays.fill(firstWord, Integer.MAX_VALUE);
        for (int w = words.length - 1; w >= 0; w--) {
            firstWord[classOf[w]] = w;
        }
        for (int c = 0; c < classes; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparingInt(c -> firstWord[c]));
        int[] renumbered = new int[classes];
        for (int rank = 0; rank < classes; rank++) {
            renumbered[order[rank]] = rank;
        }
        Map<String, Integer> result = new HashMap<>();
        for (int w = 0; w < words.length; w++) {
            result.put(words[w], renumbered[classOf[w]]);
        }
        return result;
    }

    /** Moves each word to the class that most raises the likelihood; returns how many moved. */
    private int exchangePass() {
        long[] toClass = new long[classes];
        long[] fromClass = new long[classes];
        List<Integer> touched = new ArrayList<>();
        int moved = 0;
        for (int w = 0; w < words.length; w++) {
            int old = classOf[w];
            long self = neighbourClasses(w, toClass, fromClass, touched);
            // take the word out of its class
            for (int c : touched) {
                pairs[old][c] -= toClass[c];
                pairs[c][old] -= fromClass[c];
            }
            pairs[old][old] -= self;
            classCounts[old] -= counts[w];
            int best = old;
            double bestGain = gain(w, old, toClass, fromClass, self, touched);
            for (int k = 0; k < classes; k++) {
                if (k != old) {
                    double gain = gain(w, k, toClass, fromClass, self, touched);
                    if (gain > bestGain + 1e-9) {
                        best = k;
                        bestGain = gain;
                    }
                }
            }
            for (int c : touched) {
                pairs[best][c] += toClass[c];
                pairs[c][best] += fromClass[c];
            }
            pairs[best][best] += self;
            classCounts[best] += counts[w];
            classOf[w] = best;
            if (best != old) {
                moved++;
            }
            for (int c : touched) {
                toClass[c] = 0;
                fromClass[c] = 0;
            }
            touched.clear();
        }
        return moved;
    }

    /**
     * Fills how often word {@code w} is followed by and follows each class, its own repeats
     * left out; lists the classes that got a count; returns the count of {@code w w}.
     */
    private long neighbourClasses(int w, long[] toClass, long[] fromClass, List<Integer> touched) {
        long self = 0;
        for (int k = 0; k < next[w].length; k++) {
            int v = next[w][k];
            if (v == w) {
                self += nextCounts[w][k];
            } else {
                int c = classOf[v];
                if (toClass[c] == 0 && fromClass[c] == 0) {
                    touched.add(c);
                }
                toClass[c] += nextCounts[w][k];
            }
        }
        for (int k = 0; k < previous[w].length; k++) {
            int v = previous[w][k];
            if (v != w) {
                int c = classOf[v];
                if (toClass[c] == 0 && fromClass[c] == 0) {
                    touched.add(c);
                }
                fromClass[c] += previousCounts[w][k];
            }
        }
        return self;
    }

    /** The change in likelihood if word {@code w}, out of every class, joined class {@code k}. */
    private double gain(int w, int k, long[] toClass, long[] fromClass, long self, List<Integer> touched) {
        double gain = 0;
        long toSelf = 0;
        long fromSelf = 0;
        for (int c : touched) {
            if (c == k) {
                toSelf = toClass[c];
                fromSelf = fromClass[c];
                continue;
            }
            if (toClass[c] > 0) {
                gain += change(pairs[k][c], toClass[c]);
            }
            if (fromClass[c] > 0) {
                gain += change(pairs[c][k], fromClass[c]);
            }
        }
        gain += change(pairs[k][k], toSelf + fromSelf + self);
        return gain - 2 * change(classCounts[k], counts[w]);
    }

    /** {@code f(x + added) - f(x)} for {@code f(x) = x log x}. */
    private static double change(long x, long added) {
        return xLogX(x + added) - xLogX(x);
    }

    private static double xLogX(long x) {
        return x <= 0 ? 0 : x * Math.log(x);
    }
}
