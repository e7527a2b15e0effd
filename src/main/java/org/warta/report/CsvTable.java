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

    public CsvTable(Appendable out, String... header) {
        try {
            this.printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
