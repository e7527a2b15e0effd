package org.warta.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.warta.input.Section;
import org.warta.names.EntityType;
import org.warta.names.FoundMentions;
import org.warta.names.Mention;
import org.warta.names.entities.EntityFinder;

/**
 * {@code entity_a,type_a,entity_b,type_b,count,documents}: pairs of entities mentioned together,
 * after short names are resolved. Undirected: each pair once, the two in name order. With the
 * sentence window, {@code count} is the number of sentences that mention both; with the
 * document window, the number of documents. {@code documents} is in how many documents they
 * meet. Rows by count descending, then names. Only the pair counts are kept between documents.
 *
 * <p>Pairs grow with the square of the entities that meet: a document of a few megabytes, or a
 * "sentence" of a text without punctuation, can name thousands, and millions of pairs took
 * more memory than any heap. So the pairs of a sentence or document are those of the
 * {@value #MOST_PAIRED} entities it mentions most (then first by name); a news article names
 * fewer.
 */
public final class CoMentionReport extends DocumentTallyReport {

    /** Where two mentions must both stand to count as meeting. */
    public enum Window { sentence, document }

    /** One entity: its name and type. */
    private record Entity(String name, EntityType type) implements Comparable<Entity> {
        private static final Comparator<Entity> ORDER = Comparator.comparing(Entity::name).thenComparing(Entity::type);

        @Override
        public int compareTo(Entity other) {
            return ORDER.compare(this, other);
        }
    }

    private record Pair(Entity a, Entity b) {
    }

    private static final Comparator<Map.Entry<Pair, int[]>> ROW_ORDER =
            Comparator.<Map.Entry<Pair, int[]>>comparingInt(e -> -e.getValue()[0])
                    .thenComparing(e -> e.getKey().a()).thenComparing(e -> e.getKey().b());

    /** How many of the entities a sentence or document mentions most are paired. */
    public static final int MOST_PAIRED = 100;

    private static final Comparator<Map.Entry<Entity, Integer>> MOST_MENTIONED =
            Map.Entry.<Entity, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private final Window window;
    private final Set<EntityType> types;
    private final int minCount;
    private final CsvTable table;
    private final Map<Pair, int[]> counts = new HashMap<>();
    private final Set<Pair> inDocument = new HashSet<>();

    public CoMentionReport(EntityFinder finder, Window window, Set<EntityType> types, int minCount, CsvOutput out) {
        super(finder);
        this.window = window;
        this.types = Set.copyOf(types);
        this.minCount = minCount;
        this.table = new CsvTable(out, "entity_a", "type_a", "entity_b", "type_b", "count", "documents");
    }

    @Override
    void sectionFound(Section section, FoundMentions found) {
        if (window != Window.sentence) {
            return;
        }
        Map<Integer, Map<Entity, Integer>> bySentence = new TreeMap<>();
        for (Mention mention : found.mentions()) {
            if (types.contains(mention.type())) {
                bySentence.computeIfAbsent(mention.sentence(), s -> new HashMap<>())
                        .merge(new Entity(mention.entity(), mention.type()), 1, Integer::sum);
            }
        }
        bySentence.values().forEach(this::meet);
    }

    @Override
    void documentCounted(String document, List<EntityCount> entities) {
        if (window == Window.document) {
            Map<Entity, Integer> mentioned = new HashMap<>();
            for (EntityCount count : entities) {
                if (types.contains(count.type())) {
                    mentioned.put(new Entity(count.entity(), count.type()), count.mentions());
                }
            }
            meet(mentioned);
        }
        for (Pair pair : inDocument) {
            counts.get(pair)[1]++;
        }
        inDocument.clear();
    }

    /** Counts every pair (in name order) of the entities mentioned most in {@code mentions} once more. */
    private void meet(Map<Entity, Integer> mentions) {
        List<Entity> sorted = mentions.entrySet().stream().sorted(MOST_MENTIONED).limit(MOST_PAIRED)
                .map(Map.Entry::getKey).sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Pair pair = new Pair(sorted.get(i), sorted.get(j));
                counts.computeIfAbsent(pair, p -> new int[2])[0]++;
                inDocument.add(pair);
            }
        }
    }

    @Override
    public void finish() {
        List<Map.Entry<Pair, int[]>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(ROW_ORDER);
        for (Map.Entry<Pair, int[]> row : rows) {
            if (row.getValue()[0] >= minCount) {
                Pair pair = row.getKey();
                table.row(pair.a().name(), pair.a().type(), pair.b().name(), pair.b().type(), row.getValue()[0],
                        row.getValue()[1]);
            }
        }
        table.finish();
    }
}
