package org.warta.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.warta.names.EntityType;

/**
 * Reads CoNLL-style named-entity files: one token a line, the token in the first column and
 * (when tagged) its IOB2 tag in the last, columns split by tabs or spaces, a blank line between
 * sentences, CR LF line ends tolerated. idner-news-2k ({@code token POS tag}) and NERGrit
 * ({@code token<TAB>tag}) both read this way. A line that is not so is an IOException whose
 * message gives its number ({@code line 7: ...}).
 */
public final class TaggedCorpusReader {

    private TaggedCorpusReader() {
    }

    /** Gold sentences: every token line ends in an IOB2 tag ({@code O}, {@code B-PER}, {@code I-LOCATION}, ...). */
    public static List<TaggedSentence> read(Reader in) throws IOException {
        return read(in, true);
    }

    /** Sentences to tag: the tokens alone, whatever columns follow them, each tagged {@code O}. */
    public static List<TaggedSentence> readTokens(Reader in) throws IOException {
        return read(in, false);
    }

    private static List<TaggedSentence> read(Reader in, boolean tagged) throws IOException {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        BufferedReader reader = new BufferedReader(in);
        int number = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String stripped = line.strip();
                if (stripped.isEmpty() || stripped.startsWith("-DOCSTART-")) {
                    if (!tokens.isEmpty()) {
                        sentences.add(new TaggedSentence(tokens, tags));
                        tokens = new ArrayList<>();
                        tags = new ArrayList<>();
                    }
                    continue;
                }
                if (stripped.indexOf('\0') >= 0) {
                    throw new IOException("line " + number + ": binary data (a NUL byte), not text");
                }
                String[] columns = stripped.split(stripped.indexOf('\t') >= 0 ? "\t" : " +");
                tokens.add(columns[0]);
                tags.add(tagged ? tag(columns, number) : "O");
            }
        } catch (CharacterCodingException e) {
            throw new IOException("line " + (number + 1) + ": not UTF-8 text (binary data, or another encoding)", e);
        }
        if (!tokens.isEmpty()) {
            sentences.add(new TaggedSentence(tokens, tags));
        }
        return sentences;
    }

    /** The tag a line ends in, with its type in full: {@code B-PER} becomes {@code B-PERSON}. */
    private static String tag(String[] columns, int number) throws IOException {
        String tag = columns[columns.length - 1].strip();
        if (columns.length < 2) {
            throw new IOException("line " + number + ": no tag after the token (gold lines end in O, B-TYPE or I-TYPE)");
        }
        if (tag.equals("O")) {
            return tag;
        }
        if (tag.length() < 3 || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I') || tag.charAt(1) != '-') {
            throw new IOException("line " + number + ": '" + tag + "' is not an IOB2 tag (O, B-TYPE or I-TYPE)");
        }
        try {
            return tag.substring(0, 2) + EntityType.fromTag(tag.substring(2)).name();
        } catch (IllegalArgumentException e) {
            throw new IOException("line " + number + ": '" + tag + "' has a type warta does not know (PER, ORG, LOC and "
                    + "their long forms)", e);
        }
    }
}
