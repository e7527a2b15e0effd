package org.warta.names.model;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Lets a feature descriptor name {@link NewsFeatureGenerator}:
 * {@code <generator class="org.warta.names.NewsFeatureGeneratorFactory"/>}. OpenNLP creates
 * it by reflection when it reads the descriptor, and again when it loads a model trained with it.
 */
public final class NewsFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() {
        return new NewsFeatureGenerator();
    }
}
