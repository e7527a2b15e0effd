package org.warta.names.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of an OpenNLP maximum-entropy (GIS) model, read so that sums of feature weights
 * can be built up in parts and reused: the probability of an outcome is the exponential of the
 * summed weights of the context's features for it, normalised. Normalising uses {@link
 * Math#exp}, which the JIT compiles to a few instructions; OpenNLP's own evaluation calls
 * {@code StrictMath.exp}, a software routine that took a quarter of {@code warta count}'s time.
 */
final class MaxentScores {

    private final AbstractModel model;
    private final Map<String, Context> weights;

    @SuppressWarnings("unchecked")
    MaxentScores(AbstractModel model) {
        this.model = model;
        this.weights = (Map<String, Context>) model.getDataStructures()[1];
    }

    int outcomeCount() {
        return model.getNumOutcomes();
    }

    String outcome(int index) {
        return model.getOutcome(index);
    }

    /** Adds a feature's weight for each outcome to {@code sums}; an unknown feature adds nothing. */
    void add(String feature, double[] sums) {
        Context weight = weights.get(feature);
        if (weight != null) {
            int[] outcomes = weight.getOutcomes();
            double[] parameters = weight.getParameters();
            for (int j = 0; j < outcomes.length; j++) {
                sums[outcomes[j]] += parameters[j];
            }
        }
    }

    /**
     * For the features that name a pair of words after {@code prefix} ("w,nw=Joko,Widodo"),
     * each word that may stand first with the words that may stand second after it: as a word
     * may hold a comma itself, the name is split at each of its commas.
     */
    Map<String, Set<String>> wordPairs(String prefix) {
        Map<String, Set<String>> pairs = new HashMap<>();
        for (String feature : weights.keySet()) {
            if (feature.startsWith(prefix)) {
                for (int comma = feature.indexOf(',', prefix.length()); comma >= 0; comma = feature.indexOf(',', comma + 1)) {
                    pairs.computeIfAbsent(feature.substring(prefix.length(), comma), first -> new HashSet<>())
                            .add(feature.substring(comma + 1));
                }
            }
        }
        return pairs;
    }

    /** Adds weights already summed (for each outcome) to {@code sums}. */
    static void addSums(double[] weights, double[] sums) {
        for (int o = 0; o < sums.length; o++) {
            sums[o] += weights[o];
        }
    }

    /** Turns summed weights into probabilities, in place. */
    static void normalise(double[] sums) {
        double total = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = Math.exp(sums[o]);
            total += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= total;
        }
    }
}
