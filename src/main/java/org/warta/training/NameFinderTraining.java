package org.warta.training;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.warta.evaluation.TaggedSentence;
import org.warta.names.NameSpan;
import org.warta.names.model.NameFinder;

/**
 * Trains the name finder: OpenNLP's NameFinderME with the features of
 * {@code org/warta/names/features.xml} (warta's news features) on tagged sentences. Each
 * sentence is its own document for the adaptive features, since the corpora do not say where
 * documents end. Training is deterministic.
 */
public final class NameFinderTraining {

    private static final String FEATURES = "features.xml";
    /** GISTrainer's parameters for its Gaussian prior, which it keeps private. */
    private static final String GAUSSIAN_PRIOR = "GaussianSmoothing";
    private static final String GAUSSIAN_PRIOR_SIGMA = "GaussianSmoothingSigma";

    /** How the weights are fitted. */
    public enum Trainer {
        /** Generalised iterative scaling, OpenNLP's default, with a Gaussian prior when a sigma is given. */
        gis,
        /** L-BFGS with an L2 penalty, which keeps rare features (one name, one sentence) from large weights. */
        qn
    }

    /**
     * The training settings: the trainer, its passes, the L2 penalty (for {@code qn}), the
     * standard deviation of the Gaussian prior (for {@code gis}; 0 for none) and the feature
     * count cut-off.
     */
    public record Settings(Trainer trainer, int iterations, double l2, double sigma, int cutoff) {
    }

    private NameFinderTraining() {
    }

    public static TokenNameFinderModel train(List<TaggedSentence> sentences, Settings settings) throws IOException {
        List<NameSample> samples = new ArrayList<>(sentences.size());
        for (TaggedSentence sentence : sentences) {
            samples.add(sample(sentence));
        }
        byte[] features;
        try (InputStream in = NameFinder.class.getResourceAsStream(FEATURES)) {
            features = in.readAllBytes();
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, Map.of(), new BioCodec());
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        if (settings.trainer() == Trainer.qn) {
            parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
            parameters.put(QNTrainer.L1COST_PARAM, 0.0);
            parameters.put(QNTrainer.L2COST_PARAM, settings.l2());
            parameters.put(QNTrainer.THREADS_PARAM, 1);
        } else {
            parameters.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
            if (settings.sigma() > 0) {
                parameters.put(GAUSSIAN_PRIOR, true);
                parameters.put(GAUSSIAN_PRIOR_SIGMA, settings.sigma());
            }
        }
        return NameFinderME.train("ind", null, new CollectionObjectStream<>(samples), parameters, factory);
    }

    private static NameSample sample(TaggedSentence sentence) {
        List<Span> spans = new ArrayList<>();
        for (NameSpan name : sentence.names()) {
            spans.add(new Span(name.start(), name.end(), name.type().name()));
        }
        return new NameSample(sentence.tokens().toArray(String[]::new), spans.toArray(Span[]::new), true);
    }
}
