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
 * written. A resource written by {@code warta train names}, read once.
 */
public final class WordClasses {

    public static final String CLUSTERS = "word-clusters.txt";

    private WordClasses() {
    }

    /** The word's clusters, fine then coarse, or null when unlabelled news did not have it often enough. */
    static String[] clusters(String word) {
        return Loaded.CLUSTERS.get(word);
    }

    /** Read on first use, so that tokenizing never pays for them. */
    private static final class Loaded {
        static final Map<String, String[]> CLUSTERS = read(WordClasses.CLUSTERS);

        private static Map<String, String[]> read(String resource) {
            Map<String, String[]> table = new HashMap<>();
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
                        table.put(line.substring(0, tab), byClasses.computeIfAbsent(line.substring(tab + 1), classes -> classes.split("\t")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            return table;
        }
    }
}
