package org.warta.report;

import java.util.List;
import org.warta.input.Section;
import org.warta.text.CodePointOffsets;
import org.warta.text.Segmenter;
import org.warta.text.Sentence;
import org.warta.text.Token;

/**
 * {@code document,sentence,index,token,start,end}: one row a token. Sentences and token indices
 * count from 1 within the document and the sentence; offsets are code points, end exclusive.
 */
public final class TokenReport implements SectionReport<TokenReport.Segmented> {

    /**
     * A section's sentences, and its rows already formatted when the section starts its
     * document (its sentence numbers are then known before the sections ahead of it are written).
     */
    public record Segmented(List<Sentence> sentences, String rows) {
    }

    private final Segmenter segmenter;
    private final CsvOutput out;
    private final CsvTable table;
    private final SentenceNumbers numbers = new SentenceNumbers();

    public TokenReport(Segmenter segmenter, CsvOutput out) {
        this.segmenter = segmenter;
        this.out = out;
        this.table = new CsvTable(out, "document", "sentence", "index", "token", "start", "end");
    }

    /** Segments the section; formats its rows here, on the analysing thread, when it starts its document. */
    @Override
    public Segmented analyse(Section section) {
        List<Sentence> sentences = segmenter.segment(section.text());
        if (section.number() != 1) {
            return new Segmented(sentences, null);
        }
        StringBuilder rows = new StringBuilder(section.text().length() * 4);
        writeRows(CsvTable.fragment(new CsvOutput(rows, out.spreadsheetSafe())), section, sentences, 0);
        return new Segmented(sentences, rows.toString());
    }

    @Override
    public void write(Section section, Segmented segmented) {
        int before = numbers.before(section);
        if (segmented.rows() != null) {
            table.rows(segmented.rows());
        } else {
            writeRows(table, section, segmented.sentences(), before);
        }
        numbers.passed(segmented.sentences().size());
    }

    private static void writeRows(CsvTable table, Section section, List<Sentence> sentences, int before) {
        CodePointOffsets offsets = new CodePointOffsets(section.text());
        long start = section.codePointStart();
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
