package org.warta.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * The statistical name finder: warta's OpenNLP name model, decoded as NameFinderME decodes it
 * (beam search, the same features and adaptive data) with one difference that makes it several
 * times faster: a word that does not start with a capital or a digit, and does not stand between
 * two that do ("Minyak dan Gas Bumi"), is never part of a name in Indonesian news, so there the
 * model is asked nothing and the outcome is "other". The features of the other words are
 * untouched.
 *
 * <p>The model is shared; each thread gets its own context generator, which holds the
 * document's adaptive data. Call {@link #startDocument()} between documents.
 */
public final class NameFinder {

    public static final String BUNDLED_MODEL = "id-names.bin";

    /** The context of a position the model is not asked about: one feature it has never seen. */
    private static final String[] NOT_A_NAME = {"warta=lowercase"};

    private final SequenceClassificationModel sequenceModel;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> codecValidator;
    private final ThreadLocal<NameContextGenerator> contexts;

    public NameFinder(TokenNameFinderModel model) {
        this.sequenceModel = model.getNameFinderSequenceModel();
        this.codec = model.getSequenceCodec();
        this.codecValidator = codec.createSequenceValidator();
        this.contexts = ThreadLocal.withInitial(() -> model.getFactory().createContextGenerator());
    }

    /** The finder with the model bundled in the jar. */
    public static NameFinder bundled() {
        try (InputStream in = NameFinder.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the bundled name model is missing; run 'warta train names'");
            }
            return new NameFinder(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled name model", e);
        }
    }

    /** The finder with the model in {@code file}. */
    public static NameFinder load(Path file) throws IOException {
        return new NameFinder(new TokenNameFinderModel(file));
    }

    /** The names in one sentence's tokens. */
    public List<NameSpan> find(List<String> tokens) {
        String[] words = tokens.toArray(String[]::new);
        boolean[] candidate = new boolean[words.length];
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            candidate[i] = isCapitalised(words[i]);
            any |= candidate[i];
        }
        for (int i = 1; i + 1 < words.length; i++) {
            candidate[i] |= candidate[i - 1] && isCapitalised(words[i + 1]); // "Minyak dan Gas Bumi"
        }
        NameContextGenerator context = contexts.get();
        if (!any) {
            String[] outcomes = new String[words.length];
            Arrays.fill(outcomes, BioCodec.OTHER);
            context.updateAdaptiveData(words, outcomes);
            return List.of();
        }
        BeamSearchContextGenerator<String> features = (i, sequence, prior, additional) ->
                candidate[i] ? context.getContext(i, sequence, prior, additional) : NOT_A_NAME;
        SequenceValidator<String> validator = (i, sequence, prior, outcome) ->
                candidate[i] ? codecValidator.validSequence(i, sequence, prior, outcome) : outcome.equals(BioCodec.OTHER);
        Sequence best = sequenceModel.bestSequence(words, null, features, validator);
        List<String> outcomes = best.getOutcomes();
        context.updateAdaptiveData(words, outcomes.toArray(String[]::new));
        Span[] spans = codec.decode(outcomes);
        List<NameSpan> names = new ArrayList<>(spans.length);
        for (Span span : spans) {
            names.add(new NameSpan(span.getStart(), span.getEnd(), EntityType.valueOf(span.getType())));
        }
        return names;
    }

    private static boolean isCapitalised(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first);
    }

    /** Forgets what the finder learned from the document before. */
    public void startDocument() {
        contexts.get().clearAdaptiveData();
    }
}
