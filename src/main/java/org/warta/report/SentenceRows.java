package org.warta.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.warta.input.Section;
import org.warta.output.Utf8Writer;
import org.warta.text.Sentence;

/**
 * Rows of a report over sentences (a row a token, a row a sentence) put together from parts. The
 * thread that segments a section formats each row but its first two cells, in UTF-8 ({@link
 * Formatter}); the writing thread puts the document's cell and the sentence's number before each
 * ({@link #write}), as the number depends on how many sentences the sections before had, which
 * only it knows. The writing thread, the one thread every row passes through, then only copies
 * bytes. Where the format does not allow parts (JSON lines, workbooks), a report keeps the
 * sentences and writes whole rows.
 */
public final class SentenceRows {

    /**
     * A section's sentences as they wait to be written: how many rows each has, and where the
     * format allows, the rows without their first two cells, one after another in UTF-8 in {@code
     * rests}, row {@code r} ending at byte {@code ends[r]}; else the sentences themselves.
     */
    public record Pending(int[] rowsPerSentence, byte[] rests, int[] ends, List<Sentence> sentences) {

        static Pending whole(int[] rowsPerSentence, List<Sentence> sentences) {
            return new Pending(rowsPerSentence, null, null, sentences);
        }
    }

    /** Formats one section's rows, each but its first two cells: its cells into {@link #row()}, then {@link #endRow()}. */
    static final class Formatter {

        private final int[] rowsPerSentence;
        private final Utf8Writer rests;
        private final CsvTable fragment;
        private final int[] ends;
        private int row;

        private Formatter(CsvTable table, int[] rowsPerSentence, int bytesPerRow) {
            this.rowsPerSentence = rowsPerSentence;
            int rows = 0;
            for (int count : rowsPerSentence) {
                rows += count;
            }
            this.ends = new int[rows];
            this.rests = Utf8Writer.inMemory(rows * bytesPerRow);
            this.fragment = table.fragment(rests);
        }

        CsvTable row() {
            return fragment;
        }

        void endRow() {
            fragment.endRow();
            ends[row++] = (int) rests.written();
        }

        Pending formatted() {
            return new Pending(rowsPerSentence, rests.bytes(), ends, null);
        }
    }

    /** Writes the whole rows of a section's sentences, where the format takes no parts. */
    @FunctionalInterface
    interface WholeRows {
        void write(Section section, List<Sentence> sentences, SentenceNumbers.Places places);
    }

    private final CsvTable table;
    private final SentenceNumbers numbers = new SentenceNumbers();
    private String document;
    private String documentCells;

    SentenceRows(CsvTable table) {
        this.table = table;
    }

    /** Whether rows can be formatted in parts in this table's format. */
    boolean inParts() {
        return table.formatsInParts();
    }

    /** A formatter of a section's rows, {@code rowsPerSentence[s]} for sentence {@code s}, of about {@code bytesPerRow} each. */
    Formatter formatter(int[] rowsPerSentence, int bytesPerRow) {
        return new Formatter(table, rowsPerSentence, bytesPerRow);
    }

    /**
     * Writes a section's rows, the next section of the report: those formatted in parts, or else
     * whole through {@code whole}, its sentences numbered on from the document's sections before.
     */
    void write(Section section, Pending pending, WholeRows whole) {
        if (pending.sentences() == null) {
            writeParts(section.document(), numbers.before(section), pending);
        } else {
            whole.write(section, pending.sentences(), numbers.places(section));
        }
        numbers.passed(pending.rowsPerSentence().length);
    }

    /** Writes rows formatted in parts, the section's first sentence numbered {@code sentencesBefore + 1} in its document. */
    private void writeParts(String document, int sentencesBefore, Pending pending) {
        if (!document.equals(this.document)) {
            this.document = document;
            documentCells = table.cell(document) + table.delimiter();
        }
        int row = 0;
        int from = 0;
        for (int s = 0; s < pending.rowsPerSentence().length; s++) {
            byte[] prefix = (documentCells + (sentencesBefore + s + 1) + table.delimiter()).getBytes(StandardCharsets.UTF_8);
            for (int r = 0; r < pending.rowsPerSentence()[s]; r++) {
                table.appendUtf8(prefix, 0, prefix.length);
                table.appendUtf8(pending.rests(), from, pending.ends()[row]);
                from = pending.ends()[row++];
            }
        }
    }
}
