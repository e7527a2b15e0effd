package org.warta.report;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.warta.output.Utf8Writer;

/**
 * A report table: a header row, then one record a row, in the format its {@link CsvOutput}
 * says: RFC 4180 CSV through Commons CSV (cells quoted only where they hold a comma, quote or
 * line break; CRLF line ends); tab-separated values as {@code cut}, {@code awk -F'\t'} and Miller
 * read them (never quoted, LF line ends, and a tab, line feed, carriage return or backslash in a
 * cell written {@code \t \n \r \\}); one JSON object a line through Jackson jr; or an Excel
 * workbook ({@link WorkbookSheet}).
 *
 * <pre>{@code
 * CsvTable table = new CsvTable(writer, "token", "start");
 * table.row("Lavrov,", 7);    // token,start\r\n"Lavrov,",7\r\n
 * }</pre>
 */
public final class CsvTable {

    private final CsvOutput out;
    private final String[] header;
    /** In CSV, this table's own format instance: Commons CSV locks the format while it prints a record. */
    private final CSVFormat csv;
    /** In CSV and TSV, what stands between two cells, and what ends a row; else null. */
    private final String delimiter;
    private final String rowEnd;
    /** In JSON lines and workbooks, the cells of the row being written. */
    private final Object[] cells;
    private final WorkbookSheet sheet;
    private int cellsInRow;

    public CsvTable(CsvOutput out, String... header) {
        this(out, header, out.header());
    }

    public CsvTable(Appendable out, String... header) {
        this(CsvOutput.of(out), header);
    }

    private CsvTable(CsvOutput out, String[] header, boolean printHeader) {
        this.out = out;
        this.header = header.clone();
        this.csv = out.format() == CsvOutput.Format.csv ? CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get() : null;
        boolean delimited = out.format() == CsvOutput.Format.csv || out.format() == CsvOutput.Format.tsv;
        this.delimiter = delimited ? (csv != null ? csv.getDelimiterString() : "\t") : null;
        this.rowEnd = delimited ? (csv != null ? csv.getRecordSeparator() : "\n") : null;
        this.cells = delimited ? null : new Object[header.length];
        this.sheet = out.format() == CsvOutput.Format.xlsx ? new WorkbookSheet(out.workbook(), printHeader ? header : null) : null;
        if (delimited && printHeader && header.length > 0) {
            for (String name : header) {
                delimitedText(name);
            }
            endRow();
        }
    }

    /**
     * A table with no header whose rows go into {@code into}, so that rows can be formatted on
     * the threads that found them; rows formatted into an in-memory {@link Utf8Writer} are then
     * handed to {@link #appendUtf8} of this table. Only where {@link #formatsInParts()}.
     */
    public CsvTable fragment(Appendable into) {
        return new CsvTable(out.into(into), header, false);
    }

    /** Whether rows can be put together from parts: cells joined by {@link #delimiter()} (CSV and TSV). */
    public boolean formatsInParts() {
        return delimiter != null;
    }

    /** What stands between two cells of a row. */
    public String delimiter() {
        return delimiter;
    }

    /** Writes a row: whole numbers (Integer, Long) as {@link #number}, everything else as {@link #text}. */
    public void row(Object... values) {
        for (Object cell : values) {
            if (cell instanceof Integer || cell instanceof Long) {
                number(((Number) cell).longValue());
            } else {
                text(cell);
            }
        }
        endRow();
    }

    /**
     * Adds a cell of a whole number to the row being written. Its digits never need quoting, so
     * they are written as they are: Commons CSV would make each a string and scan it first, and
     * reports write millions of offsets.
     */
    public CsvTable number(long value) {
        if (delimiter == null) {
            cells[cellsInRow++] = value;
            return this;
        }
        try {
            Appendable target = out.target();
            if (cellsInRow++ > 0) {
                target.append(delimiter);
            }
            if (target instanceof Utf8Writer writer) {
                writer.writeDecimal(value);
            } else if (target instanceof StringBuilder builder) {
                builder.append(value);
            } else {
                target.append(Long.toString(value));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a cell to the row being written: quoted or escaped where it must be, made safe when the table is. */
    public CsvTable text(Object value) {
        Object cell = out.spreadsheetSafe() && out.format().isSpreadsheet() && value instanceof CharSequence text
                && startsFormula(text) ? "'" + text : value;
        if (delimiter == null) {
            cells[cellsInRow++] = cell;
        } else {
            delimitedText(cell);
        }
        return this;
    }

    private void delimitedText(Object cell) {
        try {
            if (csv != null) {
                csv.print(cell, out.target(), cellsInRow++ == 0);
            } else {
                if (cellsInRow++ > 0) {
                    out.target().append('\t');
                }
                appendTabSeparated(out.target(), cell == null ? "" : cell.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TSV cell: the four characters that would break a line or a column, or be read as an escape, escaped. */
    private static void appendTabSeparated(Appendable target, String text) throws IOException {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String escape = switch (text.charAt(i)) {
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\\' -> "\\\\";
                default -> null;
            };
            if (escape != null) {
                target.append(text, from, i).append(escape);
                from = i + 1;
            }
        }
        target.append(text, from, text.length());
    }

    /** Ends the row being written. */
    public void endRow() {
        try {
            if (sheet != null) {
                sheet.row(cells);
            } else if (cells != null) {
                out.target().append(jsonLine(cells));
            } else {
                out.target().append(rowEnd);
            }
            if (cells != null) {
                Arrays.fill(cells, null);
            }
            cellsInRow = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String jsonLine(Object[] values) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            Object cell = values[i];
            object.put(header[i], cell instanceof Number || cell instanceof Boolean ? cell : String.valueOf(cell));
        }
        return JSON.std.asString(object) + "\n";
    }

    /**
     * Appends text in UTF-8 that a {@link #fragment} of this table formatted: rows, or the cells
     * of rows put together from parts ({@link #cell}). A {@link Utf8Writer} takes the bytes as
     * they are.
     */
    public void appendUtf8(byte[] formatted, int start, int end) {
        try {
            if (out.target() instanceof Utf8Writer writer) {
                writer.writeUtf8(formatted, start, end - start);
            } else {
                out.target().append(new String(formatted, start, end - start, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as this table writes it, quoted or escaped where it must be, made safe when the table is. */
    public String cell(Object value) {
        StringBuilder cell = new StringBuilder();
        fragment(cell).row(value);
        return cell.substring(0, cell.length() - rowEnd.length());
    }

    /**
     * Whether a spreadsheet would take the text for a formula. A sign alone ({@code -}, the name
     * of standard input, or {@code +}) is no formula, and spreadsheets show it as it is.
     */
    private static boolean startsFormula(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        char first = text.charAt(0);
        if (text.length() == 1 && (first == '-' || first == '+')) {
            return false;
        }
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Writes out what the rows so far left waiting in buffers. */
    public void flush() {
        try {
            if (sheet != null) {
                sheet.flush();
            } else if (out.target() instanceof Flushable flushable) {
                flushable.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the table: flushes it, and completes a workbook, which nothing may follow. */
    public void finish() {
        if (sheet == null) {
            flush();
            return;
        }
        try {
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
