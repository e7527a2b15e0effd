package org.warta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static final List<String> AWKWARD = List.of("=SUM(A1:A9)", "+62 21", "-", "@warta", "\tTab", "\rCR",
            "koma, titik", "kutip \"ganda\"", "baris\r\nbaru", "baris\nbaru", "", "biasa", "'sudah");

    private static List<CSVRecord> readBack(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void everyCellSurvivesARoundTripThroughACsvReader() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvTable table = new CsvTable(out, "cell", "number");
        for (String cell : AWKWARD) {
            table.row(cell, 7);
        }
        table.flush();
        List<CSVRecord> records = readBack(out.toString());
        assertEquals(AWKWARD, records.stream().map(r -> r.get("cell")).toList());
        assertEquals("7", records.get(0).get("number"));
    }

    @Test
    void safeCsvTurnsWouldBeFormulasIntoText() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvTable table = new CsvTable(new CsvOutput(out, CsvOutput.Format.csv, true, true), "cell", "number");
        for (String cell : AWKWARD) {
            table.row(cell, 7);
        }
        table.flush();
        List<String> expected = AWKWARD.stream()
                .map(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 && !c.equals("-") ? "'" + c : c).toList();
        List<CSVRecord> records = readBack(out.toString());
        assertEquals(expected, records.stream().map(r -> r.get("cell")).toList());
        assertEquals("'=SUM(A1:A9)", records.get(0).get("cell"));
        assertEquals("koma, titik", records.get(6).get("cell"));
        assertEquals("-", records.get(2).get("cell"), "a sign alone is no formula");
        assertEquals("7", records.get(0).get("number"), "numbers are left alone");
    }
}
