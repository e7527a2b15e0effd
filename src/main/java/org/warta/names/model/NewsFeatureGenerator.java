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

    @Override
    public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
        features.sentence(tokens);
        for (int offset = -NameFeatures.WINDOW; offset <= NameFeatures.WINDOW; offset++) {
            int at = index + offset;
            if (at >= 0 && at < tokens.length) {
                features.wordFeatures(at, offset, out);
            }
        }
        features.positionFeatures(index, out);
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
