package org.warta.report;

import org.warta.input.Section;

/**
 * Numbers a document's sentences on from one section to the next: each section numbers its
 * own from 1, and the writer adds how many the document's earlier sections had.
 */
final class SentenceNumbers {

    private int before;

    /** How many sentences came before {@code section} in its document. */
    int before(Section section) {
        if (section.number() == 1) {
            before = 0;
        }
        return before;
    }

    /** Records that the section just written had {@code sentences} sentences. */
    void passed(int sentences) {
        before += sentences;
    }
}
