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
 *
 * <p>The rows are formatted on the thread that segmented the section, all but their first two
 * cells: the sentence numbers of a section depend on how many sentences the sections before it
 * had, which only the writing thread knows. It then puts each row together from the document's
 * cell, the sentence number and the formatted rest.
 */
public final class TokenReport implements SectionReport<TokenReport.Formatted> {

    /**
     * A section's rows without their first two cells, one after another in {@code rests}: row
     * {@code r} ends at {@code ends[r]} and belongs to the section's sentence {@code sentenceOf[r]}.
     */
    public record Formatted(int sentences, String rests, int[] ends, int[] sentenceOf) {
    }

    private final Segmenter segmenter;
    private final CsvOutput out;
    private final CsvTable table;
    private final SentenceNumbers numbers = new SentenceNumbers();
    private String document;
    private String documentCell;

    public TokenReport(Segmenter segmenter, CsvOutput out) {
        this.segmenter = segmenter;
        this.out = out;
        this.table = new CsvTable(out, "document", "sentence", "index", "token", "start", "end");
    }

    @Override
    public Formatted analyse(Section section) {
        List<Sentence> sentences = segmenter.segment(section.text());
        int rows = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
        int[] ends = new int[rows];
        int[] sentenceOf = new int[rows];
        StringBuilder rests = new StringBuilder(rows * 24);
        CsvTable fragment = CsvTable.fragment(new CsvOutput(rests, out.spreadsheetSafe()));
        CodePointOffsets offsets = new CodePointOffsets(section.text());
        long start = section.codePointStart();
        int row = 0;
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                fragment.row(t + 1, token.text(), start + offsets.at(token.start()), start + offsets.at(token.end()));
                ends[row] = rests.length();
                sentenceOf[row++] = s + 1;
            }
        }
        return new Formatted(sentences.size(), rests.toString(), ends, sentenceOf);
    }

    @Override
    public void write(Section section, Formatted formatted) {
        if (!section.document().equals(document)) {
            document = section.document();
            documentCell = table.cell(document) + ",";
        }
        int before = numbers.before(section);
        int from = 0;
        int sentence = 0;
        String prefix = "";
        for (int r = 0; r < formatted.ends().length; r++) {
            if (formatted.sentenceOf()[r] != sentence) {
                sentence = formatted.sentenceOf()[r];
                prefix = documentCell + (before + sentence) + ",";
            }
            table.append(prefix, 0, prefix.length());
            table.append(formatted.rests(), from, formatted.ends()[r]);
            from = formatted.ends()[r];
        }
        numbers.passed(formatted.sentences());
    }

    @Override
    public void finish() {
        table.flush();
    }
}
