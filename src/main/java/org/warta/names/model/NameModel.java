package org.warta.names.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name model in the form the decoder reads fastest, the bundled {@code id-names.model}: the
 * weights of an OpenNLP maximum-entropy name model trained by {@code warta train names}, one
 * row of a primitive array per known feature with a column per outcome, and the features' exact
 * names in one character array, found through an open-addressing table of their hashes. A key
 * is compared with the stored name before its weights are used, so two features never share
 * weights however their hashes collide: the probabilities are OpenNLP's (a test compares them at
 * every word of the seeds).
 *
 * <p>The file is a few arrays written one after another (see {@link #write}), so loading is
 * reading them, not parsing OpenNLP's text format and building a map of objects.
 */
final class NameModel {

    /** "WNM2": the file format's name and version. */
    private static final int MAGIC = 0x574E4D32;
    private static final int DEFAULT_BEAM = 3;
    private static final String MODEL_ENTRY = "nameFinder.model";

    private final String[] outcomes;
    private final int beamSize;
    /** Where each feature's name ends in {@link #names}; it starts where the one before ends. */
    private final int[] nameEnds;
    private final char[] names;
    /** {@code weights[feature * outcomes + outcome]}. */
    private final double[] weights;
    /** Feature number plus one in the slot of its hash, or the next free one after it; 0 is empty. */
    private final int[] slots;
    /**
     * The hash of the feature in each slot: most keys the decoder looks up are unknown, and
     * comparing hashes first spares comparing their characters with every feature on the way.
     */
    private final int[] slotHashes;

    private NameModel(String[] outcomes, int beamSize, int[] nameEnds, char[] names, double[] weights) {
        this.outcomes = outcomes;
        this.beamSize = beamSize;
        this.nameEnds = nameEnds;
        this.names = names;
        this.weights = weights;
        this.slots = new int[Integer.highestOneBit(Math.max(1, nameEnds.length)) << 2];
        this.slotHashes = new int[slots.length];
        int mask = slots.length - 1;
        for (int f = 0; f < nameEnds.length; f++) {
            int hash = FeatureKey.hash(names, start(f), nameEnds[f]);
            int slot = hash & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = f + 1;
            slotHashes[slot] = hash;
        }
    }

    /** Whether {@code head}, the first bytes of a file, are those of this format. */
    static boolean isCompact(byte[] head) {
        return head.length >= 4 && ByteBuffer.wrap(head).getInt() == MAGIC;
    }

    /** The weights of an OpenNLP name model trained by {@code warta train names}. */
    static NameModel from(TokenNameFinderModel model) {
        if (!(model.getFactory().createFeatureGenerators() instanceof NewsFeatureGenerator)
                || !(model.getArtifact(MODEL_ENTRY) instanceof AbstractModel maxent)
                || !(maxent instanceof GISModel || maxent instanceof QNModel)
                || !(model.getSequenceCodec() instanceof BioCodec)) {
            throw new IllegalArgumentException("not a name model trained by 'warta train names'");
        }
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        String[] outcomes = new String[maxent.getNumOutcomes()];
        Arrays.setAll(outcomes, maxent::getOutcome);
        @SuppressWarnings("unchecked")
        Map<String, Context> contexts = new TreeMap<>((Map<String, Context>) maxent.getDataStructures()[1]);
        int[] nameEnds = new int[contexts.size()];
        StringBuilder names = new StringBuilder();
        double[] weights = new double[contexts.size() * outcomes.length];
        int f = 0;
        for (Map.Entry<String, Context> feature : contexts.entrySet()) {
            names.append(feature.getKey());
            nameEnds[f] = names.length();
            int[] known = feature.getValue().getOutcomes();
            double[] parameters = feature.getValue().getParameters();
            for (int j = 0; j < known.length; j++) {
                weights[f * outcomes.length + known[j]] = parameters[j];
            }
            f++;
        }
        return new NameModel(outcomes, beam == null ? DEFAULT_BEAM : Integer.parseInt(beam), nameEnds,
                names.toString().toCharArray(), weights);
    }

    /** Reads a model that {@link #write} wrote. */
    static NameModel read(InputStream in) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(in.readAllBytes());
        try {
            if (file.getInt() != MAGIC) {
                throw new IOException("not a warta name model");
            }
            int beamSize = file.getInt();
            String[] outcomes = new String[file.getInt()];
            for (int o = 0; o < outcomes.length; o++) {
                outcomes[o] = utf8(file, file.getInt());
            }
            int[] nameEnds = new int[file.getInt()];
            file.asIntBuffer().get(nameEnds);
            file.position(file.position() + 4 * nameEnds.length);
            char[] names = utf8(file, file.getInt()).toCharArray();
            if (outcomes.length > Byte.SIZE || beamSize < 1 || !ascending(nameEnds, names.length)) {
                throw new IOException("a damaged warta name model");
            }
            double[] weights = new double[nameEnds.length * outcomes.length];
            for (int row = 0; row < weights.length; row += outcomes.length) {
                int known = Byte.toUnsignedInt(file.get());
                for (int o = 0; o < outcomes.length; o++) {
                    if ((known & 1 << o) != 0) {
                        weights[row + o] = file.getDouble();
                    }
                }
            }
            if (file.hasRemaining()) {
                throw new IOException("a damaged warta name model");
            }
            return new NameModel(outcomes, beamSize, nameEnds, names, weights);
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException
                | NegativeArraySizeException e) {
            throw new IOException("a damaged warta name model (it ends too soon)", e);
        }
    }

    private static String utf8(ByteBuffer file, int length) {
        String text = new String(file.array(), file.position(), length, StandardCharsets.UTF_8);
        file.position(file.position() + length);
        return text;
    }

    /**
     * Writes the model as {@link #read} reads it, big-endian: each array's length, then its
     * elements; text in UTF-8; and for each feature a byte whose bits say which outcomes have a
     * weight, then those weights. Most of a feature's outcomes have none (OpenNLP keeps only the
     * outcomes a feature was seen with), so the file is a third of the dense array's size.
     */
    void write(OutputStream out) throws IOException {
        if (outcomes.length > Byte.SIZE) {
            throw new IllegalStateException("more outcomes than a byte of flags holds: " + outcomes.length);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(MAGIC);
        data.writeInt(beamSize);
        data.writeInt(outcomes.length);
        for (String outcome : outcomes) {
            writeUtf8(outcome, data);
        }
        data.writeInt(nameEnds.length);
        for (int end : nameEnds) {
            data.writeInt(end);
        }
        writeUtf8(new String(names), data);
        for (int row = 0; row < weights.length; row += outcomes.length) {
            int known = 0;
            for (int o = 0; o < outcomes.length; o++) {
                known |= weights[row + o] != 0 ? 1 << o : 0;
            }
            data.writeByte(known);
            for (int o = 0; o < outcomes.length; o++) {
                if (weights[row + o] != 0) {
                    data.writeDouble(weights[row + o]);
                }
            }
        }
        data.flush();
        bytes.writeTo(out);
    }

    private static void writeUtf8(String text, DataOutputStream data) throws IOException {
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        data.writeInt(encoded.length);
        data.write(encoded);
    }

    int beamSize() {
        return beamSize;
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** Adds a feature's weight for each outcome to {@code sums}; a feature the model does not know adds nothing. */
    void add(FeatureKey key, double[] sums) {
        add(key, sums, 0);
    }

    /** Adds a feature's weight for each outcome to {@code sums} from {@code from} on. */
    void add(FeatureKey key, double[] sums, int from) {
        int mask = slots.length - 1;
        int hash = key.hash();
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int feature = slots[slot] - 1;
            if (slotHashes[slot] == hash && key.equalsRange(names, start(feature), nameEnds[feature])) {
                int row = feature * outcomes.length;
                for (int o = 0; o < outcomes.length; o++) {
                    sums[from + o] += weights[row + o];
                }
                return;
            }
        }
    }

    /**
     * Turns summed weights into probabilities, in place. With {@link Math#exp}, which the JIT
     * compiles to a few instructions; OpenNLP's own evaluation calls {@code StrictMath.exp}, a
     * software routine that took a quarter of {@code warta count}'s time.
     */
    static void normalise(double[] sums) {
        double total = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = Math.exp(sums[o]);
            total += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= total;
        }
    }

    private int start(int feature) {
        return feature == 0 ? 0 : nameEnds[feature - 1];
    }

    private static boolean ascending(int[] ends, int total) {
        int before = 0;
        for (int end : ends) {
            if (end < before) {
                return false;
            }
            before = end;
        }
        return ends.length == 0 ? total == 0 : before == total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameModel model && beamSize == model.beamSize && Arrays.equals(outcomes, model.outcomes)
                && Arrays.equals(nameEnds, model.nameEnds) && Arrays.equals(names, model.names)
                && Arrays.equals(weights, model.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }
}
