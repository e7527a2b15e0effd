package org.warta.names.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summed weights of a word's position features ({@link NameFeatures#positionFeatures}) with
 * as few look-ups of feature names as the model allows: the features that only hold or not are
 * summed once for each combination of them, the shape pairs once for each pair of shapes, the
 * earlier tag once for each tag, and a pair of words only when the model may have it ({@link
 * PairNames}; most pairs it has not), by a name built in place.
 *
 * <p>One instance belongs to one thread.
 */
final class PositionSums {

    /**
     * The hashes of the names of the model's pair features ("w,nw=Joko,Widodo"), as a filter
     * shared by every thread: a pair is looked up only when the hash of its name is in the filter,
     * and that hash is put together from the first word's hash of its start ("w,nw=Joko,", kept
     * with the word, {@link #startHash}) and the second word's own, without the name. A hash may be in the filter by
     * chance (one in fifty), which costs a look-up and no more: the look-up compares the whole name.
     */
    static final class PairNames {

        /**
         * A million bits, 128 kB, of which the bundled model's 18,494 pairs set about one in
         * fifty. A model given with --model that has far more pairs fills more of it, which costs
         * look-ups, never a pair the model has.
         */
        private static final int BITS_LOG = 20;
        /** How far a mixed hash is shifted to leave a bit's number. */
        private static final int SHIFT = Integer.SIZE - BITS_LOG;
        /** 31 to the power of the index, for the hashes of names of up to that many characters more. */
        private static final int[] POWERS_OF_31 = new int[64];

        static {
            POWERS_OF_31[0] = 1;
            for (int n = 1; n < POWERS_OF_31.length; n++) {
                POWERS_OF_31[n] = 31 * POWERS_OF_31[n - 1];
            }
        }

        private final long[] bits = new long[(1 << BITS_LOG) / Long.SIZE];

        PairNames(MaxentScores scores) {
            for (String prefix : List.of(NameFeatures.PREVIOUS_PAIR, NameFeatures.NEXT_PAIR)) {
                scores.forEachNamed(prefix, hash -> {
                    int bit = bit(hash);
                    bits[bit >>> 6] |= 1L << bit;
                });
            }
        }

        /** Whether the model may have the pair feature whose name is a start of hash {@code startHash} followed by {@code second}. */
        boolean mayHave(int startHash, String second) {
            int bit = bit(hashFollowedBy(startHash, second));
            return (bits[bit >>> 6] & 1L << bit) != 0;
        }

        /**
         * The hash of a pair feature's name up to its second word ("w,nw=Joko,"): a word keeps
         * its two, made without the strings.
         */
        static int startHash(String prefix, String first) {
            return 31 * hashFollowedBy(prefix.hashCode(), first) + ',';
        }

        /** {@link String#hashCode()} of a string of hash {@code hash} followed by {@code text}, from the two hashes. */
        private static int hashFollowedBy(int hash, String text) {
            return hash * powerOf31(text.length()) + text.hashCode();
        }

        private static int powerOf31(int n) {
            if (n < POWERS_OF_31.length) {
                return POWERS_OF_31[n];
            }
            int power = POWERS_OF_31[POWERS_OF_31.length - 1];
            for (int i = POWERS_OF_31.length - 1; i < n; i++) {
                power *= 31;
            }
            return power;
        }

        private static int bit(int hash) {
            return (hash * 0x9E3779B1) >>> SHIFT;
        }
    }

    private final MaxentScores scores;
    private final PairNames pairNames;
    private final FeatureName pairName = new FeatureName();
    private final double[][] byFlags = new double[1 << NameFeatures.FLAG_FEATURES.length][];
    private final double[][] previousShapes = new double[NameFeatures.SHAPE_LIMIT * NameFeatures.SHAPE_LIMIT][];
    private final double[][] nextShapes = new double[NameFeatures.SHAPE_LIMIT * NameFeatures.SHAPE_LIMIT][];
    private final Map<String, double[]> byEarlierOutcome = new HashMap<>();

    PositionSums(MaxentScores scores, PairNames pairNames) {
        this.scores = scores;
        this.pairNames = pairNames;
    }

    /** Adds the weights of the position features of word {@code index} of the sentence {@code features} holds. */
    void add(NameFeatures features, String[] words, int index, double[] sums) {
        int flags = features.positionFlags(index);
        if (byFlags[flags] == null) {
            byFlags[flags] = sum(flags);
        }
        MaxentScores.addSums(byFlags[flags], sums);
        NameFeatures.Word word = features.word(index);
        if (index > 0) {
            if (pairNames.mayHave(features.word(index - 1).previousPairStart, words[index])) {
                scores.add(pairName.start(NameFeatures.PREVIOUS_PAIR).append(words[index - 1]).append(",").append(words[index]), sums);
            }
            int shapes = features.word(index - 1).shapeId * NameFeatures.SHAPE_LIMIT + word.shapeId;
            if (previousShapes[shapes] == null) {
                previousShapes[shapes] = weights(NameFeatures.previousShapePair(features.word(index - 1), word));
            }
            MaxentScores.addSums(previousShapes[shapes], sums);
        }
        if (index + 1 < words.length) {
            if (pairNames.mayHave(word.nextPairStart, words[index + 1])) {
                scores.add(pairName.start(NameFeatures.NEXT_PAIR).append(words[index]).append(",").append(words[index + 1]), sums);
            }
            int shapes = word.shapeId * NameFeatures.SHAPE_LIMIT + features.word(index + 1).shapeId;
            if (nextShapes[shapes] == null) {
                nextShapes[shapes] = weights(NameFeatures.nextShapePair(word, features.word(index + 1)));
            }
            MaxentScores.addSums(nextShapes[shapes], sums);
        }
        String earlier = features.earlierOutcome(index);
        double[] earlierWeights = byEarlierOutcome.get(earlier);
        if (earlierWeights == null) {
            earlierWeights = weights(earlier);
            byEarlierOutcome.put(earlier, earlierWeights);
        }
        MaxentScores.addSums(earlierWeights, sums);
    }

    private double[] sum(int flags) {
        double[] sums = new double[scores.outcomeCount()];
        for (int bit = 0; bit < NameFeatures.FLAG_FEATURES.length; bit++) {
            if ((flags & 1 << bit) != 0) {
                scores.add(NameFeatures.FLAG_FEATURES[bit], sums);
            }
        }
        return sums;
    }

    private double[] weights(String feature) {
        double[] weights = new double[scores.outcomeCount()];
        scores.add(feature, weights);
        return weights;
    }
}
