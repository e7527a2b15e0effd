package org.warta.names.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NameModelTest {

    private static NameModel model;
    private static byte[] written;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.BUNDLED_MODEL)) {
            model = NameModel.read(in);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        written = out.toByteArray();
    }

    @Test
    void writtenModelReadsBackTheSame() throws IOException {
        assertEquals(model, NameModel.read(new ByteArrayInputStream(written)));
        assertTrue(NameModel.isCompact(written));
    }

    @Test
    void knownFeatureAddsItsWeightsAndAnUnknownOneNothing() {
        double[] bias = new double[model.outcomeCount()];
        model.add(new FeatureKey(null).start("def"), bias);
        assertTrue(Arrays.stream(bias).anyMatch(weight -> weight != 0), Arrays.toString(bias));
        double[] unknown = new double[model.outcomeCount()];
        model.add(new FeatureKey(null).start("w=").add("no such word in any news"), unknown);
        assertArrayEquals(new double[model.outcomeCount()], unknown);
    }

    /** A key is compared with the feature's name, so one that only shares its prefix finds nothing. */
    @Test
    void keyMatchesOnlyTheWholeName() {
        double[] sums = new double[model.outcomeCount()];
        model.add(new FeatureKey(null).start("de"), sums);
        model.add(new FeatureKey(null).start("def").add('x'), sums);
        assertArrayEquals(new double[model.outcomeCount()], sums);
    }

    @Test
    void cutOrDamagedFileIsRefused() {
        byte[] cut = Arrays.copyOf(written, written.length / 2);
        assertThrows(IOException.class, () -> NameModel.read(new ByteArrayInputStream(cut)));
        byte[] longer = Arrays.copyOf(written, written.length + 1);
        assertThrows(IOException.class, () -> NameModel.read(new ByteArrayInputStream(longer)));
        byte[] other = "PK\u0003\u0004 an OpenNLP model is a zip".getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(NameModel.isCompact(other));
        assertThrows(IOException.class, () -> NameModel.read(new ByteArrayInputStream(other)));
    }
}
