package org.warta.evaluation;

import java.util.List;
import org.warta.names.NameSpan;

/**
 * A sentence of a named-entity corpus: its tokens and their IOB2 tags, with the type written in
 * full ({@code B-PERSON}, {@code I-LOCATION}, {@code O}) whatever the corpus wrote.
 */
public record TaggedSentence(List<String> tokens, List<String> tags) {

    public TaggedSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("a tag for every token: " + tokens.size() + " vs " + tags.size());
        }
    }

    /** The names the tags mark, as token spans; an I- tag that follows no B- of its type starts a name. */
    public List<NameSpan> names() {
        return NameSpan.fromTags(tags);
    }
}
