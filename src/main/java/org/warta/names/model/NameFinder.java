package org.warta.names.model;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;

/**
 * The statistical name finder: a name model trained by {@code warta train names} (OpenNLP's
 * NameFinderME trainer with {@link NameFeatures}), decoded with a beam search as NameFinderME
 * decodes it, but faster in three ways (the last two leave every probability as OpenNLP
 * computes it, which a test checks):
 * <ul>
 * <li>a word that does not start with a capital or a digit, and does not stand between two that
 * do ("Minyak dan Gas Bumi"), is never part of a name in Indonesian news: there the model is not
 * asked, and every hypothesis goes on with "other";
 * <li>the weights of a word's own features are summed once per distinct word and position in the
 * window, and reused wherever the word appears (most words appear many times);
 * <li>the features that do not depend on the hypothesis are summed once per word, and each
 * hypothesis adds only its previous outcomes; of those, the position features are looked up
 * once per combination, not per word ({@link PositionSums}).
 * </ul>
 *
 * <p>The model is shared and read-only; each thread has its own feature state, which holds the
 * document's memory of earlier tags. Call {@link #startDocument()} between documents.
 */
public final class NameFinder {

    public static final String BUNDLED_MODEL = "id-names.bin";

    private static final String MODEL_ENTRY = "nameFinder.model";
    private static final String MANIFEST_ENTRY = "manifest.properties";
    /** The manifest property naming the codec of outcomes to names (BIO for warta's models). */
    private static final String CODEC_PROPERTY = "sequenceCodecImplName";
    private static final int DEFAULT_BEAM = 3;

    /** The bundled model, read once in a process by whichever thread needs it first. */
    private static final FutureTask<Model> BUNDLED = new FutureTask<>(NameFinder::readBundled);

    private final MaxentScores scores;
    private final int beamSize;
    private final Outcomes outcomes;
    private final WordMemo memo;
    private final PositionSums.PairNames pairNames;
    private final ThreadLocal<ThreadState> threadState = ThreadLocal.withInitial(ThreadState::new);

    /** A model's weights and what the decoder derives from them alone; read-only, so finders share it. */
    private record Model(MaxentScores scores, int beamSize, PositionSums.PairNames pairNames) {

        Model(MaxentScores scores, int beamSize) {
            this(scores, beamSize, new PositionSums.PairNames(scores));
        }
    }

    /** The finder with a model that OpenNLP has read or trained. */
    public NameFinder(TokenNameFinderModel model) {
        this(new Model(weightsOf(model), beamSize(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER))));
    }

    private NameFinder(Model model) {
        this.scores = model.scores();
        this.beamSize = model.beamSize();
        this.pairNames = model.pairNames();
        this.outcomes = new Outcomes(scores);
        this.memo = new WordMemo(outcomes.count());
    }

    private static MaxentScores weightsOf(TokenNameFinderModel model) {
        if (!(model.getFactory().createFeatureGenerators() instanceof NewsFeatureGenerator)
                || !(model.getArtifact(MODEL_ENTRY) instanceof AbstractModel maxent)
                || !(maxent instanceof GISModel || maxent instanceof QNModel)
                || !(model.getSequenceCodec() instanceof BioCodec)) {
            throw new IllegalArgumentException("not a name model trained by 'warta train names'");
        }
        return MaxentScores.of(maxent);
    }

    private static int beamSize(String manifestValue) {
        return manifestValue == null ? DEFAULT_BEAM : Integer.parseInt(manifestValue);
    }

    /**
     * Starts reading the word lists and clusters that the features and rules read, on a thread of
     * their own, so that on a second core they load while the model is read. Loading a class is
     * safe across threads: whoever needs the lists first waits for them, and meets the same
     * failure, should reading them fail.
     */
    private static void loadWordListsAside() {
        Thread lists = new Thread(() -> {
            NameLexicon.isCommonWord("");
            WordClasses.clusters("");
        }, "warta-word-lists");
        lists.setDaemon(true);
        lists.setUncaughtExceptionHandler((thread, failure) -> { });
        lists.start();
    }

    /**
     * Starts reading the bundled model, and the word lists beside it, on a thread of its own, for
     * a command that will ask for {@link #bundled()} once it has read its arguments: on a second
     * core the two overlap (about 0.1 s each at start-up).
     */
    public static void startReadingBundled() {
        Thread reader = new Thread(BUNDLED, "warta-name-model");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * A finder with the model bundled in the jar, read once in a process. It is read from the
     * model file's entries straight into the decoder's arrays ({@link MaxentScores#readGis}), not
     * through OpenNLP's model classes, which build a map of objects first (0.27 s against 0.1 s
     * at start-up); the bundled file is the one {@code warta train names} wrote, so OpenNLP's
     * checks of its feature generators and codec are not needed here (they hold for a model
     * given with {@code --model}).
     */
    public static NameFinder bundled() {
        BUNDLED.run(); // reads it here, unless another thread has or is reading it
        try {
            return new NameFinder(BUNDLED.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot load the bundled name model", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the bundled name model", e);
        }
    }

    private static Model readBundled() {
        loadWordListsAside();
        Properties manifest = new Properties();
        byte[][] weights = new byte[1][];
        try {
            readBundledEntries((name, content) -> {
                if (name.equals(MANIFEST_ENTRY)) {
                    manifest.load(content);
                } else if (name.equals(MODEL_ENTRY)) {
                    weights[0] = content.readAllBytes();
                }
                return true;
            });
            if (weights[0] == null || !BioCodec.class.getName().equals(manifest.getProperty(CODEC_PROPERTY))) {
                throw new IOException("not a name model trained by 'warta train names'");
            }
            return new Model(MaxentScores.readGis(weights[0]), beamSize(manifest.getProperty(BeamSearch.BEAM_SIZE_PARAMETER)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled name model", e);
        }
    }

    /** The manifest of the bundled model (its OpenNLP version, when it was trained), read without the model. */
    public static Properties bundledManifest() throws IOException {
        Properties manifest = new Properties();
        readBundledEntries((name, content) -> {
            if (name.equals(MANIFEST_ENTRY)) {
                manifest.load(content);
                return false;
            }
            return true;
        });
        return manifest;
    }

    /** Reads one entry of the bundled model file; false when no later entry is needed. */
    private interface EntryReader {
        boolean read(String name, InputStream content) throws IOException;
    }

    /** Hands the bundled model file's entries, in their order, to {@code reader}. */
    private static void readBundledEntries(EntryReader reader) throws IOException {
        try (InputStream in = NameFinder.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the bundled name model is missing; run 'warta train names'");
            }
            ZipInputStream entries = new ZipInputStream(new BufferedInputStream(in));
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (!reader.read(entry.getName(), entries)) {
                    return;
                }
            }
        }
    }

    /** The finder with the model in {@code file}. */
    public static NameFinder load(Path file) throws IOException {
        loadWordListsAside();
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
        ThreadState state = threadState.get();
        if (!any) {
            state.features.remember(words, allOther(words.length));
            return new ArrayList<>();
        }
        int[] best = bestOutcomes(words, candidate, state);
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            tags[i] = outcomes.name(best[i]);
        }
        state.features.remember(words, tags);
        return outcomes.names(best);
    }

    /** Forgets what the finder learned from the document before. */
    public void startDocument() {
        threadState.get().features.forget();
    }

    /**
     * The beam search: at each candidate word, the best {@code beamSize} hypotheses are each
     * extended by the outcomes the BIO codec allows whose probability is among the top {@code
     * beamSize} for that hypothesis (or by every allowed outcome when none of those is allowed).
     */
    private int[] bestOutcomes(String[] words, boolean[] candidate, ThreadState state) {
        state.features.sentence(words);
        Beam beam = state.beam;
        beam.start(words.length);
        for (int i = 0; i < words.length; i++) {
            if (!candidate[i]) {
                continue;
            }
            double[] shared = sharedSums(words, i, state);
            NameFeatures.Word word = state.features.word(i);
            state.histories.nextWord();
            for (int k = 0; k < beam.size(); k++) {
                int last = beam.outcomeAt(k, i - 1);
                int beforeLast = beam.outcomeAt(k, i - 2);
                double[] probabilities = state.histories.get(last, beforeLast);
                if (probabilities == null) {
                    probabilities = probabilities(shared, word, words[i], last, beforeLast,
                            state.histories.keep(last, beforeLast), state.name);
                }
                extend(beam, k, last, probabilities, state.top);
            }
            beam.keepBest(i);
        }
        return beam.best(words.length);
    }

    /** The summed weights of every feature at word {@code i} that does not depend on the hypothesis, in the thread's array for them. */
    private double[] sharedSums(String[] words, int i, ThreadState state) {
        double[] sums = state.shared;
        Arrays.fill(sums, 0);
        for (int offset = -NameFeatures.WINDOW; offset <= NameFeatures.WINDOW; offset++) {
            int at = i + offset;
            if (at >= 0 && at < words.length) {
                MaxentScores.addSums(state.wordSums(at, offset), sums);
            }
        }
        state.positionSums.add(state.features, words, i, sums);
        return sums;
    }

    /**
     * The outcome probabilities given the shared sums and the two previous outcomes, in {@code
     * sums}, with the features that OpenNLP's name context generator adds for them in training:
     * the previous outcome alone, with the word and with the word's shape, and the one before.
     */
    private double[] probabilities(double[] shared, NameFeatures.Word word, String text, int last, int beforeLast, double[] sums,
            FeatureName name) {
        System.arraycopy(shared, 0, sums, 0, sums.length);
        MaxentScores.addSums(outcomes.previous[last], sums);
        MaxentScores.addSums(outcomes.beforePrevious[beforeLast], sums);
        double[] after = word.weightsAfter(last);
        if (after == null) {
            after = new double[outcomes.count()];
            scores.add(name.start("pow=").append(outcomes.name(last)).append(",").append(text), after);
            scores.add(name.start("powf=").append(outcomes.name(last)).append(",").append(word.shape), after);
            WordMemo.Sums kept = memo.shared(after);
            word.keepWeightsAfter(last, kept);
            after = kept.values();
        }
        MaxentScores.addSums(after, sums);
        MaxentScores.normalise(sums);
        return sums;
    }

    /** The outcome probabilities at word {@code index} after {@code previous} outcomes, one call; for tests. */
    double[] probabilities(String[] words, int index, String[] previous) {
        ThreadState state = threadState.get();
        state.features.sentence(words);
        int last = index > 0 ? outcomes.index(previous[index - 1]) : outcomes.other;
        int beforeLast = index > 1 ? outcomes.index(previous[index - 2]) : outcomes.other;
        return probabilities(sharedSums(words, index, state), state.features.word(index), words[index], last, beforeLast,
                new double[outcomes.count()], state.name);
    }

    private void extend(Beam beam, int k, int last, double[] probabilities, double[] top) {
        double threshold = largest(probabilities, beamSize, top);
        int added = 0;
        for (int o = 0; o < probabilities.length; o++) {
            if (probabilities[o] >= threshold && outcomes.canFollow(last, o)) {
                beam.propose(k, o, Math.log(probabilities[o]));
                added++;
            }
        }
        if (added == 0) {
            for (int o = 0; o < probabilities.length; o++) {
                if (outcomes.canFollow(last, o)) {
                    beam.propose(k, o, Math.log(probabilities[o]));
                }
            }
        }
    }

    /**
     * The {@code k}-th largest finite value, counting equal values apart (the smallest when there
     * are fewer than {@code k}, infinity when there is none), found by keeping the {@code k}
     * largest so far in {@code top} in order.
     */
    static double largest(double[] values, int k, double[] top) {
        int kept = 0;
        for (double value : values) {
            if (!Double.isFinite(value) || kept == k && value <= top[k - 1]) {
                continue;
            }
            int at = kept < k ? kept++ : k - 1;
            for (; at > 0 && top[at - 1] < value; at--) {
                top[at] = top[at - 1];
            }
            top[at] = value;
        }
        return kept == 0 ? Double.POSITIVE_INFINITY : top[kept - 1];
    }

    private static String[] allOther(int length) {
        String[] tags = new String[length];
        Arrays.fill(tags, BioCodec.OTHER);
        return tags;
    }

    private static boolean isCapitalised(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first);
    }

    /**
     * The model's outcomes (BIO: other, TYPE-start, TYPE-cont), which may follow which, and the
     * summed weights of the previous-outcome features that need no word.
     */
    static final class Outcomes {
        final int other;
        final double[][] previous;
        final double[][] beforePrevious;
        private final String[] names;
        private final boolean[] continues;
        /** The type of each outcome's names; null for "other". */
        private final EntityType[] types;

        Outcomes(MaxentScores scores) {
            int count = scores.outcomeCount();
            names = new String[count];
            types = new EntityType[count];
            continues = new boolean[count];
            previous = new double[count][];
            beforePrevious = new double[count][];
            for (int o = 0; o < count; o++) {
                names[o] = scores.outcome(o);
                continues[o] = names[o].endsWith(BioCodec.CONTINUE);
                types[o] = names[o].equals(BioCodec.OTHER) ? null
                        : EntityType.valueOf(names[o].substring(0, names[o].lastIndexOf('-')));
                previous[o] = new double[count];
                scores.add("po=" + names[o], previous[o]);
                beforePrevious[o] = new double[count];
                scores.add("ppo=" + names[o], beforePrevious[o]);
            }
            other = index(BioCodec.OTHER);
        }

        int count() {
            return names.length;
        }

        String name(int outcome) {
            return names[outcome];
        }

        int index(String name) {
            return Arrays.asList(names).indexOf(name);
        }

        /**
         * The names that a sequence of outcomes marks, as OpenNLP's BIO codec reads them (a start
         * opens a name, a continuation extends the open one, "other" closes it, and a name has
         * the type of its last word's outcome), without reading the type out of the outcome's
         * name for every name.
         */
        List<NameSpan> names(int[] sequence) {
            List<NameSpan> names = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= sequence.length; i++) {
                boolean ends = i == sequence.length || sequence[i] == other || !continues[sequence[i]];
                if (ends && start >= 0) {
                    names.add(new NameSpan(start, i, types[sequence[i - 1]]));
                    start = -1;
                }
                if (i < sequence.length && sequence[i] != other && !continues[sequence[i]]) {
                    start = i;
                }
            }
            return names;
        }

        /** A name's continuation only follows the start or a continuation of a name of its type. */
        boolean canFollow(int before, int outcome) {
            return !continues[outcome] || (types[before] != null && types[before] == types[outcome]);
        }
    }

    /**
     * The outcome probabilities at one word after each pair of previous outcomes the beam holds
     * there (its hypotheses mostly share them), in arrays reused from word to word.
     */
    private static final class Histories {
        private final int outcomeCount;
        private final double[][] probabilities;
        /** The number of the word at which each pair's probabilities were kept: a long, which no input wraps. */
        private final long[] keptAt;
        private long word;

        Histories(int outcomeCount) {
            this.outcomeCount = outcomeCount;
            probabilities = new double[outcomeCount * outcomeCount][outcomeCount];
            keptAt = new long[outcomeCount * outcomeCount];
        }

        /** Moves on to the next word: what was kept before no longer counts. */
        void nextWord() {
            word++;
        }

        /** The probabilities kept at this word after these two outcomes, or null. */
        double[] get(int last, int beforeLast) {
            int pair = last * outcomeCount + beforeLast;
            return keptAt[pair] == word ? probabilities[pair] : null;
        }

        /** The array to fill with the probabilities after these two outcomes, kept for this word. */
        double[] keep(int last, int beforeLast) {
            int pair = last * outcomeCount + beforeLast;
            keptAt[pair] = word;
            return probabilities[pair];
        }
    }

    /** One thread's features, and its tables of position features' sums. */
    private final class ThreadState {
        final NameFeatures features = new NameFeatures(memo);
        final PositionSums positionSums = new PositionSums(scores, pairNames);
        /** The name of the feature being looked up. */
        final FeatureName name = new FeatureName();
        /** The sums {@link #addWeights} adds to. */
        private double[] summing;
        /** Adds a feature's weights to {@link #summing}: made once, not at each call. */
        private final NameFeatures.FeatureSink addWeights = feature -> scores.add(feature, summing);
        final Beam beam = new Beam(beamSize, outcomes.count(), outcomes.other);
        final double[] shared = new double[outcomes.count()];
        /** The largest probabilities at a word, for {@link #largest}. */
        final double[] top = new double[beamSize];
        final Histories histories = new Histories(outcomes.count());

        /** The summed weights of the word features of the word at {@code at} seen from {@code offset}. */
        double[] wordSums(int at, int offset) {
            NameFeatures.Word word = features.word(at);
            double[] sums = word.weightsAt(offset);
            if (sums == null) {
                sums = new double[outcomes.count()];
                summing = sums;
                features.wordFeatures(at, offset, name, addWeights);
                WordMemo.Sums kept = memo.shared(sums);
                word.keepWeightsAt(offset, kept);
                sums = kept.values();
            }
            return sums;
        }
    }
}
