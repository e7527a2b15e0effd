package org.warta.names.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class MaxentScoresTest {

    /** Every feature of the bundled model weighs, read warta's way, what it weighs read OpenNLP's way. */
    @Test
    void theBundledModelReadsAsOpenNlpReadsIt() throws IOException {
        AbstractModel opennlp;
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.BUNDLED_MODEL)) {
            opennlp = (AbstractModel) new TokenNameFinderModel(in).getArtifact("nameFinder.model");
        }
        MaxentScores scores = readBundledEntry();
        assertEquals(opennlp.getNumOutcomes(), scores.outcomeCount());
        for (int o = 0; o < scores.outcomeCount(); o++) {
            assertEquals(opennlp.getOutcome(o), scores.outcome(o));
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) opennlp.getDataStructures()[1];
        assertTrue(features.size() > 10_000, "the bundled model has " + features.size() + " features");
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            assertArrayEquals(weights(feature.getValue(), scores.outcomeCount()), sums(scores, feature.getKey()), 0,
                    feature.getKey());
        }
        assertArrayEquals(new double[scores.outcomeCount()], sums(scores, "w=tidak-ada-fitur-ini"));
    }

    /** A model built from OpenNLP's objects and the same model written and read back weigh the same. */
    @Test
    void aWrittenModelReadsBackWithTheSameWeights() throws IOException {
        // "Aa" and "BB" share a String hash; the last two names take two and three bytes a character
        String[] features = {"w=Joko", "w=joko", "pw=Presiden", "Aa", "BB", "w=Đặng", "w=東京"};
        Context[] weights = {
            new Context(new int[] {1}, new double[] {2.5}),
            new Context(new int[] {0, 2}, new double[] {-1, 0.25}),
            new Context(new int[] {0, 1, 2}, new double[] {0.5, 1.5, -3}),
            new Context(new int[] {2}, new double[] {7}),
            new Context(new int[] {0}, new double[] {-7}),
            new Context(new int[] {1, 2}, new double[] {0.125, 4}),
            new Context(new int[] {0, 1}, new double[] {3, -0.5}),
        };
        GISModel model = new GISModel(weights, features, new String[] {"other", "PERSON-start", "PERSON-cont"});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BinaryGISModelWriter(model, new DataOutputStream(bytes)).persist();
        MaxentScores read = MaxentScores.readGis(bytes.toByteArray());
        MaxentScores built = MaxentScores.of(model);
        for (int f = 0; f < features.length; f++) {
            double[] expected = weights(weights[f], 3);
            assertArrayEquals(expected, sums(read, features[f]), 0, features[f]);
            assertArrayEquals(expected, sums(built, features[f]), 0, features[f]);
        }
        assertEquals("Aa".hashCode(), "BB".hashCode());
    }

    @Test
    void aModelCutShortIsRefused() throws IOException {
        GISModel model = new GISModel(new Context[] {new Context(new int[] {0}, new double[] {1})}, new String[] {"w=a"},
                new String[] {"other"});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BinaryGISModelWriter(model, new DataOutputStream(bytes)).persist();
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 3);
        assertThrows(IOException.class, () -> MaxentScores.readGis(cut));
        byte[] other = "not a model".getBytes();
        assertThrows(IOException.class, () -> MaxentScores.readGis(other));
    }

    private static MaxentScores readBundledEntry() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(NameFinder.class.getResourceAsStream(NameFinder.BUNDLED_MODEL))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("nameFinder.model")) {
                    return MaxentScores.readGis(zip.readAllBytes());
                }
            }
        }
        throw new IOException("no nameFinder.model in the bundled model");
    }

    private static double[] weights(Context context, int outcomes) {
        double[] dense = new double[outcomes];
        for (int j = 0; j < context.getOutcomes().length; j++) {
            dense[context.getOutcomes()[j]] = context.getParameters()[j];
        }
        return dense;
    }

    private static double[] sums(MaxentScores scores, String feature) {
        double[] sums = new double[scores.outcomeCount()];
        scores.add(feature, sums);
        return sums;
    }
}
