package org.warta.report;

import java.util.function.Consumer;
import org.warta.input.Document;

/** A report that takes documents one at a time and writes its rows as they are ready. */
public interface DocumentReport extends Consumer<Document> {

    /** Writes whatever the report still holds; called once, after the last document. */
    void finish();
}
