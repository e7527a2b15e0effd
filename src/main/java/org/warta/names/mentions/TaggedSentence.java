package org.warta.names.mentions;

import java.util.List;
import org.warta.names.NameSpan;
import org.warta.names.Words;
import org.warta.text.Token;

/**
 * One sentence of a document as the name tagger saw it: its number (from 1), its tokens and
 * their words, the names found, and where its part in title case starts (its length if none).
 */
record TaggedSentence(int number, List<Token> tokens, Words words, List<NameSpan> names, int titleStart) {

    /** The index of the first token that starts at or after {@code offset}, or the number of tokens. */
    int tokenAt(int offset) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }
}
