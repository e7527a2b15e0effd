package org.warta.report;

import java.util.List;
import org.warta.input.Document;
import org.warta.text.CodePointOffsets;
import org.warta.text.TextSegmenter;
import org.warta.text.Token;

/**
 * {@code document,sentence,index,token,start,end}: one row a token. Sentences and token indices
 * count from 1 within the document and the sentence; offsets are code points, end exclusive.
 */
public final class TokenReport implements DocumentReport {

    private final TextSegmenter segmenter;
    private final CsvTable table;

    public TokenReport(TextSegmenter segmenter, Appendable out) {
        this.segmenter = segmenter;
        this.table = new CsvTable(out, "document", "sentence", "index", "token", "start", "end");
    }

    @Override
    public void accept(Document document) {
        CodePointOffsets offsets = new CodePointOffsets(document.text());
        int[] number = {0};
        segmenter.forEachSentence(document.text(), sentence -> {
            number[0]++;
            List<Token> tokens = sentence.tokens();
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                table.row(document.name(), number[0], t + 1, token.text(), offsets.at(token.start()),
                        offsets.at(token.end()));
            }
        });
    }

    @Override
    public void finish() {
        table.flush();
    }
}
