package org.warta.names.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The summed weights of a word's position features ({@link NameFeatures#positionFeatures}) with
 * as few look-ups of feature names as the model allows: the features that only hold or not are
 * summed once for each combination of them, the shape pairs once for each pair of shapes, the
 * earlier tag once for each tag, and a pair of words is looked up only when the model has that
 * pair (most pairs it has not, and building the pair's name costs more than the look-up).
 *
 * <p>One instance belongs to one thread.
 */
final class PositionSums {

    /**
     * The model's pairs of words, shared by every thread: for each word, the words that may
     * follow it in a next-word pair, and those that may precede it in a previous-word pair.
     */
    record PairWords(Map<String, Set<String>> followers, Map<String, Set<String>> precedents) {

        static PairWords of(MaxentScores scores) {
            Map<String, Set<String>> precedents = new HashMap<>();
            scores.wordPairs(NameFeatures.PREVIOUS_PAIR).forEach((first, seconds) ->
                    seconds.forEach(second -> precedents.computeIfAbsent(second, word -> new HashSet<>()).add(first)));
            return new PairWords(scores.wordPairs(NameFeatures.NEXT_PAIR), precedents);
        }
    }

    /** The words the model pairs with one word, before it and after it. */
    record Pairs(Set<String> precedents, Set<String> followers) {

        /** Those of most words: none, one object for all of them. */
        static final Pairs NONE = new Pairs(Set.of(), Set.of());

        static Pairs of(Set<String> precedents, Set<String> followers) {
            return precedents.isEmpty() && followers.isEmpty() ? NONE : new Pairs(precedents, followers);
        }
    }

    private final MaxentScores scores;
    private final PairWords pairWords;
    private final double[][] byFlags = new double[1 << NameFeatures.FLAG_FEATURES.length][];
    private final double[][] previousShapes = new double[NameFeatures.SHAPE_LIMIT * NameFeatures.SHAPE_LIMIT][];
    private final double[][] nextShapes = new double[NameFeatures.SHAPE_LIMIT * NameFeatures.SHAPE_LIMIT][];
    private final Map<String, double[]> byEarlierOutcome = new HashMap<>();

    PositionSums(MaxentScores scores, PairWords pairWords) {
        this.scores = scores;
        this.pairWords = pairWords;
    }

    /** Adds the weights of the position features of word {@code index} of the sentence {@code features} holds. */
    void add(NameFeatures features, String[] words, int index, double[] sums) {
        int flags = features.positionFlags(index);
        if (byFlags[flags] == null) {
            byFlags[flags] = sum(flags);
        }
        MaxentScores.addSums(byFlags[flags], sums);
        NameFeatures.Word word = features.word(index);
        Pairs pairs = word.pairs;
        if (pairs == null) {
            pairs = Pairs.of(pairWords.precedents().getOrDefault(words[index], Set.of()),
                    pairWords.followers().getOrDefault(words[index], Set.of()));
            word.pairs = pairs;
        }
        if (index > 0) {
            if (pairs.precedents().contains(words[index - 1])) {
                scores.add(features.previousWordPair(index), sums);
            }
            int shapes = features.word(index - 1).shapeId * NameFeatures.SHAPE_LIMIT + word.shapeId;
            if (previousShapes[shapes] == null) {
                previousShapes[shapes] = weights(NameFeatures.previousShapePair(features.word(index - 1), word));
            }
            MaxentScores.addSums(previousShapes[shapes], sums);
        }
        if (index + 1 < words.length) {
            if (pairs.followers().contains(words[index + 1])) {
                scores.add(features.nextWordPair(index), sums);
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
