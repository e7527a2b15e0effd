package org.warta.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.names.entities.EntityFolds;

/** The corpus's entities with their mentions and documents, summed document by document; two sums add up. */
public final class CorpusCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<EntityFolds.Entity, int[]> totals = new HashMap<>();

    /** Adds a document's entities with their mentions. */
    void addDocument(Map<EntityFolds.Entity, Integer> entities) {
        entities.forEach((entity, mentions) -> {
            int[] total = totals.computeIfAbsent(entity, e -> new int[2]);
            total[0] += mentions;
            total[1]++;
        });
    }

    public CorpusCounts merge(CorpusCounts other) {
        other.totals.forEach((entity, total) -> totals.merge(entity, total.clone(), (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
        return this;
    }

    /** The rows {@code entity,type,mentions,documents} the filter keeps, in report order. */
    public List<List<Object>> rows(CountFilter filter) {
        List<EntityCount> counts = new ArrayList<>(totals.size());
        totals.forEach((entity, total) -> counts.add(new EntityCount(entity.name(), entity.type(), total[0], total[1], "")));
        counts.sort(EntityCount.REPORT_ORDER);
        List<List<Object>> rows = new ArrayList<>();
        for (EntityCount count : counts) {
            if (filter.keeps(count)) {
                rows.add(List.of(count.entity(), count.type(), count.mentions(), count.documents()));
            }
        }
        return rows;
    }
}
