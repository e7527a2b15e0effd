package org.warta.report;

import org.warta.input.Section;
import org.warta.quotes.FoundStatements;
import org.warta.quotes.QuoteFinder;
import org.warta.quotes.Speaker;
import org.warta.quotes.Statement;

/**
 * {@code document,sentence,start,end,speaker,type,role,cue,kind,quote}: one row a statement, in
 * the order of its words; offsets in code points, of the quoted or retold words; {@code speaker}
 * the entity as {@code count} names it (empty when the text does not tell), {@code type} and
 * {@code role} as in {@code mentions}.
 */
public final class QuoteReport extends StatementReport {

    private final CsvTable table;
    private final SentenceNumbers numbers = new SentenceNumbers();

    public QuoteReport(QuoteFinder finder, QuoteFilter filter, CsvOutput out) {
        super(finder, filter);
        this.table = new CsvTable(out, "document", "sentence", "start", "end", "speaker", "type", "role", "cue", "kind", "quote");
    }

    @Override
    public void write(Section section, FoundStatements found) {
        SentenceNumbers.Places places = numbers.places(section);
        for (Statement statement : found.statements()) {
            if (filter.keeps(statement)) {
                Speaker speaker = statement.speaker();
                table.row(section.document(), places.sentence(statement.sentence()), places.codePoint(statement.start()),
                        places.codePoint(statement.end()), speaker.name(), speaker.isKnown() ? speaker.type() : "",
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
