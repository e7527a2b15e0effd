package org.warta.report;

import java.util.List;
import org.warta.names.entities.EntityFinder;

/**
 * {@code document,entity,type,mentions,role}: one row an entity of a document, written as each
 * document is done; {@code role} is the first role the document gives the entity (or empty).
 */
public final class DocumentCountReport extends DocumentTallyReport {

    private final CountFilter filter;
    private final CsvTable table;

    public DocumentCountReport(EntityFinder finder, CountFilter filter, CsvOutput out) {
        super(finder);
        this.filter = filter;
        this.table = new CsvTable(out, "document", "entity", "type", "mentions", "role");
    }

    @Override
    void documentCounted(String document, List<EntityCount> counts) {
        for (EntityCount count : counts) {
            if (filter.keeps(count)) {
                table.row(document, count.entity(), count.type(), count.mentions(), count.role());
            }
        }
    }

    @Override
    public void finish() {
        table.finish();
    }
}
