package org.warta.report;

import java.util.List;
import org.warta.input.Section;
import org.warta.input.SectionReader;
import org.warta.text.Sentence;
import org.warta.text.Segmenter;

/** {@code document,sentence,start,end,text}: one row a sentence, offsets in code points. */
public final class SentenceReport implements SectionReport<List<Sentence>> {

    private final Segmenter segmenter;
    private final CsvTable table;
    private final SentenceNumbers numbers = new SentenceNumbers();

    public SentenceReport(Segmenter segmenter, CsvOutput out) {
        this.segmenter = segmenter;
        this.table = new CsvTable(out, "document", "sentence", "start", "end", "text");
    }

    @Override
    public List<Sentence> analyse(Section section) {
        return segmenter.segment(section.text());
    }

    @Override
    public void write(Section section, List<Sentence> sentences) {
        SentenceNumbers.Places places = numbers.places(section);
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            table.row(section.document(), places.sentence(s + 1), places.codePoint(sentence.start()),
                    places.codePoint(sentence.end()), sentence.text(section.text()));
        }
        numbers.passed(sentences.size());
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
