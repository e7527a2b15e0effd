package org.warta.report;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * A report table: a header row, then one record a row, written as RFC 4180 CSV (cells quoted
 * only where they hold a comma, quote or line break; CRLF line ends), as tab-separated values,
 * or as one JSON object a line, as its {@link CsvOutput} says. CSV and TSV go through Commons
 * CSV, JSON through Jackson jr.
 *
 * <pre>{@code
 * CsvTable table = new CsvTable(writer, "token", "start");
 * table.row("Lavrov,", 7);    // token,start\r\n"Lavrov,",7\r\n
 * }</pre>
 */
public final class CsvTable {

    private final CsvOutput out;
    private final String[] header;
    /** This table's own format instance: Commons CSV locks the format while it prints a record. */
    private final CSVFormat format;
    /** In JSON lines, the cells of the row being written. */
    private final Object[] jsonCells;
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
        if (out.format() == CsvOutput.Format.jsonl) {
            this.format = null;
            this.jsonCells = new Object[header.length];
            return;
        }
        this.jsonCells = null;
        CSVFormat base = out.format() == CsvOutput.Format.tsv ? CSVFormat.TDF : CSVFormat.RFC4180;
        this.format = base.builder().setRecordSeparator("\r\n").get();
        if (printHeader && header.length > 0) {
            try {
                format.printRecord(out.target(), (Object[]) header);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A table with no header whose rows go into {@code into}, to be handed to {@link #append} of
     * this table: rows can be formatted on the threads that found them. Only where {@link
     * #formatsInParts()}.
     */
    public CsvTable fragment(Appendable into) {
        return new CsvTable(out.into(into), header, false);
    }

    /** Whether rows can be put together from parts: cells joined by {@link #delimiter()} (CSV and TSV). */
    public boolean formatsInParts() {
        return format != null;
    }

    /** What stands between two cells of a row. */
    public String delimiter() {
        return format.getDelimiterString();
    }

    /** Writes a row: whole numbers (Integer, Long) as {@link #number}, everything else as {@link #text}. */
    public void row(Object... cells) {
        for (Object cell : cells) {
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
        try {
            if (format == null) {
                jsonCells[cellsInRow++] = value;
            } else {
                Appendable target = out.target();
                if (cellsInRow++ > 0) {
                    target.append(format.getDelimiterString());
                }
                if (target instanceof StringBuilder builder) {
                    builder.append(value);
                } else {
                    target.append(Long.toString(value));
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a cell to the row being written: quoted where it must be, made safe when the table is. */
    public CsvTable text(Object value) {
        Object cell = out.spreadsheetSafe() && value instanceof CharSequence text && startsFormula(text) ? "'" + text : value;
        try {
            if (format == null) {
                jsonCells[cellsInRow++] = cell;
            } else {
                format.print(cell, out.target(), cellsInRow++ == 0);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the row being written. */
    public void endRow() {
        try {
            if (format == null) {
                out.target().append(jsonLine(jsonCells));
                Arrays.fill(jsonCells, null);
            } else {
                format.println(out.target());
            }
            cellsInRow = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String jsonLine(Object[] cells) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            object.put(header[i], cell instanceof Number || cell instanceof Boolean ? cell : String.valueOf(cell));
        }
        return JSON.std.asString(object) + "\n";
    }

    /**
     * Appends text that a {@link #fragment} of this table formatted: rows, or the cells of rows
     * put together from parts ({@link #cell}).
     */
    public void append(CharSequence formatted, int start, int end) {
        try {
            if (out.target() instanceof Writer writer && formatted instanceof String text) {
                writer.write(text, start, end - start); // Writer.append would copy the slice first
            } else {
                out.target().append(formatted, start, end);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as this table writes it, quoted where it must be, made safe when the table is. */
    public String cell(Object value) {
        StringBuilder cell = new StringBuilder();
        fragment(cell).row(value);
        return cell.substring(0, cell.length() - 2); // without the record's CRLF
    }

    private static boolean startsFormula(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public void flush() {
        try {
            if (out.target() instanceof Flushable flushable) {
                flushable.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
