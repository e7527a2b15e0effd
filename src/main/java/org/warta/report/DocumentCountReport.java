package org.warta.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.input.Document;
import org.warta.names.EntityFinder;
import org.warta.names.Mention;

/**
 * {@code document,entity,type,mentions,role}: one row an entity of a document, written as each
 * document is done; {@code role} is the first role the document gives the entity (or empty).
 */
public final class DocumentCountReport implements DocumentReport {

    private final EntityFinder finder;
    private final CountFilter filter;
    private final CsvTable table;

    public DocumentCountReport(EntityFinder finder, CountFilter filter, Appendable out) {
        this.finder = finder;
        this.filter = filter;
        this.table = new CsvTable(out, "document", "entity", "type", "mentions", "role");
    }

    @Override
    public void accept(Document document) {
        for (EntityCount count : count(finder.find(document.text()))) {
            if (filter.keeps(count)) {
                table.row(document.name(), count.entity(), count.type(), count.mentions(), count.role());
            }
        }
    }

    /** The entities of one document's mentions, in report order. */
    static List<EntityCount> count(List<Mention> mentions) {
        Map<String, EntityCount> counts = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            String key = mention.type() + "\t" + mention.entity();
            EntityCount old = counts.get(key);
            counts.put(key, old == null
                    ? new EntityCount(mention.entity(), mention.type(), 1, 1, mention.role())
                    : new EntityCount(old.entity(), old.type(), old.mentions() + 1, 1,
                            old.role().isEmpty() ? mention.role() : old.role()));
        }
        List<EntityCount> sorted = new ArrayList<>(counts.values());
        sorted.sort(EntityCount.REPORT_ORDER);
        return sorted;
    }

    @Override
    public void finish() {
        table.flush();
    }
}
