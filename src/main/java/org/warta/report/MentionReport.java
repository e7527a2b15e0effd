package org.warta.report;

import org.warta.input.Document;
import org.warta.names.EntityFinder;
import org.warta.names.Mention;
import org.warta.text.CodePointOffsets;

/**
 * {@code document,sentence,start,end,text,entity,type,role}: one row a mention, offsets in code
 * points; {@code entity} is the full name the mention refers to, {@code role} the title or
 * office written before it.
 */
public final class MentionReport implements DocumentReport {

    private final EntityFinder finder;
    private final CountFilter filter;
    private final CsvTable table;

    public MentionReport(EntityFinder finder, CountFilter filter, Appendable out) {
        this.finder = finder;
        this.filter = filter;
        this.table = new CsvTable(out, "document", "sentence", "start", "end", "text", "entity", "type", "role");
    }

    @Override
    public void accept(Document document) {
        CodePointOffsets offsets = new CodePointOffsets(document.text());
        for (Mention mention : finder.find(document.text())) {
            int start = offsets.at(mention.start());
            int end = offsets.at(mention.end());
            if (filter.keeps(mention.type())) {
                table.row(document.name(), mention.sentence(), start, end, mention.text(), mention.entity(),
                        mention.type(), mention.role());
            }
        }
    }

    @Override
    public void finish() {
        table.flush();
    }
}
