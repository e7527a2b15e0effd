package org.warta.report;

import org.warta.input.Section;
import org.warta.names.EntityFinder;
import org.warta.names.FoundMentions;

/**
 * {@code document,entity,type,mentions,role}: one row an entity of a document, written as each
 * document is done; {@code role} is the first role the document gives the entity (or empty).
 */
public final class DocumentCountReport implements SectionReport<FoundMentions> {

    private final EntityFinder finder;
    private final CountFilter filter;
    private final CsvTable table;
    private final DocumentTally tally = new DocumentTally();

    public DocumentCountReport(EntityFinder finder, CountFilter filter, CsvOutput out) {
        this.finder = finder;
        this.filter = filter;
        this.table = new CsvTable(out, "document", "entity", "type", "mentions", "role");
    }

    @Override
    public FoundMentions analyse(Section section) {
        return finder.find(section.text());
    }

    @Override
    public void write(Section section, FoundMentions found) {
        tally.add(found.mentions());
        if (section.last()) {
            for (EntityCount count : tally.drain()) {
                if (filter.keeps(count)) {
                    table.row(section.document(), count.entity(), count.type(), count.mentions(), count.role());
                }
            }
        }
    }

    @Override
    public void finish() {
        table.flush();
    }
}
