package org.warta.report;

import java.util.Arrays;
import java.util.List;
import org.warta.input.Section;
import org.warta.input.SectionReader;
import org.warta.text.CodePointOffsets;
import org.warta.text.Sentence;
import org.warta.text.Segmenter;

/**
 * {@code document,sentence,start,end,text}: one row a sentence, offsets in code points. In CSV and
 * TSV the rows are formatted on the thread that segmented the section, all but their first two
 * cells ({@link SentenceRows}).
 */
public final class SentenceReport implements SectionReport<SentenceRows.Pending> {

    private final Segmenter segmenter;
    private final CsvTable table;
    private final SentenceRows rows;

    public SentenceReport(Segmenter segmenter, CsvOutput out) {
        this.segmenter = segmenter;
        this.table = new CsvTable(out, "document", "sentence", "start", "end", "text");
        this.rows = new SentenceRows(table);
    }

    @Override
    public SentenceRows.Pending analyse(Section section) {
        List<Sentence> sentences = segmenter.segment(section.text());
        int[] one = new int[sentences.size()];
        Arrays.fill(one, 1);
        if (!rows.inParts()) {
            return SentenceRows.Pending.whole(one, sentences);
        }
        SentenceRows.Formatter formatter = rows.formatter(one, 32 + section.text().length() / Math.max(1, one.length));
        CodePointOffsets offsets = new CodePointOffsets(section.text());
        long start = section.codePointStart();
        for (Sentence sentence : sentences) {
            formatter.row().number(start + offsets.at(sentence.start())).number(start + offsets.at(sentence.end()))
                    .text(sentence.text(section.text()));
            formatter.endRow();
        }
        return formatter.formatted();
    }

    @Override
    public void write(Section section, SentenceRows.Pending pending) {
        rows.write(section, pending, this::writeWhole);
    }

    private void writeWhole(Section section, List<Sentence> sentences, SentenceNumbers.Places places) {
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            table.row(section.document(), places.sentence(s + 1), places.codePoint(sentence.start()),
                    places.codePoint(sentence.end()), sentence.text(section.text()));
        }
    }

    /** Tokens and sentences need no context beyond their paragraph. */
    @Override
    public int sectionLimit() {
        return SectionReader.SENTENCE_LIMIT;
    }

    @Override
    public void finish() {
        table.finish();
    }
}
