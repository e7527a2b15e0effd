package org.warta.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.names.Mention;

/** The entities of one document, counted over its sections, with the first role each is given. */
final class DocumentTally {

    private final Map<String, EntityCount> counts = new LinkedHashMap<>();

    void add(List<Mention> mentions) {
        for (Mention mention : mentions) {
            counts.merge(mention.type() + "\t" + mention.entity(),
                    new EntityCount(mention.entity(), mention.type(), 1, 1, mention.role()),
                    (old, one) -> new EntityCount(old.entity(), old.type(), old.mentions() + 1, 1,
                            old.role().isEmpty() ? one.role() : old.role()));
        }
    }

    /** The counts in report order; the tally is empty afterwards, ready for the next document. */
    List<EntityCount> drain() {
        List<EntityCount> sorted = new ArrayList<>(counts.values());
        sorted.sort(EntityCount.REPORT_ORDER);
        counts.clear();
        return sorted;
    }
}
