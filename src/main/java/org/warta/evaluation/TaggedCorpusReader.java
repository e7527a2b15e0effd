package org.warta.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style named-entity files: one token a line, the token in the first column and
 * (when tagged) its IOB2 tag in the last, columns split by tabs or spaces, a blank line between
 * sentences, CR LF line ends tolerated. idner-news-2k ({@code token POS tag}) and NERGrit
 * ({@code token<TAB>tag}) both read this way.
 */
public final class TaggedCorpusReader {

    private TaggedCorpusReader() {
    }

    /** Sentences with their tags; a line with a single column is tagged {@code O}. */
    public static List<TaggedSentence> read(Reader in) throws IOException {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        BufferedReader reader = new BufferedReader(in);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    sentences.add(TaggedSentence.of(tokens, tags));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] columns = stripped.split(stripped.indexOf('\t') >= 0 ? "\t" : " +");
            tokens.add(columns[0]);
            tags.add(columns.length > 1 ? columns[columns.length - 1].strip() : "O");
        }
        if (!tokens.isEmpty()) {
            sentences.add(TaggedSentence.of(tokens, tags));
        }
        return sentences;
    }
}
