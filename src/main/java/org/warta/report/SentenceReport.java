package org.warta.report;

import org.warta.input.Document;
import org.warta.text.CodePointOffsets;
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
        CodePointOffsets offsets = new CodePointOffsets(document.text());
        int[] number = {0};
        segmenter.forEachSentence(document.text(), sentence -> table.row(document.name(), ++number[0],
                offsets.at(sentence.start()), offsets.at(sentence.end()), sentence.text(document.text())));
    }

    @Override
    public void finish() {
        table.flush();
    }
}
