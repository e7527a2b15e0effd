package org.warta.names.rules;

import java.util.List;
import org.warta.names.NameSpan;
import org.warta.names.TitleCase;
import org.warta.names.model.NameFinder;

/** Finds the names in one sentence's tokens, model and rules together. */
public final class NameTagger {

    private final NameFinder finder;

    public NameTagger(NameFinder finder) {
        this.finder = finder;
    }

    /** The names of a sentence whose part in title case starts at {@code titleStart} ({@link TitleCase#titleStart}). */
    public List<NameSpan> tag(List<String> tokens, int titleStart) {
        return NameRules.refine(tokens, finder.find(tokens), titleStart);
    }

    public void startDocument() {
        finder.startDocument();
    }

    /** The names of a sentence taken as a document of its own, as the corpora give them. */
    public List<NameSpan> tagAlone(List<String> tokens) {
        finder.startDocument();
        return tag(tokens, TitleCase.titleStart(tokens));
    }
}
