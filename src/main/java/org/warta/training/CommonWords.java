package org.warta.training;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Learns from unlabelled news which words are common words rather than names: a word that the
 * articles write in lower case at least {@value #MIN_LOWER_CASE} times, and more often than
 * they capitalise it inside a sentence. "Kantor" at the start
 * of a sentence is then known for the common noun it is, while "Nikolai" never appears in lower
 * case. Only the vocabulary is kept, never a sentence.
 */
public final class CommonWords {

    static final int MIN_LOWER_CASE = 5;

    private CommonWords() {
    }

    /** Writes {@code words} as the word list the name rules read, with a header saying what it is. */
    public static void write(Path file, Set<String> words) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Common words: written in lower case at least " + MIN_LOWER_CASE + " times in the IndoSum news articles,");
        lines.add("# and more often than capitalised inside a sentence, so a capital at the start of a sentence");
        lines.add("# does not make them names. Learned by 'warta train names' (CommonWords); a list of words only,");
        lines.add("# derived from CC BY-SA 4.0 data (see NOTICE). One word a line, lower case.");
        lines.addAll(new TreeSet<>(words));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The common words of the IndoSum articles under {@code directory}, lower case, sorted. */
    public static TreeSet<String> learn(Path directory) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        IndoSumReader.forEachParagraph(directory, sentences -> {
            for (List<String> sentence : sentences) {
                for (int i = 1; i < sentence.size(); i++) {
                    String token = sentence.get(i);
                    int first = token.codePointAt(0);
                    if (!Character.isLetter(first)) {
                        continue;
                    }
                    int[] count = counts.computeIfAbsent(token.toLowerCase(Locale.ROOT), w -> new int[2]);
                    count[Character.isLowerCase(first) ? 0 : 1]++;
                }
            }
        });
        TreeSet<String> common = new TreeSet<>();
        counts.forEach((word, count) -> {
            if (count[0] >= MIN_LOWER_CASE && count[0] > count[1]) {
                common.add(word);
            }
        });
        return common;
    }
}
