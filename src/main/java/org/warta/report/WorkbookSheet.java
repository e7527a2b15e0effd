package org.warta.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report table as an Excel workbook, written as it goes by fastexcel: the header row, then one
 * row a record, whole numbers as numbers and everything else as text. Text is stored in each
 * cell (not in a table of shared strings, which would hold every distinct token in memory until
 * the end), and rows are written out every {@value #ROWS_A_FLUSH} rows. A sheet holds at most
 * 1,048,576 rows; the rows after that go on to a next sheet (named {@code warta 2}, ...), under the
 * same header.
 */
final class WorkbookSheet {

    private static final String SHEET = "warta";
    private static final int ROWS_A_FLUSH = 4096;

    private final Workbook workbook;
    private final String[] header;
    private final int rowsPerSheet;
    private Worksheet sheet;
    private int sheets;
    private int row;

    /** A workbook into {@code out}; {@code header} is the first row of every sheet, or null for none. */
    WorkbookSheet(OutputStream out, String[] header) {
        this(out, header, Worksheet.MAX_ROWS);
    }

    /** A workbook whose sheets hold {@code rowsPerSheet} rows each (a test's few rather than a million). */
    WorkbookSheet(OutputStream out, String[] header, int rowsPerSheet) {
        this.workbook = new Workbook(out, SHEET, "1.0");
        this.header = header;
        this.rowsPerSheet = rowsPerSheet;
        nextSheet();
    }

    void row(Object[] cells) throws IOException {
        if (row == rowsPerSheet) {
            sheet.finish();
            nextSheet();
        }
        for (int column = 0; column < cells.length; column++) {
            Object cell = cells[column];
            if (cell instanceof Number number) {
                sheet.value(row, column, number);
            } else if (cell != null) {
                sheet.inlineString(row, column, storable(cell.toString()));
            }
        }
        if (++row % ROWS_A_FLUSH == 0) {
            sheet.flush();
        }
    }

    void flush() throws IOException {
        sheet.flush();
    }

    void finish() throws IOException {
        workbook.finish();
    }

    private void nextSheet() {
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? SHEET : SHEET + " " + sheets);
        row = 0;
        if (header != null) {
            try {
                row(header);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Text as a workbook can hold it: XML cannot carry most control characters, so they are
     * written {@code _xHHHH_}, as Office Open XML escapes them and spreadsheets read them back
     * (and an underscore that would start such an escape is itself written {@code _x005F_});
     * fastexcel would drop them.
     */
    static String storable(String text) {
        StringBuilder stored = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escaped = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF'
                    || (c == '_' && startsEscape(text, i));
            if (escaped && stored == null) {
                stored = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (stored != null) {
                if (escaped) {
                    stored.append(String.format("_x%04X_", (int) c));
                } else {
                    stored.append(c);
                }
            }
        }
        return stored == null ? text : stored.toString();
    }

    /** Whether {@code _xHHHH_} starts at {@code i}. */
    private static boolean startsEscape(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int j = i + 2; j < i + 6; j++) {
            if (Character.digit(text.charAt(j), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
