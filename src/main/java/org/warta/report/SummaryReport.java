package org.warta.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.warta.input.Section;
import org.warta.names.EntityType;
import org.warta.names.FoundMentions;
import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.EntityFinder;
import org.warta.names.entities.EntityFolds;

/**
 * {@code document,characters,sentences,tokens,persons,organizations,locations,top_person}: one
 * row a document, so that a batch run can be checked at a glance. Characters are code points;
 * persons, organizations and locations count distinct entities, as the corpus report names them
 * (so the rows are written when the last document is done); top_person is the person mentioned
 * most (then first by name), or empty; the filter chooses the entities counted.
 */
public final class SummaryReport extends FoldedReport {

    /** A document's name and figures, kept until the corpus is folded. */
    private record Figures(String document, long characters, int sentences, int tokens) {
    }

    private final CountFilter filter;
    private final CsvTable table;
    private final List<Figures> documents = new ArrayList<>();
    private long characters;
    private int sentences;
    private int tokens;

    public SummaryReport(EntityFinder finder, CorpusFolding folding, CountFilter filter, CsvOutput out) {
        super(finder, folding);
        this.filter = filter;
        this.table = new CsvTable(out, "document", "characters", "sentences", "tokens", "persons", "organizations",
                "locations", "top_person");
    }

    @Override
    void sectionRead(Section section, FoundMentions found) {
        if (section.number() == 1) {
            characters = 0;
            sentences = 0;
            tokens = 0;
        }
        characters += section.text().codePointCount(0, section.text().length());
        sentences += found.sentences();
        tokens += found.tokens();
    }

    @Override
    void documentRead(String document, List<EntityCount> counts) {
        documents.add(new Figures(document, characters, sentences, tokens));
        super.documentRead(document, counts);
    }

    @Override
    void finish(EntityFolds folds, EntityWindows windows) {
        Iterator<Figures> figures = documents.iterator();
        windows.forEachDocument(folds, document -> row(figures.next(), document.get(0)));
        table.finish();
    }

    private void row(Figures figures, Map<EntityFolds.Entity, Integer> entities) {
        List<EntityCount> counts = new ArrayList<>();
        entities.forEach((entity, mentions) -> counts.add(new EntityCount(entity.name(), entity.type(), mentions, 1, "")));
        counts.removeIf(count -> !filter.keeps(count));
        counts.sort(EntityCount.REPORT_ORDER);
        String topPerson = counts.stream().filter(c -> c.type() == EntityType.PERSON).map(EntityCount::entity)
                .findFirst().orElse("");
        table.row(figures.document(), figures.characters(), figures.sentences(), figures.tokens(),
                distinct(counts, EntityType.PERSON), distinct(counts, EntityType.ORGANIZATION),
                distinct(counts, EntityType.LOCATION), topPerson);
    }

    private static long distinct(List<EntityCount> counts, EntityType type) {
        return counts.stream().filter(c -> c.type() == type).count();
    }
}
