package org.warta.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.entities.EntityFolds.Entity;

/**
 * Pairs of entities mentioned together, counted window by window (a sentence or a document),
 * with the documents they meet in; two counts add up. Each pair once, the two in name order.
 *
 * <p>Pairs grow with the square of the entities that meet: a document of a few megabytes, or a
 * "sentence" of a text without punctuation, can name thousands, and millions of pairs took
 * more memory than any heap. So the pairs of a window are those of the
 * {@value CoMentionReport#MOST_PAIRED} entities it mentions most (then first by name); a news
 * article names fewer.
 */
public final class PairCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<Entity> ENTITY_ORDER = Comparator.comparing(Entity::name).thenComparing(Entity::type);

    private record Pair(Entity a, Entity b) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final Comparator<Map.Entry<Pair, int[]>> ROW_ORDER =
            Comparator.<Map.Entry<Pair, int[]>>comparingInt(e -> -e.getValue()[0])
                    .thenComparing(e -> e.getKey().a(), ENTITY_ORDER).thenComparing(e -> e.getKey().b(), ENTITY_ORDER);

    private static final Comparator<Map.Entry<Entity, Integer>> MOST_MENTIONED =
            Map.Entry.<Entity, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(ENTITY_ORDER));

    private final Set<EntityType> types;
    private final Map<Pair, int[]> counts = new HashMap<>();

    /** Counts the pairs of entities of {@code types}. */
    public PairCounts(Set<EntityType> types) {
        this.types = Set.copyOf(types);
    }

    /** Counts the pairs of each window of a document once more, and the document once for each pair that meets in it. */
    void addDocument(List<Map<Entity, Integer>> windows) {
        Set<Pair> inDocument = new HashSet<>();
        for (Map<Entity, Integer> window : windows) {
            List<Entity> paired = window.entrySet().stream().filter(e -> types.contains(e.getKey().type())).sorted(MOST_MENTIONED)
                    .limit(CoMentionReport.MOST_PAIRED).map(Map.Entry::getKey).sorted(ENTITY_ORDER).toList();
            for (int i = 0; i < paired.size(); i++) {
                for (int j = i + 1; j < paired.size(); j++) {
                    Pair pair = new Pair(paired.get(i), paired.get(j));
                    counts.computeIfAbsent(pair, p -> new int[2])[0]++;
                    inDocument.add(pair);
                }
            }
        }
        for (Pair pair : inDocument) {
            counts.get(pair)[1]++;
        }
    }

    public PairCounts merge(PairCounts other) {
        other.counts.forEach((pair, count) -> counts.merge(pair, count.clone(), (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
        return this;
    }

    /** The rows {@code entity_a,type_a,entity_b,type_b,count,documents} counted at least {@code minCount} times, by count descending, then names. */
    public List<List<Object>> rows(int minCount) {
        List<Map.Entry<Pair, int[]>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(ROW_ORDER);
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<Pair, int[]> row : sorted) {
            if (row.getValue()[0] >= minCount) {
                Pair pair = row.getKey();
                rows.add(List.of(pair.a().name(), pair.a().type(), pair.b().name(), pair.b().type(), row.getValue()[0], row.getValue()[1]));
            }
        }
        return rows;
    }
}
