package org.warta.names.model;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * {@link NameFeatures} as OpenNLP's trainer asks for them: every feature of a word, the word
 * features of its window and its position features. The trainer adds the previous outcomes
 * itself.
 */
final class NewsFeatureGenerator implements AdaptiveFeatureGenerator {

    private final NameFeatures features = new NameFeatures();
    /** The list the features of the current call go to, as strings. */
    private List<String> target;
    private final FeatureKey key = new FeatureKey(finished -> target.add(finished.toString()));

    @Override
    public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
        target = out;
        features.sentence(tokens);
        for (int offset = -NameFeatures.WINDOW; offset <= NameFeatures.WINDOW; offset++) {
            int at = index + offset;
            if (at >= 0 && at < tokens.length) {
                features.wordFeatures(at, offset, key);
            }
        }
        features.positionFeatures(index, key);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        features.remember(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        features.forget();
    }
}
