package org.warta.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.warta.input.Section;
import org.warta.names.EntityType;
import org.warta.names.FoundMentions;
import org.warta.names.Mention;
import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.EntityFinder;
import org.warta.names.entities.EntityFolds;

/**
 * {@code entity_a,type_a,entity_b,type_b,count,documents}: pairs of entities mentioned together,
 * after short names are resolved and the corpus's names folded. Undirected: each pair once, the
 * two in name order. With the sentence window, {@code count} is the number of sentences that
 * mention both; with the document window, the number of documents. {@code documents} is in how
 * many documents they meet. Rows by count descending, then names ({@link PairCounts}). Until the
 * corpus is read, only the windows that mention two entities or more are kept.
 */
public final class CoMentionReport extends FoldedReport {

    /** Where two mentions must both stand to count as meeting. */
    public enum Window { sentence, document }

    /** How many of the entities a sentence or document mentions most are paired. */
    public static final int MOST_PAIRED = 100;

    private final Window window;
    private final Set<EntityType> types;
    private final int minCount;
    private final CsvTable table;

    public CoMentionReport(EntityFinder finder, CorpusFolding folding, Window window, Set<EntityType> types, int minCount,
            CsvOutput out) {
        super(finder, folding);
        this.window = window;
        this.types = Set.copyOf(types);
        this.minCount = minCount;
        this.table = new CsvTable(out, "entity_a", "type_a", "entity_b", "type_b", "count", "documents");
    }

    @Override
    void sectionRead(Section section, FoundMentions found) {
        if (window != Window.sentence) {
            return;
        }
        Map<Integer, Map<String, Integer>> bySentence = new TreeMap<>();
        Map<String, EntityType> typesFound = new HashMap<>();
        for (Mention mention : found.mentions()) {
            bySentence.computeIfAbsent(mention.sentence(), s -> new HashMap<>()).merge(mention.entity(), 1, Integer::sum);
            typesFound.putIfAbsent(mention.entity(), mention.type());
        }
        for (Map<String, Integer> sentence : bySentence.values()) {
            if (sentence.size() > 1) {
                window(sentence, typesFound);
            }
        }
    }

    @Override
    void documentRead(String document, List<EntityCount> counts) {
        if (window == Window.document && counts.size() > 1) {
            super.documentRead(document, counts);
        }
    }

    /** The corpus's pairs of entities of {@code types}, given its folds and its documents' windows. */
    public static PairCounts pairs(Set<EntityType> types, EntityFolds folds, EntityWindows windows) {
        PairCounts pairs = new PairCounts(types);
        windows.forEachDocument(folds, pairs::addDocument);
        return pairs;
    }

    @Override
    void finish(EntityFolds folds, EntityWindows windows) {
        for (var row : pairs(types, folds, windows).rows(minCount)) {
            table.row(row.toArray());
        }
        table.finish();
    }
}
