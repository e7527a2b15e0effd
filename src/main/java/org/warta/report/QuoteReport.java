package org.warta.report;

import org.warta.input.Section;
import org.warta.quotes.FoundStatements;
import org.warta.quotes.QuoteFinder;
import org.warta.quotes.Speaker;
import org.warta.quotes.Statement;
import org.warta.text.CodePointOffsets;

/**
 * {@code document,sentence,start,end,speaker,type,role,cue,kind,quote}: one row a statement, in
 * the order of its words; offsets in code points, of the quoted or retold words; {@code speaker}
 * the entity as {@code count} names it (empty when the text does not tell), {@code type} and
 * {@code role} as in {@code mentions}.
 */
public final class QuoteReport implements SectionReport<FoundStatements> {

    private final QuoteFinder finder;
    private final QuoteFilter filter;
    private final CsvTable table;
    private final SentenceNumbers numbers = new SentenceNumbers();

    public QuoteReport(QuoteFinder finder, QuoteFilter filter, CsvOutput out) {
        this.finder = finder;
        this.filter = filter;
        this.table = new CsvTable(out, "document", "sentence", "start", "end", "speaker", "type", "role", "cue", "kind", "quote");
    }

    @Override
    public FoundStatements analyse(Section section) {
        return finder.find(section.text());
    }

    @Override
    public void write(Section section, FoundStatements found) {
        CodePointOffsets offsets = new CodePointOffsets(section.text());
        long start = section.codePointStart();
        int before = numbers.before(section);
        for (Statement statement : found.statements()) {
            if (filter.keeps(statement)) {
                Speaker speaker = statement.speaker();
                table.row(section.document(), before + statement.sentence(), start + offsets.at(statement.start()),
                        start + offsets.at(statement.end()), speaker.name(), speaker.isKnown() ? speaker.type() : "",
                        speaker.role(), statement.cue(), statement.kind(), statement.quote());
            }
        }
        numbers.passed(found.sentences());
    }

    @Override
    public void finish() {
        table.finish();
    }
}
