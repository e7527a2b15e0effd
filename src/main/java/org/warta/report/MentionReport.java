package org.warta.report;

import org.warta.input.Section;
import org.warta.names.FoundMentions;
import org.warta.names.Mention;
import org.warta.names.entities.EntityFinder;

/**
 * {@code document,sentence,start,end,text,entity,type,role}: one row a mention, offsets in code
 * points; {@code entity} is the full name the mention refers to, {@code role} the title or
 * office written before it.
 */
public final class MentionReport implements SectionReport<FoundMentions> {

    private final EntityFinder finder;
    private final CountFilter filter;
    private final CsvTable table;
    private final SentenceNumbers numbers = new SentenceNumbers();

    public MentionReport(EntityFinder finder, CountFilter filter, CsvOutput out) {
        this.finder = finder;
        this.filter = filter;
        this.table = new CsvTable(out, "document", "sentence", "start", "end", "text", "entity", "type", "role");
    }

    @Override
    public FoundMentions analyse(Section section) {
        return finder.find(section.text());
    }

    @Override
    public void write(Section section, FoundMentions found) {
        SentenceNumbers.Places places = numbers.places(section);
        for (Mention mention : found.mentions()) {
            if (filter.keeps(mention.type())) {
                table.row(section.document(), places.sentence(mention.sentence()), places.codePoint(mention.start()),
                        places.codePoint(mention.end()), mention.text(), mention.entity(), mention.type(), mention.role());
            }
        }
        numbers.passed(found.sentences());
    }

    @Override
    public void finish() {
        table.finish();
    }
}
