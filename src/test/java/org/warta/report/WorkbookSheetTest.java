package org.warta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkbookSheetTest {

    @Test
    void controlCharactersThatXmlCannotHoldAreEscapedAsOfficeOpenXmlDoes() {
        assertEquals("a_x000B_b_x001B_[1m", WorkbookSheet.storable("a\u000bb\u001b[1m"));
        assertEquals("_x005F_x0041_ and _xyz_ and tab\there", WorkbookSheet.storable("_x0041_ and _xyz_ and tab\there"));
        assertEquals("Erdo\u011fan", WorkbookSheet.storable("Erdo\u011fan"));
    }

    @Test
    void aWorkbookHoldsTheHeaderNumbersAsNumbersAndTextAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTable table = new CsvTable(CsvOutput.workbook(out, true, true), "entity", "mentions");
        table.row("Recep Tayyip Erdo\u011fan", 3);
        table.row("=HYPERLINK(\"x\")", 12345678901L);
        table.row("-", 0);
        table.finish();
        assertEquals(Map.of("sheet1.xml", List.of(List.of("entity", "mentions"),
                List.of("Recep Tayyip Erdo\u011fan", 3.0), List.of("'=HYPERLINK(\"x\")", 12345678901.0), List.of("-", 0.0))),
                WorkbookReader.sheets(out.toByteArray()));
    }

    @Test
    void rowsPastASheetsLimitGoOnToTheNextUnderTheSameHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookSheet sheets = new WorkbookSheet(out, new String[] {"token", "count"}, 3);
        for (int i = 1; i <= 5; i++) {
            sheets.row(new Object[] {"kata" + i, (long) i});
        }
        sheets.finish();
        List<Object> header = List.of("token", "count");
        assertEquals(Map.of("sheet1.xml", List.of(header, List.of("kata1", 1.0), List.of("kata2", 2.0)),
                "sheet2.xml", List.of(header, List.of("kata3", 3.0), List.of("kata4", 4.0)),
                "sheet3.xml", List.of(header, List.of("kata5", 5.0))), WorkbookReader.sheets(out.toByteArray()));
    }
}
