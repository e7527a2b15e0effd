package org.warta.report;

import java.util.List;
import org.warta.input.Document;
import org.warta.text.CodePointOffsets;
import org.warta.text.Sentence;
import org.warta.text.TextSegmenter;

/** {@code document,sentence,start,end,text}: one row a sentence, offsets in code points. */
public final class SentenceReport implements DocumentReport {

    private final TextSegmenter segmenter;
    private final CsvTable table;

    public SentenceReport(TextSegmenter segmenter, Appendable out) {
        this.segmenter = segmenter;
        this.table = new CsvTable(out, "document", "sentence", "start", "end", "text");
    }

    @Override
    public void accept(Document document) {
        List<Sentence> sentences = segmenter.segment(document.text());
        CodePointOffsets offsets = new CodePointOffsets(document.text());
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            table.row(document.name(), s + 1, offsets.at(sentence.start()), offsets.at(sentence.end()),
                    sentence.text(document.text()));
        }
    }

    @Override
    public void finish() {
        table.flush();
    }
}
