package org.warta.names.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
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
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2_000; round++) {
            double[] values = new double[1 + random.nextInt(9)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(4) / 4.0; // few distinct values, so that ties are common
            }
            int k = 1 + random.nextInt(4);
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double expected = sorted[Math.max(0, sorted.length - k)];
            assertEquals(expected, NameFinder.largest(values, k, new double[k]), () -> Arrays.toString(values) + " k=" + k);
        }
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
