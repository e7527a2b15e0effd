package org.warta.names.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What the name model knows about a word beyond its spelling: the classes of words it falls
 * into in unlabelled news, word clusters learned from IndoSum in two sizes, for the word as
 * written. A resource written by {@code warta train names}, read once. The resource holds each
 * word's {@link #key}, not the word: no text of the corpus the classes were learned from is
 * shipped, not even a word that stands alone as one of its sentences (a heading, "Indonesia").
 */
public final class WordClasses {

    public static final String CLUSTERS = "word-clusters.txt";

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private WordClasses() {
    }

    /** The word's clusters, fine then coarse, or null when unlabelled news did not have it often enough. */
    static String[] clusters(String word) {
        return Loaded.CLUSTERS.get(key(word));
    }

    /**
     * A word's key in the resource: the 64-bit FNV-1a hash of its UTF-16 characters. Two of the
     * file's words never share one (the trainer checks), and a word the file does not hold takes
     * one of its keys about once in 10^15 words.
     */
    public static long key(String word) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    /** A key as the resource writes it: sixteen hexadecimal digits. */
    public static String keyText(String word) {
        return String.format("%016x", key(word));
    }

    /** Read on first use, so that tokenizing never pays for them. */
    private static final class Loaded {
        static final Map<Long, String[]> CLUSTERS = read(WordClasses.CLUSTERS);

        private static Map<Long, String[]> read(String resource) {
            Map<Long, String[]> table = new HashMap<>();
            // the 24,612 words of the bundled file fall into 4,151 pairs of classes: one array for each pair,
            // never changed, which keeps 2.4 MB less on the heap
            Map<String, String[]> byClasses = new HashMap<>();
            try (InputStream in = WordClasses.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing; run 'warta train names'");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.startsWith("#")) {
                        int tab = line.indexOf('\t');
                        table.put(Long.parseUnsignedLong(line, 0, tab, 16),
                                byClasses.computeIfAbsent(line.substring(tab + 1), classes -> classes.split("\t")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            return table;
        }
    }
}
