package org.warta.report;

import java.io.OutputStream;
import java.util.Objects;

/**
 * Where a report's rows go and how they are written: the format, whether the header row is
 * written, and whether text cells are made safe to open in a spreadsheet — a cell that starts
 * with {@code = + - @}, a tab or a carriage return would be run as a formula, so it gets a
 * leading apostrophe, which spreadsheets show as text. Text formats go to {@code target}, a
 * workbook to the bytes of {@code workbook}.
 */
public record CsvOutput(Appendable target, OutputStream workbook, Format format, boolean header, boolean spreadsheetSafe) {

    /** How rows are written. */
    public enum Format {
        /** RFC 4180: comma-separated, quoted where needed, CRLF line ends. */
        csv,
        /** Tab-separated, never quoted, LF line ends; a tab, line break or backslash in a cell escaped with a backslash. */
        tsv,
        /** One JSON object a line, keyed by the column names; no header line. */
        jsonl,
        /** An Excel workbook (Office Open XML): a header row, numbers as numbers. */
        xlsx;

        /** Whether the output is opened in spreadsheets, whose formulas {@code --safe-csv} guards against. */
        public boolean isSpreadsheet() {
            return this != jsonl;
        }
    }

    public CsvOutput {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(format == Format.xlsx ? workbook : target, format == Format.xlsx ? "workbook" : "target");
    }

    /** Rows in a text format into {@code target}. */
    public CsvOutput(Appendable target, Format format, boolean header, boolean spreadsheetSafe) {
        this(target, null, format, header, spreadsheetSafe);
    }

    /** Rows as an Excel workbook written to {@code out}. */
    public static CsvOutput workbook(OutputStream out, boolean header, boolean spreadsheetSafe) {
        return new CsvOutput(null, out, Format.xlsx, header, spreadsheetSafe);
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
