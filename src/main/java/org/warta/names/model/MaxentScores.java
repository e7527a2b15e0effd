package org.warta.names.model;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntConsumer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of an OpenNLP maximum-entropy name model, kept so that sums of feature weights can
 * be built up in parts and reused: the probability of an outcome is the exponential of the summed
 * weights of the context's features for it, normalised.
 *
 * <p>The weights are kept in a few primitive arrays rather than as OpenNLP keeps them (a map from
 * each feature's name to an object holding two arrays): a row of one array per feature with a
 * column per outcome, the features' names one after another in one character array, and an
 * open-addressing table of their hashes. That is about a third of the memory (10 MB against 25 MB
 * for the bundled model), and the bundled model is read straight into it ({@link #readGis}) in a
 * third of the time OpenNLP takes to build its map. A name is compared in full before its weights
 * are used, so the sums are exactly those of OpenNLP's model, whatever the hashes.
 *
 * <p>Normalising uses {@link Math#exp}, which the JIT compiles to a few instructions; OpenNLP's
 * own evaluation calls {@code StrictMath.exp}, a software routine that took a quarter of {@code
 * warta count}'s time.
 */
final class MaxentScores {

    /** The first string of OpenNLP's binary format for a GIS model. */
    private static final String GIS = "GIS";

    private final String[] outcomes;
    /** Where each feature's name ends in {@link #names}; it starts where the one before ends. */
    private final int[] nameEnds;
    private final char[] names;
    /** {@code weights[feature * outcomes.length + outcome]}, 0 where OpenNLP keeps no weight. */
    private final double[] weights;
    /** A feature's number plus one, in the slot of its hash or the first free one after it; 0 is empty. */
    private final int[] slots;
    /** How far a mixed hash is shifted to leave the bits of a slot: worked out once, as the quick compiler would not. */
    private final int slotShift;

    private MaxentScores(String[] outcomes, int[] nameEnds, char[] names, double[] weights) {
        this.outcomes = outcomes;
        this.nameEnds = nameEnds;
        this.names = names;
        this.weights = weights;
        this.slots = new int[Integer.highestOneBit(Math.max(1, nameEnds.length)) << 2];
        this.slotShift = Integer.numberOfLeadingZeros(slots.length - 1);
        for (int f = 0; f < nameEnds.length; f++) {
            int slot = slot(hash(names, start(f), nameEnds[f]));
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = f + 1;
        }
    }

    /** The weights of a model OpenNLP has read or trained. */
    @SuppressWarnings("unchecked")
    static MaxentScores of(AbstractModel model) {
        String[] outcomes = new String[model.getNumOutcomes()];
        Arrays.setAll(outcomes, model::getOutcome);
        Map<String, Context> contexts = (Map<String, Context>) model.getDataStructures()[1];
        int[] nameEnds = new int[contexts.size()];
        StringBuilder names = new StringBuilder();
        double[] weights = new double[contexts.size() * outcomes.length];
        int f = 0;
        for (Map.Entry<String, Context> feature : contexts.entrySet()) {
            names.append(feature.getKey());
            nameEnds[f] = names.length();
            int[] known = feature.getValue().getOutcomes();
            for (int j = 0; j < known.length; j++) {
                weights[f * outcomes.length + known[j]] = feature.getValue().getParameters()[j];
            }
            f++;
        }
        return new MaxentScores(outcomes, nameEnds, names.toString().toCharArray(), weights);
    }

    /**
     * Reads a GIS model in OpenNLP's binary format (the {@code nameFinder.model} entry of a model
     * file, written by {@code DataOutputStream}): "GIS", a correction constant and parameter that
     * evaluation no longer uses, the outcomes, the outcome patterns (how many features in a row
     * share which outcomes), the features' names (at most as many characters as
     * bytes are left) and, feature by feature, a weight for each
     * outcome of its pattern. The names go straight into one array of characters, not a string
     * each.
     */
    static MaxentScores readGis(byte[] file) throws IOException {
        try {
            ByteBuffer in = ByteBuffer.wrap(file);
            if (!GIS.equals(readUtf(in))) {
                throw new IOException("not a GIS model");
            }
            in.getInt();
            in.getDouble();
            String[] outcomes = new String[in.getInt()];
            for (int o = 0; o < outcomes.length; o++) {
                outcomes[o] = readUtf(in);
            }
            int[][] patterns = new int[in.getInt()][];
            for (int p = 0; p < patterns.length; p++) {
                String[] numbers = readUtf(in).split(" ");
                patterns[p] = new int[numbers.length];
                for (int j = 0; j < numbers.length; j++) {
                    patterns[p][j] = Integer.parseInt(numbers[j]);
                }
            }
            int[] nameEnds = new int[in.getInt()];
            char[] names = new char[namesLength(in, nameEnds.length)];
            int length = 0;
            for (int f = 0; f < nameEnds.length; f++) {
                length = decodeUtf(in, Short.toUnsignedInt(in.getShort()), names, length);
                nameEnds[f] = length;
            }
            double[] weights = new double[nameEnds.length * outcomes.length];
            int f = 0;
            for (int[] pattern : patterns) {
                for (int row = 0; row < pattern[0]; row++, f++) {
                    for (int j = 1; j < pattern.length; j++) {
                        weights[f * outcomes.length + pattern[j]] = in.getDouble();
                    }
                }
            }
            if (f != nameEnds.length || in.hasRemaining()) {
                throw new IOException("a damaged GIS model: " + f + " features weighed of " + nameEnds.length);
            }
            return new MaxentScores(outcomes, nameEnds, length == names.length ? names : Arrays.copyOf(names, length), weights);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("a damaged GIS model (it ends too soon)", e);
        }
    }

    /**
     * The bytes of the {@code count} names that start at the buffer's position, which the buffer
     * is left at: at least as many as their characters, and as many when they are all ASCII, as
     * the bundled model's are. An array of that size is half of one as long as the rest of the
     * file (the weights follow the names), and needs no copy: 5.2 MB less at every start, so that
     * a short run ends before its first garbage collection.
     */
    private static int namesLength(ByteBuffer in, int count) {
        int start = in.position();
        int bytes = 0;
        for (int f = 0; f < count; f++) {
            int length = Short.toUnsignedInt(in.getShort());
            bytes += length;
            in.position(in.position() + length);
        }
        in.position(start);
        return bytes;
    }

    private static String readUtf(ByteBuffer in) throws IOException {
        char[] chars = new char[Short.toUnsignedInt(in.getShort())];
        return new String(chars, 0, decodeUtf(in, chars.length, chars, 0));
    }

    /**
     * Decodes {@code bytes} bytes of Java's modified UTF-8 (as {@code DataOutputStream.writeUTF}
     * writes it) into {@code chars} from {@code at}, returning where the characters end; a string
     * never has more characters than bytes.
     */
    private static int decodeUtf(ByteBuffer in, int bytes, char[] chars, int at) throws IOException {
        int end = in.position() + bytes;
        while (in.position() < end) {
            int b = in.get() & 0xFF;
            if (b < 0x80) {
                chars[at++] = (char) b;
            } else if ((b & 0xE0) == 0xC0) {
                chars[at++] = (char) ((b & 0x1F) << 6 | continuation(in));
            } else if ((b & 0xF0) == 0xE0) {
                chars[at++] = (char) ((b & 0x0F) << 12 | continuation(in) << 6 | continuation(in));
            } else {
                throw new IOException("a damaged GIS model: a name is not modified UTF-8");
            }
        }
        if (in.position() != end) {
            throw new IOException("a damaged GIS model: a name is not modified UTF-8");
        }
        return at;
    }

    private static int continuation(ByteBuffer in) throws IOException {
        int b = in.get() & 0xFF;
        if ((b & 0xC0) != 0x80) {
            throw new IOException("a damaged GIS model: a name is not modified UTF-8");
        }
        return b & 0x3F;
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** Adds a feature's weight for each outcome to {@code sums}; an unknown feature adds nothing. */
    void add(String feature, double[] sums) {
        add(new FeatureName().start(feature), sums);
    }

    /** As {@link #add(String, double[])}, for a name put together from its parts. */
    void add(FeatureName feature, double[] sums) {
        int mask = slots.length - 1;
        for (int slot = slot(feature.hash()); slots[slot] != 0; slot = (slot + 1) & mask) {
            int f = slots[slot] - 1;
            if (isNamed(f, feature)) {
                int row = f * outcomes.length;
                for (int o = 0; o < outcomes.length; o++) {
                    sums[o] += weights[row + o];
                }
                return;
            }
        }
    }

    /** Hands the hash ({@link String#hashCode()}) of the name of each feature that starts with {@code prefix} to {@code hashes}. */
    void forEachNamed(String prefix, IntConsumer hashes) {
        for (int f = 0; f < nameEnds.length; f++) {
            int start = start(f);
            if (nameEnds[f] - start >= prefix.length() && namesHold(start, prefix)) {
                hashes.accept(hash(names, start, nameEnds[f]));
            }
        }
    }

    /** Adds weights already summed (for each outcome) to {@code sums}. */
    static void addSums(double[] weights, double[] sums) {
        for (int o = 0; o < sums.length; o++) {
            sums[o] += weights[o];
        }
    }

    /** Turns summed weights into probabilities, in place. */
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

    private boolean isNamed(int feature, FeatureName name) {
        int start = start(feature);
        if (nameEnds[feature] - start != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (names[start + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@link #names} holds {@code text} from {@code start} on. */
    private boolean namesHold(int start, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (names[start + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int start(int feature) {
        return feature == 0 ? 0 : nameEnds[feature - 1];
    }

    /** The slot for a hash: {@link String#hashCode()}'s low bits are poorly mixed for short names. */
    private int slot(int hash) {
        return (hash ^ hash >>> 16) * 0x9E3779B1 >>> slotShift & slots.length - 1;
    }

    /** {@link String#hashCode()} of {@code chars[from, to)}, without making the string. */
    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }
}
