package org.warta.report;

import org.warta.input.Section;
import org.warta.input.SectionReader;

/**
 * A report built section by section: {@link #analyse} does the heavy work and may run on many
 * threads at once; {@link #write} gets the results one at a time in input order, so the rows
 * come out the same however many threads there are.
 *
 * @param <R> what the analysis of one section gives
 */
public interface SectionReport<R> {

    /** Analyses one section. Must be safe to call from several threads at once. */
    R analyse(Section section);

    /** Writes the rows of one analysed section; called in input order, from one thread. */
    void write(Section section, R result);

    /** Writes whatever the report still holds; called once, after the last section. */
    void finish();

    /**
     * The longest section, in characters, this report wants: the analysis of a section sees
     * nothing beyond it (names, for one, are resolved within a section), and shorter sections
     * take less memory and share one long document better among threads.
     */
    default int sectionLimit() {
        return SectionReader.CONTEXT_LIMIT;
    }
}
