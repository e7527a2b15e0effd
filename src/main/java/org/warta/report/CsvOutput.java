package org.warta.report;

import java.util.Objects;

/**
 * Where a report's rows go and how they are written: the format (CSV, tab-separated, or one
 * JSON object a line), whether the header row is written, and whether text cells are made safe
 * to open in a spreadsheet — a cell that starts with {@code = + - @}, a tab or a carriage return
 * would be run as a formula, so it gets a leading apostrophe, which spreadsheets show as text.
 */
public record CsvOutput(Appendable target, Format format, boolean header, boolean spreadsheetSafe) {

    /** How rows are written. */
    public enum Format {
        /** RFC 4180: comma-separated, quoted where needed, CRLF line ends. */
        csv,
        /** Tab-separated, quoted where needed, CRLF line ends. */
        tsv,
        /** One JSON object a line, keyed by the column names; no header line. */
        jsonl
    }

    public CsvOutput {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(format, "format");
    }

    /** Plain CSV with a header into {@code target}. */
    public static CsvOutput of(Appendable target) {
        return new CsvOutput(target, Format.csv, true, false);
    }

    /** The same style into another target. */
    CsvOutput into(Appendable other) {
        return new CsvOutput(other, format, header, spreadsheetSafe);
    }
}
