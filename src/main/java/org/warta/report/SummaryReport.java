package org.warta.report;

import java.util.List;
import org.warta.input.Section;
import org.warta.names.EntityType;
import org.warta.names.FoundMentions;
import org.warta.names.entities.EntityFinder;

/**
 * {@code document,characters,sentences,tokens,persons,organizations,locations,top_person}: one
 * row a document, so that a batch run can be checked at a glance. Characters are code points;
 * persons, organizations and locations count distinct entities; top_person is the person
 * mentioned most (then first by name), or empty; the filter chooses the entities counted.
 */
public final class SummaryReport extends DocumentTallyReport {

    private final CountFilter filter;
    private final CsvTable table;
    private long characters;
    private int sentences;
    private int tokens;

    public SummaryReport(EntityFinder finder, CountFilter filter, CsvOutput out) {
        super(finder);
        this.filter = filter;
        this.table = new CsvTable(out, "document", "characters", "sentences", "tokens", "persons", "organizations",
                "locations", "top_person");
    }

    @Override
    void sectionFound(Section section, FoundMentions found) {
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
    void documentCounted(String document, List<EntityCount> all) {
        List<EntityCount> counts = all.stream().filter(filter::keeps).toList();
        String topPerson = counts.stream().filter(c -> c.type() == EntityType.PERSON).map(EntityCount::entity)
                .findFirst().orElse("");
        table.row(document, characters, sentences, tokens, distinct(counts, EntityType.PERSON),
                distinct(counts, EntityType.ORGANIZATION), distinct(counts, EntityType.LOCATION), topPerson);
    }

    private static long distinct(List<EntityCount> counts, EntityType type) {
        return counts.stream().filter(c -> c.type() == type).count();
    }

    @Override
    public void finish() {
        table.finish();
    }
}
