package org.warta.report;

import java.io.IOException;
import java.io.UncheckedIOException;
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
        try {
            this.printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out.target());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.spreadsheetSafe = out.spreadsheetSafe();
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
