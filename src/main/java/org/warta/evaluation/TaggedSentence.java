package org.warta.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.warta.names.EntityType;
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

    /** {@code tag} with its type in full: {@code B-PER} becomes {@code B-PERSON}, {@code O} stays. */
    static String normalize(String tag) {
        if (tag.equals("O") || tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        return tag.substring(0, 2) + EntityType.fromTag(tag.substring(2)).name();
    }

    static TaggedSentence of(List<String> tokens, List<String> rawTags) {
        List<String> tags = new ArrayList<>(rawTags.size());
        rawTags.forEach(tag -> tags.add(normalize(tag)));
        return new TaggedSentence(tokens, tags);
    }
}
