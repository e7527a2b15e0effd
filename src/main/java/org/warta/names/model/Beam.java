package org.warta.names.model;

import java.util.Arrays;

/**
 * The hypotheses of the beam search over one sentence, kept in arrays that one thread reuses
 * from sentence to sentence instead of a linked object for each hypothesis and a sorted list for
 * each word: the decoder asks this at a third of all words, and the objects it made there were a
 * fifth of everything {@code count} allocated.
 *
 * <p>A step is one word the model was asked about; step 0 is the start, one hypothesis before the
 * first word. Each step keeps at most {@code width} hypotheses, each an outcome at its word, the
 * hypothesis of the step before that it extends and its log probability. The words between steps
 * are "other".
 */
final class Beam {

    private final int width;
    private final int other;
    /** The word of each step; -1 for the start. */
    private int[] positions = new int[0];
    /** {@code [step * width + k]}: the outcome of hypothesis k of a step, and the hypothesis of the step before that it extends. */
    private int[] outcomes = new int[0];
    private int[] parents = new int[0];
    private int steps;
    /** How many hypotheses the last step kept, and their scores: only the last step's are read. */
    private int size;
    private final double[] scores;

    /** The extensions proposed at the word being decided, in the order proposed, before the best are kept. */
    private final int[] proposedOutcomes;
    private final int[] proposedParents;
    private final double[] proposedScores;
    private int proposed;

    Beam(int width, int outcomeCount, int other) {
        this.width = width;
        this.other = other;
        scores = new double[width];
        proposedOutcomes = new int[width * outcomeCount];
        proposedParents = new int[width * outcomeCount];
        proposedScores = new double[width * outcomeCount];
    }

    /** Starts a sentence of {@code length} words with the one hypothesis before its first word. */
    void start(int length) {
        if (positions.length < length + 1) {
            int capacity = Math.max(length + 1, 2 * positions.length);
            positions = new int[capacity];
            outcomes = new int[capacity * width];
            parents = new int[capacity * width];
        }
        positions[0] = -1;
        outcomes[0] = other;
        parents[0] = -1;
        steps = 1;
        size = 1;
        scores[0] = 0;
        proposed = 0;
    }

    /** How many hypotheses the last step kept. */
    int size() {
        return size;
    }

    /** The outcome that hypothesis {@code k} of the last step gives word {@code index}: "other" unless a step is there. */
    int outcomeAt(int k, int index) {
        int step = steps - 1;
        int at = k;
        while (step > 0 && positions[step] > index) {
            at = parents[step * width + at];
            step--;
        }
        return step > 0 && positions[step] == index ? outcomes[step * width + at] : other;
    }

    /** Proposes extending hypothesis {@code k} of the last step with {@code outcome}. */
    void propose(int k, int outcome, double logProbability) {
        proposedOutcomes[proposed] = outcome;
        proposedParents[proposed] = k;
        proposedScores[proposed] = scores[k] + logProbability;
        proposed++;
    }

    /**
     * Keeps the best {@code width} proposals as the hypotheses of word {@code position}: by score,
     * and among equal scores in the order they were proposed.
     */
    void keepBest(int position) {
        for (int i = 1; i < proposed; i++) {
            int outcome = proposedOutcomes[i];
            int parent = proposedParents[i];
            double score = proposedScores[i];
            int j = i;
            for (; j > 0 && Double.compare(proposedScores[j - 1], score) < 0; j--) {
                proposedOutcomes[j] = proposedOutcomes[j - 1];
                proposedParents[j] = proposedParents[j - 1];
                proposedScores[j] = proposedScores[j - 1];
            }
            proposedOutcomes[j] = outcome;
            proposedParents[j] = parent;
            proposedScores[j] = score;
        }
        int kept = Math.min(width, proposed);
        int from = steps * width;
        System.arraycopy(proposedOutcomes, 0, outcomes, from, kept);
        System.arraycopy(proposedParents, 0, parents, from, kept);
        System.arraycopy(proposedScores, 0, scores, 0, kept);
        positions[steps] = position;
        size = kept;
        steps++;
        proposed = 0;
    }

    /** The outcome of each of {@code length} words in the best hypothesis of the last step, "other" between steps. */
    int[] best(int length) {
        int[] best = new int[length];
        Arrays.fill(best, other);
        int at = 0;
        for (int step = steps - 1; step > 0; step--) {
            best[positions[step]] = outcomes[step * width + at];
            at = parents[step * width + at];
        }
        return best;
    }
}
