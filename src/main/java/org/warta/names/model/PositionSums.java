package org.warta.names.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summed weights of a word's position features ({@link NameFeatures#positionFeatures}) with
 * as few look-ups of feature names as the model allows: the features that only hold or not are
 * summed once for each combination of them, the shape pairs once for each pair of shapes, the
 * earlier tag once for each tag, and a pair of words only when the model has a pair that starts
 * with the first word ({@link PairStarts}; most pairs it has not), by a name built in place.
 *
 * <p>One instance belongs to one thread.
 */
final class PositionSums {

    /**
     * The beginnings of the model's pair features, up to and with a comma after the first word
     * ("w,nw=Joko,"), as a filter of their hashes, shared by every thread: a pair is looked up only
     * when its beginning is in the filter. A word may hold a comma ("w,nw=Rp,1,5"), so each comma
     * after the prefix ends a beginning. A hash may be in the filter by chance, which costs a
     * look-up and no more: the look-up compares the whole name.
     */
    static final class PairStarts {

        private static final int BITS = 1 << 20;
        private final long[] bits = new long[BITS / Long.SIZE];

        PairStarts(MaxentScores scores) {
            for (String prefix : List.of(NameFeatures.PREVIOUS_PAIR, NameFeatures.NEXT_PAIR)) {
                scores.forEachNamed(prefix, (chars, start, end) -> {
                    int hash = 0;
                    for (int i = start; i < end; i++) {
                        hash = 31 * hash + chars[i];
                        if (chars[i] == ',' && i >= start + prefix.length()) {
                            bits[bit(hash) >>> 6] |= 1L << bit(hash);
                        }
                    }
                });
            }
        }

        /** Whether a pair feature may begin with the name whose hash this is. */
        boolean mayStart(int hash) {
            return (bits[bit(hash) >>> 6] & 1L << bit(hash)) != 0;
        }

        private static int bit(int hash) {
            return (hash * 0x9E3779B1) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(BITS));
        }
    }

    private final MaxentScores scores;
    private final PairStarts pairStarts;
    private final FeatureName pairName = new FeatureName();
    private final double[][] byFlags = new double[1 << NameFeatures.FLAG_FEATURES.length][];
    private final double[][] previousShapes = new double[NameFeatures.SHAPE_LIMIT * NameFeatures.SHAPE_LIMIT][];
    private final double[][] nextShapes = new double[NameFeatures.SHAPE_LIMIT * NameFeatures.SHAPE_LIMIT][];
    private final Map<String, double[]> byEarlierOutcome = new HashMap<>();

    PositionSums(MaxentScores scores, PairStarts pairStarts) {
        this.scores = scores;
        this.pairStarts = pairStarts;
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
            if (pairStarts.mayStart(features.word(index - 1).previousPairStart)) {
                scores.add(pairName.start(NameFeatures.PREVIOUS_PAIR).append(words[index - 1]).append(",").append(words[index]), sums);
            }
            int shapes = features.word(index - 1).shapeId * NameFeatures.SHAPE_LIMIT + word.shapeId;
            if (previousShapes[shapes] == null) {
                previousShapes[shapes] = weights(NameFeatures.previousShapePair(features.word(index - 1), word));
            }
            MaxentScores.addSums(previousShapes[shapes], sums);
        }
        if (index + 1 < words.length) {
            if (pairStarts.mayStart(word.nextPairStart)) {
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
