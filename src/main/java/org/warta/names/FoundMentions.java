package org.warta.names;

import java.util.List;

/**
 * The mentions found in a text, in order, and how many sentences and tokens the text has (so
 * that a document read in sections numbers its sentences on from one section to the next, and
 * a summary needs no second pass).
 */
public record FoundMentions(List<Mention> mentions, int sentences, int tokens) {

    public FoundMentions {
        mentions = List.copyOf(mentions);
    }
}
