package org.warta.training;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.warta.evaluation.TaggedSentence;
import org.warta.names.NameFinder;
import org.warta.names.NameSpan;

/**
 * Trains the name finder: OpenNLP's NameFinderME with the features of
 * {@code org/warta/names/features.xml} (OpenNLP's generic features plus warta's news features)
 * on tagged sentences. Each sentence is its own document for the adaptive features, since the
 * corpora do not say where documents end. Training is deterministic.
 */
public final class NameFinderTraining {

    private static final String FEATURES = "features.xml";

    private NameFinderTraining() {
    }

    public static TokenNameFinderModel train(List<TaggedSentence> sentences, int iterations) throws IOException {
        List<NameSample> samples = new ArrayList<>(sentences.size());
        for (TaggedSentence sentence : sentences) {
            List<Span> spans = new ArrayList<>();
            for (NameSpan name : sentence.names()) {
                spans.add(new Span(name.start(), name.end(), name.type().name()));
            }
            samples.add(new NameSample(sentence.tokens().toArray(String[]::new), spans.toArray(Span[]::new), true));
        }
        byte[] features;
        try (InputStream in = NameFinder.class.getResourceAsStream(FEATURES)) {
            features = in.readAllBytes();
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Map.of(), new BioCodec());
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        return NameFinderME.train("ind", null, new CollectionObjectStream<>(samples), parameters, factory);
    }
}
