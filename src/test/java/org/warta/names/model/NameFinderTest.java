package org.warta.names.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.names.EntityType;
import org.warta.names.NameSpan;
import org.warta.text.Sentence;
import org.warta.text.TextSegmenter;

class NameFinderTest {

    private static TokenNameFinderModel model;
    private static NameFinder finder;

    @BeforeAll
    static void loadModel() throws IOException {
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.BUNDLED_MODEL)) {
            model = new TokenNameFinderModel(in);
        }
        finder = NameFinder.bundled();
    }

    /**
     * The decoder reads the bundled model its own way and sums feature weights its own way (per
     * word, per position, per hypothesis); the probabilities must be OpenNLP's own for the same
     * model file, features and previous outcomes, at every word of every seed, after names and
     * after none.
     */
    @Test
    void probabilitiesAreOpenNlpsOwnAtEveryWordOfTheSeeds() throws IOException {
        MaxentModel maxent = model.getArtifact("nameFinder.model");
        NameContextGenerator context = model.getFactory().createContextGenerator();
        finder.startDocument();
        int compared = 0;
        for (Path seed : seeds()) {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            for (Sentence sentence : new TextSegmenter().segment(text)) {
                String[] words = sentence.tokens().stream().map(t -> t.text()).toArray(String[]::new);
                for (String[] previous : List.of(filled(words.length, "other"), filled(words.length, "PERSON-cont"))) {
                    for (int i = 0; i < words.length; i++) {
                        double[] expected = maxent.eval(context.getContext(i, words, previous, null));
                        double[] actual = finder.probabilities(words, i, previous);
                        for (int o = 0; o < expected.length; o++) {
                            assertEquals(expected[o], actual[o], 1e-9, () -> Arrays.toString(words));
                        }
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 4_000, "compared " + compared);
    }

    @Test
    void findsNamesButNeverInLowerCaseWords() {
        finder.startDocument();
        List<String> tokens = List.of("Presiden Joko Widodo bertemu Kim Jong Un di Pyongyang pada Senin .".split(" "));
        List<NameSpan> names = finder.find(tokens);
        assertTrue(names.contains(new NameSpan(1, 3, EntityType.PERSON)), names::toString);
        assertTrue(names.contains(new NameSpan(4, 7, EntityType.PERSON)), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.start() <= 3 && n.end() > 3), names::toString);
    }

    /** The beam's threshold: the k-th largest probability, equal ones counted apart, against sorting. */
    @Test
    void largestIsTheKthOfTheValuesSortedDownwards() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            double[] values = new double[1 + random.nextInt(9)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(4) / 4.0; // few distinct values, so that ties are common
            }
            if (random.nextInt(10) == 0) {
                values[random.nextInt(values.length)] = Double.NaN; // never counted, as OpenNLP's own search never counts it
            }
            int k = 1 + random.nextInt(4);
            double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
            double expected = sorted.length == 0 ? Double.POSITIVE_INFINITY : sorted[Math.max(0, sorted.length - k)];
            assertEquals(expected, NameFinder.largest(values, k, new double[k]), () -> Arrays.toString(values) + " k=" + k);
        }
    }

    /** The names the decoder reads off a sequence of outcomes are those OpenNLP's BIO codec reads off their names. */
    @Test
    void namesOfOutcomesAreTheBioCodecs() {
        MaxentScores scores = MaxentScores.of(model.getArtifact("nameFinder.model"));
        NameFinder.Outcomes outcomes = new NameFinder.Outcomes(scores);
        BioCodec codec = new BioCodec();
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            int[] sequence = new int[1 + random.nextInt(12)];
            String[] tags = new String[sequence.length];
            for (int i = 0; i < sequence.length; i++) {
                sequence[i] = random.nextInt(outcomes.count()); // continuations without a start and across types too
                tags[i] = outcomes.name(sequence[i]);
            }
            List<NameSpan> expected = Arrays.stream(codec.decode(Arrays.asList(tags)))
                    .map(span -> new NameSpan(span.getStart(), span.getEnd(), EntityType.valueOf(span.getType()))).toList();
            assertEquals(expected, outcomes.names(sequence), () -> Arrays.toString(tags));
        }
    }

    /** The decoder's arrays, kept from sentence to sentence, grow for a long sentence and leave nothing behind for a short one. */
    @Test
    void aLongSentenceBetweenShortOnesChangesNeitherTheirNamesNorItsOwn() {
        List<String> shortSentence = List.of("Presiden Joko Widodo bertemu Kim Jong Un di Pyongyang .".split(" "));
        List<String> longSentence = new ArrayList<>();
        while (longSentence.size() < 300) {
            longSentence.addAll(List.of("Menteri Luar Negeri Retno Marsudi , Sergei Lavrov dan Wang Yi di Jakarta".split(" ")));
        }
        NameFinder fresh = NameFinder.bundled();
        fresh.startDocument();
        List<NameSpan> longAlone = fresh.find(longSentence);
        finder.startDocument();
        List<NameSpan> before = finder.find(shortSentence);
        finder.startDocument();
        assertEquals(longAlone, finder.find(longSentence));
        finder.startDocument();
        assertEquals(before, finder.find(shortSentence));
        assertTrue(longAlone.size() > 20, longAlone::toString);
    }

    private static String[] filled(int length, String outcome) {
        String[] outcomes = new String[length];
        Arrays.fill(outcomes, outcome);
        return outcomes;
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.sorted().toList();
        }
    }
}
