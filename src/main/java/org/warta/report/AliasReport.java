package org.warta.report;

import java.util.List;
import org.warta.names.entities.CorpusFolding;
import org.warta.names.entities.EntityFinder;
import org.warta.names.entities.EntityFolds;

/**
 * {@code alias,entity,type,reason,documents}: the names that the corpus reports fold into another
 * entity, written when the last document is done ({@link EntityFolds#table()}): by entity, then
 * alias. It is a file {@code --aliases} reads, so that a user can check it, change it and give it
 * back.
 */
public final class AliasReport extends FoldedReport {

    private final CsvTable table;

    public AliasReport(EntityFinder finder, CorpusFolding folding, CsvOutput out) {
        super(finder, folding);
        this.table = new CsvTable(out, "alias", "entity", "type", "reason", "documents");
    }

    @Override
    void documentRead(String document, List<EntityCount> counts) {
        // the table needs the names alone, not the documents' entities
    }

    @Override
    void finish(EntityFolds folds, EntityWindows windows) {
        for (EntityFolds.Alias alias : folds.table()) {
            table.row(alias.alias(), alias.entity(), alias.type(), alias.reason(), alias.documents());
        }
        table.finish();
    }
}
