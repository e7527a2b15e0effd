package org.warta.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sentences of a CoNLL-U file with their surface tokens: a multiword token's range
 * line ({@code 6-7 membacanya}) is the surface token and the word lines it covers are
 * skipped; empty nodes ({@code 8.1}) are not tokens.
 */
public final class ConlluReader {

    private ConlluReader() {
    }

    public static List<ConlluSentence> read(Path file) throws IOException {
        List<ConlluSentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text = null;
            List<String> tokens = new ArrayList<>();
            int coveredUntil = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty()) {
                    if (!tokens.isEmpty()) {
                        sentences.add(sentence(file, text, tokens));
                    }
                    text = null;
                    tokens = new ArrayList<>();
                    coveredUntil = 0;
                } else if (line.startsWith("# text =")) {
                    text = line.substring("# text =".length()).strip();
                } else if (!line.startsWith("#")) {
                    String[] columns = line.split("\t", 3);
                    String id = columns[0];
                    int dash = id.indexOf('-');
                    if (dash > 0) {
                        tokens.add(columns[1]);
                        coveredUntil = Integer.parseInt(id.substring(dash + 1));
                    } else if (id.indexOf('.') < 0 && Integer.parseInt(id) > coveredUntil) {
                        tokens.add(columns[1]);
                    }
                }
            }
            if (!tokens.isEmpty()) {
                sentences.add(sentence(file, text, tokens));
            }
        }
        return sentences;
    }

    private static ConlluSentence sentence(Path file, String text, List<String> tokens) throws IOException {
        if (text == null) {
            throw new IOException(file + ": a sentence has no '# text =' line");
        }
        return new ConlluSentence(text, tokens);
    }
}
