package org.warta.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences and tokens from the statistical models that {@code warta train sentences} and
 * {@code warta train tokenizer} build: OpenNLP's SentenceDetectorME, then TokenizerME inside
 * each sentence. Kept beside the rules to measure them against; the rules win on this data
 * (see the README), so {@link TextSegmenter} is the default.
 *
 * <p>The models are shared; the ME classes are not thread-safe, so each thread gets its own.
 */
public final class OpenNlpSegmenter implements Segmenter {

    public static final String SENTENCE_FILE = "id-sentences.bin";
    public static final String TOKEN_FILE = "id-tokens.bin";
    private static final String SENTENCE_MODEL = "opennlp/" + SENTENCE_FILE;
    private static final String TOKEN_MODEL = "opennlp/" + TOKEN_FILE;

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizers;

    public OpenNlpSegmenter(SentenceModel sentenceModel, TokenizerModel tokenModel) {
        this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
    }

    /** The segmenter with the models bundled in the jar. */
    public static OpenNlpSegmenter bundled() {
        try (InputStream sentenceIn = resource(SENTENCE_MODEL); InputStream tokenIn = resource(TOKEN_MODEL)) {
            return new OpenNlpSegmenter(new SentenceModel(sentenceIn), new TokenizerModel(tokenIn));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled OpenNLP models", e);
        }
    }

    /** The segmenter with the models that {@code warta train} wrote into {@code directory}. */
    public static OpenNlpSegmenter load(Path directory) throws IOException {
        return new OpenNlpSegmenter(new SentenceModel(directory.resolve(SENTENCE_FILE)),
                new TokenizerModel(directory.resolve(TOKEN_FILE)));
    }

    private static InputStream resource(String name) {
        InputStream in = OpenNlpSegmenter.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the bundled model " + name + " is missing; run 'warta train'");
        }
        return in;
    }

    @Override
    public List<Sentence> segment(String text) {
        List<Sentence> result = new ArrayList<>();
        TokenizerME tokenizer = tokenizers.get();
        for (Span sentence : sentences.get().sentPosDetect(text)) {
            String sentenceText = sentence.getCoveredText(text).toString();
            List<Token> tokens = new ArrayList<>();
            for (Span token : tokenizer.tokenizePos(sentenceText)) {
                tokens.add(Token.of(text, sentence.getStart() + token.getStart(), sentence.getStart() + token.getEnd()));
            }
            if (!tokens.isEmpty()) {
                result.add(Sentence.of(tokens));
            }
        }
        return result;
    }
}
