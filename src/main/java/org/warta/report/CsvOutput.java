package org.warta.report;

import java.util.Objects;

/**
 * Where a report's CSV goes, and whether its text cells are made safe to open in a spreadsheet:
 * a cell that starts with {@code = + - @}, a tab or a carriage return would be run as a formula,
 * so it gets a leading apostrophe, which spreadsheets show as text.
 */
public record CsvOutput(Appendable target, boolean spreadsheetSafe) {

    public CsvOutput {
        Objects.requireNonNull(target, "target");
    }

    /** Plain CSV into {@code target}. */
    public static CsvOutput of(Appendable target) {
        return new CsvOutput(target, false);
    }
}
