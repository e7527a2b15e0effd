package org.warta.report;

import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.EntityFinder;
import org.warta.names.entities.EntityFolds;

/**
 * {@code entity,type,mentions,documents}: one row an entity of the whole corpus, written when
 * the last document is done and the corpus's names are folded ({@link EntityFolds}): the same
 * full name in two documents is one entity, and so are the forms of one name.
 */
public final class CorpusCountReport extends FoldedReport {

    private final CountFilter filter;
    private final CsvTable table;

    public CorpusCountReport(EntityFinder finder, CorpusFolding folding, CountFilter filter, CsvOutput out) {
        super(finder, folding);
        this.filter = filter;
        this.table = new CsvTable(out, "entity", "type", "mentions", "documents");
    }

    /** The report with the folds found, as {@code warta count} makes it by default. */
    public CorpusCountReport(EntityFinder finder, CountFilter filter, CsvOutput out) {
        this(finder, CorpusFolding.FOUND, filter, out);
    }

    /** The corpus's counts, given its folds and its documents' entities. */
    public static CorpusCounts counts(EntityFolds folds, EntityWindows windows) {
        CorpusCounts counts = new CorpusCounts();
        windows.forEachDocument(folds, document -> counts.addDocument(document.get(0)));
        return counts;
    }

    @Override
    void finish(EntityFolds folds, EntityWindows windows) {
        for (var row : counts(folds, windows).rows(filter)) {
            table.row(row.toArray());
        }
        table.finish();
    }
}
