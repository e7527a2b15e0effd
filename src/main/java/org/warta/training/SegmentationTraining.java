package org.warta.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import org.warta.evaluation.ConlluSentence;
import org.warta.evaluation.SegmentationEvaluation;
import org.warta.text.Abbreviations;

/**
 * Trains OpenNLP's tokenizer and sentence detector for Indonesian: tokens from the gold
 * surface tokens of UD CSUI train, sentences from CSUI documents built as the evaluation builds
 * them plus the silver sentence boundaries of the IndoSum articles. The abbreviation list of
 * the rules is the sentence detector's abbreviation dictionary. Training is deterministic, so
 * the same data gives the same model.
 */
public final class SegmentationTraining {

    private static final String LANGUAGE = "ind";

    private SegmentationTraining() {
    }

    public static TokenizerModel trainTokenizer(List<ConlluSentence> gold) throws IOException {
        List<TokenSample> samples = new ArrayList<>();
        for (ConlluSentence sentence : gold) {
            Span[] spans = sentence.surfaceSpans().stream().map(t -> new Span(t.start(), t.end())).toArray(Span[]::new);
            samples.add(new TokenSample(sentence.text(), spans));
        }
        TokenizerFactory factory = new TokenizerFactory(LANGUAGE, null, true, null);
        return TokenizerME.train(new CollectionObjectStream<>(samples), factory, TrainingParameters.defaultParams());
    }

    public static SentenceModel trainSentenceDetector(List<ConlluSentence> gold, List<IndoSumReader.Paragraph> silver)
            throws IOException {
        List<SentenceSample> samples = new ArrayList<>();
        for (int from = 0; from < gold.size(); from += SegmentationEvaluation.SENTENCES_PER_PARAGRAPH) {
            List<String> texts = gold.subList(from, Math.min(gold.size(), from + SegmentationEvaluation.SENTENCES_PER_PARAGRAPH))
                    .stream().map(ConlluSentence::text).toList();
            samples.add(sample(texts));
        }
        for (IndoSumReader.Paragraph paragraph : silver) {
            samples.add(sample(paragraph.sentences()));
        }
        Dictionary abbreviations = new Dictionary(false);
        for (String abbreviation : Abbreviations.all()) {
            abbreviations.put(new StringList(abbreviation));
        }
        SentenceDetectorFactory factory = new SentenceDetectorFactory(LANGUAGE, true, abbreviations, null);
        return SentenceDetectorME.train(LANGUAGE, new CollectionObjectStream<>(samples), factory,
                TrainingParameters.defaultParams());
    }

    private static SentenceSample sample(List<String> sentences) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String sentence : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            spans.add(new Span(text.length(), text.length() + sentence.length()));
            text.append(sentence);
        }
        return new SentenceSample(text, spans.toArray(Span[]::new));
    }
}
