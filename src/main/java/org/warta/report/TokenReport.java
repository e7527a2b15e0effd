package org.warta.report;

import java.util.List;
import org.warta.input.Section;
import org.warta.input.SectionReader;
import org.warta.text.CodePointOffsets;
import org.warta.text.Segmenter;
import org.warta.text.Sentence;
import org.warta.text.Token;

/**
 * {@code document,sentence,index,token,start,end}: one row a token. Sentences and token indices
 * count from 1 within the document and the sentence; offsets are code points, end exclusive. In
 * CSV and TSV the rows are formatted on the thread that segmented the section, all but their
 * first two cells ({@link SentenceRows}).
 */
public final class TokenReport implements SectionReport<SentenceRows.Pending> {

    private final Segmenter segmenter;
    private final CsvTable table;
    private final SentenceRows rows;

    public TokenReport(Segmenter segmenter, CsvOutput out) {
        this.segmenter = segmenter;
        this.table = new CsvTable(out, "document", "sentence", "index", "token", "start", "end");
        this.rows = new SentenceRows(table);
    }

    @Override
    public SentenceRows.Pending analyse(Section section) {
        List<Sentence> sentences = segmenter.segment(section.text());
        int[] tokens = new int[sentences.size()];
        for (int s = 0; s < tokens.length; s++) {
            tokens[s] = sentences.get(s).tokens().size();
        }
        if (!rows.inParts()) {
            return SentenceRows.Pending.whole(tokens, sentences);
        }
        SentenceRows.Formatter formatter = rows.formatter(tokens, 24);
        CodePointOffsets offsets = new CodePointOffsets(section.text());
        long start = section.codePointStart();
        for (Sentence sentence : sentences) {
            List<Token> sentenceTokens = sentence.tokens();
            for (int t = 0; t < sentenceTokens.size(); t++) {
                Token token = sentenceTokens.get(t);
                formatter.row().number(t + 1).text(token.text()).number(start + offsets.at(token.start()))
                        .number(start + offsets.at(token.end()));
                formatter.endRow();
            }
        }
        return formatter.formatted();
    }

    @Override
    public void write(Section section, SentenceRows.Pending pending) {
        rows.write(section, pending, this::writeWhole);
    }

    private void writeWhole(Section section, List<Sentence> sentences, SentenceNumbers.Places places) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                table.row(section.document(), places.sentence(s + 1), t + 1, token.text(), places.codePoint(token.start()),
                        places.codePoint(token.end()));
            }
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
