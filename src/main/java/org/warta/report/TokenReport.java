package org.warta.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.warta.input.Section;
import org.warta.input.SectionReader;
import org.warta.output.Utf8Writer;
import org.warta.text.CodePointOffsets;
import org.warta.text.Segmenter;
import org.warta.text.Sentence;
import org.warta.text.Token;

/**
 * {@code document,sentence,index,token,start,end}: one row a token. Sentences and token indices
 * count from 1 within the document and the sentence; offsets are code points, end exclusive.
 *
 * <p>In CSV and TSV the rows are formatted on the thread that segmented the section, all but
 * their first two cells: the sentence numbers of a section depend on how many sentences the
 * sections before it had, which only the writing thread knows. It then puts each row together
 * from the document's cell, the sentence number and the formatted rest.
 */
public final class TokenReport implements SectionReport<TokenReport.Segmented> {

    /**
     * A section's tokens, as they wait to be written: how many each sentence has, and where the
     * format allows, the rows without their first two cells, one after another in UTF-8 in {@code
     * rests}, row {@code r} ending at byte {@code ends[r]}; else (JSON lines) the sentences themselves.
     */
    public record Segmented(int[] sentenceSizes, byte[] rests, int[] ends, List<Sentence> sentences) {
    }

    private final Segmenter segmenter;
    private final CsvTable table;
    private final SentenceNumbers numbers = new SentenceNumbers();
    private String document;
    private String documentCells;

    public TokenReport(Segmenter segmenter, CsvOutput out) {
        this.segmenter = segmenter;
        this.table = new CsvTable(out, "document", "sentence", "index", "token", "start", "end");
    }

    @Override
    public Segmented analyse(Section section) {
        List<Sentence> sentences = segmenter.segment(section.text());
        int[] sentenceSizes = new int[sentences.size()];
        int rows = 0;
        for (int s = 0; s < sentenceSizes.length; s++) {
            sentenceSizes[s] = sentences.get(s).tokens().size();
            rows += sentenceSizes[s];
        }
        if (!table.formatsInParts()) {
            return new Segmented(sentenceSizes, null, null, sentences);
        }
        int[] ends = new int[rows];
        Utf8Writer rests = Utf8Writer.inMemory(rows * 24);
        CsvTable fragment = table.fragment(rests);
        CodePointOffsets offsets = new CodePointOffsets(section.text());
        long start = section.codePointStart();
        int row = 0;
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                fragment.number(t + 1).text(token.text()).number(start + offsets.at(token.start()))
                        .number(start + offsets.at(token.end())).endRow();
                ends[row++] = (int) rests.written();
            }
        }
        return new Segmented(sentenceSizes, rests.bytes(), ends, null);
    }

    @Override
    public void write(Section section, Segmented segmented) {
        int before = numbers.before(section);
        if (segmented.sentences() != null) {
            writeRows(section, segmented.sentences(), before);
        } else {
            if (!section.document().equals(document)) {
                document = section.document();
                documentCells = table.cell(document) + table.delimiter();
            }
            int row = 0;
            int from = 0;
            for (int s = 0; s < segmented.sentenceSizes().length; s++) {
                byte[] prefix = (documentCells + (before + s + 1) + table.delimiter()).getBytes(StandardCharsets.UTF_8);
                for (int t = 0; t < segmented.sentenceSizes()[s]; t++) {
                    table.appendUtf8(prefix, 0, prefix.length);
                    table.appendUtf8(segmented.rests(), from, segmented.ends()[row]);
                    from = segmented.ends()[row++];
                }
            }
        }
        numbers.passed(segmented.sentenceSizes().length);
    }

    private void writeRows(Section section, List<Sentence> sentences, int before) {
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
