package org.warta.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.names.entities.EntityFinder;

/**
 * {@code entity,type,mentions,documents}: one row an entity of the whole corpus, written when
 * the last document is done. The same full name in two documents is one entity. Only the
 * counts are kept between documents.
 */
public final class CorpusCountReport extends DocumentTallyReport {

    private final CountFilter filter;
    private final CsvTable table;
    private final Map<String, EntityCount> totals = new HashMap<>();

    public CorpusCountReport(EntityFinder finder, CountFilter filter, CsvOutput out) {
        super(finder);
        this.filter = filter;
        this.table = new CsvTable(out, "entity", "type", "mentions", "documents");
    }

    @Override
    void documentCounted(String document, List<EntityCount> counts) {
        for (EntityCount count : counts) {
            totals.merge(count.type() + "\t" + count.entity(), count, (a, b) -> new EntityCount(a.entity(), a.type(),
                    a.mentions() + b.mentions(), a.documents() + b.documents(), a.role()));
        }
    }

    @Override
    public void finish() {
        List<EntityCount> sorted = new ArrayList<>(totals.values());
        sorted.sort(EntityCount.REPORT_ORDER);
        for (EntityCount count : sorted) {
            if (filter.keeps(count)) {
                table.row(count.entity(), count.type(), count.mentions(), count.documents());
            }
        }
        table.finish();
    }
}
