package org.warta.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report table written as RFC 4180 CSV: a header row, then one record a row, CRLF line ends,
 * cells quoted only where they hold a comma, quote or line break.
 *
 * <pre>{@code
 * CsvTable table = new CsvTable(writer, "token", "start");
 * table.row("Lavrov,", 7);    // token,start\r\n"Lavrov,",7\r\n
 * }</pre>
 */
public final class CsvTable {

    private final CSVPrinter printer;
    private final boolean spreadsheetSafe;

    public CsvTable(CsvOutput out, String... header) {
        this(out, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private CsvTable(CsvOutput out, CSVFormat format) {
        try {
            this.printer = format.print(out.target());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.spreadsheetSafe = out.spreadsheetSafe();
    }

    /**
     * A table with no header whose rows go into {@code out}, to be handed to {@link #rows} of a
     * table with the same output style: rows can be formatted on the threads that found them.
     */
    public static CsvTable fragment(CsvOutput out) {
        return new CsvTable(out, CSVFormat.RFC4180);
    }

    public CsvTable(Appendable out, String... header) {
        this(CsvOutput.of(out), header);
    }

    public void row(Object... cells) {
        if (spreadsheetSafe) {
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] instanceof CharSequence text && startsFormula(text)) {
                    cells[i] = "'" + text;
                }
            }
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends text that tables of the same output style formatted: rows, or the cells of rows
     * put together from parts ({@link #cell}). Lets rows be formatted on the threads that found them.
     */
    public void append(CharSequence formatted, int start, int end) {
        try {
            if (printer.getOut() instanceof Writer writer && formatted instanceof String text) {
                writer.write(text, start, end - start); // Writer.append would copy the slice first
            } else {
                printer.getOut().append(formatted, start, end);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as this table writes it, quoted where it must be, made safe when the table is. */
    public String cell(Object value) {
        StringBuilder cell = new StringBuilder();
        CsvTable single = fragment(new CsvOutput(cell, spreadsheetSafe));
        single.row(value);
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
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
