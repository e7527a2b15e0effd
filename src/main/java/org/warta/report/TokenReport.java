package org.warta.report;

import java.util.List;
import org.warta.input.Section;
import org.warta.text.CodePointOffsets;
import org.warta.text.Sentence;
import org.warta.text.Segmenter;
import org.warta.text.Token;

/**
 * {@code document,sentence,index,token,start,end}: one row a token. Sentences and token indices
 * count from 1 within the document and the sentence; offsets are code points, end exclusive.
 */
public final class TokenReport implements SectionReport<List<Sentence>> {

    private final Segmenter segmenter;
    private final CsvTable table;
    private final SentenceNumbers numbers = new SentenceNumbers();

    public TokenReport(Segmenter segmenter, CsvOutput out) {
        this.segmenter = segmenter;
        this.table = new CsvTable(out, "document", "sentence", "index", "token", "start", "end");
    }

    @Override
    public List<Sentence> analyse(Section section) {
        return segmenter.segment(section.text());
    }

    @Override
    public void write(Section section, List<Sentence> sentences) {
        CodePointOffsets offsets = new CodePointOffsets(section.text());
        long start = section.codePointStart();
        int before = numbers.before(section);
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                table.row(section.document(), before + s + 1, t + 1, token.text(), start + offsets.at(token.start()),
                        start + offsets.at(token.end()));
            }
        }
    }

    @Override
    public void finish() {
        table.flush();
    }
}
