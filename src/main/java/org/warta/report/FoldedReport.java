package org.warta.report;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.input.Section;
import org.warta.names.EntityType;
import org.warta.names.FoundMentions;
import org.warta.names.Mention;
import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.CorpusNames;
import org.warta.names.entities.EntityFinder;
import org.warta.names.entities.EntityFolds;

/**
 * A report over the entities of the whole corpus, whose rows wait for the last document: the
 * names of its entities fold only then ("Xi" of one document is the Xi Jinping of another, "KPU"
 * the Komisi Pemilihan Umum another writes it after). Each document's entities are kept in
 * {@link EntityWindows} until then, and what the corpus tells about their names in
 * {@link CorpusNames}.
 */
public abstract class FoldedReport extends DocumentTallyReport {

    /** What a report keeps of the documents read, until the corpus is folded. */
    public record Gathered(CorpusNames names, EntityWindows windows) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final CorpusFolding folding;
    private final Gathered gathered = new Gathered(new CorpusNames(), new EntityWindows());

    FoldedReport(EntityFinder finder, CorpusFolding folding) {
        super(finder);
        this.folding = folding;
    }

    @Override
    final void sectionFound(Section section, FoundMentions found) {
        for (Mention mention : found.mentions()) {
            gathered.names().add(mention);
        }
        sectionRead(section, found);
    }

    @Override
    final void documentCounted(String document, List<EntityCount> counts) {
        gathered.names().endDocument();
        documentRead(document, counts);
        gathered.windows().endDocument();
    }

    /** A section's mentions, before its document is counted; nothing by default. */
    void sectionRead(Section section, FoundMentions found) {
    }

    /** A whole document's entities, before the document ends; by default one window of them all. */
    void documentRead(String document, List<EntityCount> counts) {
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (EntityCount count : counts) {
            mentions.merge(count.entity(), count.mentions(), Integer::sum);
            types.putIfAbsent(count.entity(), count.type());
        }
        window(mentions, types);
    }

    /** Adds a window of the document being read. */
    final void window(Map<String, Integer> mentions, Map<String, EntityType> types) {
        gathered.windows().add(mentions, types);
    }

    /** What the report kept of the documents read (a Spark job folds it with the other documents'). */
    public Gathered gathered() {
        return gathered;
    }

    @Override
    public final void finish() {
        EntityFolds folds = folding.of(gathered.names());
        finish(folds, gathered.windows());
    }

    /** Writes the rows, once the corpus's names are folded. */
    abstract void finish(EntityFolds folds, EntityWindows windows);
}
