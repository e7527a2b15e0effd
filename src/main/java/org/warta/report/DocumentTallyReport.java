package org.warta.report;

import java.util.List;
import org.warta.input.Section;
import org.warta.names.FoundMentions;
import org.warta.names.entities.EntityFinder;

/**
 * What the reports built on counted mentions share: a section's mentions are found on any
 * thread, tallied per document in input order, and handed on as the document's counts when its
 * last section is in.
 */
abstract class DocumentTallyReport implements SectionReport<FoundMentions> {

    private final EntityFinder finder;
    private final DocumentTally tally = new DocumentTally();

    DocumentTallyReport(EntityFinder finder) {
        this.finder = finder;
    }

    @Override
    public final FoundMentions analyse(Section section) {
        return finder.find(section.text());
    }

    @Override
    public final void write(Section section, FoundMentions found) {
        tally.add(found.mentions());
        sectionFound(section, found);
        if (section.last()) {
            documentCounted(section.document(), tally.drain());
        }
    }

    /** The mentions of one section, in input order, before its document is counted; nothing by default. */
    void sectionFound(Section section, FoundMentions found) {
    }

    /** The entities of a whole document, in report order. */
    abstract void documentCounted(String document, List<EntityCount> counts);
}
