package org.warta.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sentences of a CoNLL-U file with their surface tokens: a multiword token's range
 * line ({@code 6-7 membacanya}) is the surface token and the word lines it covers are
 * skipped; empty nodes ({@code 8.1}) are not tokens. A line that is not CoNLL-U is an
 * IOException whose message gives its number ({@code line 7: ...}).
 */
public final class ConlluReader {

    private ConlluReader() {
    }

    /** The sentences of {@code file}; an error names the file and the line. */
    public static List<ConlluSentence> read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public static List<ConlluSentence> read(Reader in) throws IOException {
        List<ConlluSentence> sentences = new ArrayList<>();
        BufferedReader reader = new BufferedReader(in);
        String text = null;
        List<String> tokens = new ArrayList<>();
        int coveredUntil = 0;
        int number = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                line = line.strip();
                if (line.isEmpty()) {
                    if (!tokens.isEmpty()) {
                        sentences.add(sentence(text, tokens, number));
                    }
                    text = null;
                    tokens = new ArrayList<>();
                    coveredUntil = 0;
                } else if (line.startsWith("# text =")) {
                    text = line.substring("# text =".length()).strip();
                } else if (!line.startsWith("#")) {
                    String[] columns = line.split("\t", 3);
                    if (columns.length < 2 || line.indexOf('\0') >= 0) {
                        throw new IOException("line " + number + ": not a CoNLL-U word line (a word number, a tab, the word)");
                    }
                    String id = columns[0];
                    int dash = id.indexOf('-');
                    if (dash > 0) {
                        tokens.add(columns[1]);
                        coveredUntil = wordNumber(id.substring(dash + 1), number);
                    } else if (id.indexOf('.') < 0 && wordNumber(id, number) > coveredUntil) {
                        tokens.add(columns[1]);
                    }
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException("line " + (number + 1) + ": not UTF-8 text (binary data, or another encoding)", e);
        }
        if (!tokens.isEmpty()) {
            sentences.add(sentence(text, tokens, number + 1));
        }
        return sentences;
    }

    private static int wordNumber(String id, int number) throws IOException {
        try {
            return Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw new IOException("line " + number + ": '" + id + "' is not a word number (1, 2, ..., or a range 6-7)", e);
        }
    }

    /** The sentence that ends before line {@code end}. */
    private static ConlluSentence sentence(String text, List<String> tokens, int end) throws IOException {
        if (text == null) {
            throw new IOException("line " + end + ": the sentence that ends here has no '# text =' line");
        }
        return new ConlluSentence(text, tokens);
    }
}
