package org.warta.report;

import org.warta.input.Section;
import org.warta.text.CodePointOffsets;

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

    /** Where what was found in {@code section} stands in its document; the section is the next written. */
    Places places(Section section) {
        return new Places(before(section), section.codePointStart(), new CodePointOffsets(section.text()));
    }

    /** A section's sentence numbers and offsets as its document counts them. */
    record Places(int sentencesBefore, long codePointStart, CodePointOffsets offsets) {

        /** The document's number of the section's sentence {@code inSection} (both from 1). */
        int sentence(int inSection) {
            return sentencesBefore + inSection;
        }

        /** The document's code-point offset of the section's UTF-16 index {@code index}. */
        long codePoint(int index) {
            return codePointStart + offsets.at(index);
        }
    }

    /** Records that the section just written had {@code sentences} sentences. */
    void passed(int sentences) {
        before += sentences;
    }
}
