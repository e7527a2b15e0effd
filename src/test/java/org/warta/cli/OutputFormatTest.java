package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Every report in every format carries the same rows: read back, they are the CSV's. */
class OutputFormatTest {

    private static final String SEED = "seeds/001_dd9851bb1841e3e5.txt";

    private static List<List<String>> csvRows(String... command) {
        return CliRun.of(command).rows().stream().map(r -> r.toList()).toList();
    }

    @Test
    void tabSeparatedRowsAreTheCsvRows() throws IOException {
        for (String[] command : List.of(new String[] {"tokenize", SEED}, new String[] {"count", "--by", "document", SEED},
                new String[] {"mentions", SEED})) {
            String[] tsv = CliRun.concat(command, "--format", "tsv");
            List<CSVRecord> records = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(CliRun.of(tsv).out())).getRecords();
            assertEquals(csvRows(command), records.stream().map(r -> r.toList()).toList(), String.join(" ", command));
        }
    }

    @Test
    void jsonLinesAreObjectsKeyedByTheColumnNames() throws IOException {
        CliRun csv = CliRun.of("count", SEED);
        String[] lines = CliRun.of("count", "--format", "jsonl", SEED).out().split("\n");
        assertEquals(csv.rows().size(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            Map<String, Object> object = JSON.std.mapFrom(lines[i]);
            CSVRecord row = csv.rows().get(i);
            assertEquals(row.get("entity"), object.get("entity"));
            assertEquals(Integer.parseInt(row.get("mentions")), ((Number) object.get("mentions")).intValue());
        }
        Map<String, Object> token = JSON.std.mapFrom(CliRun.of("tokenize", "--format", "jsonl", SEED).out().split("\n")[0]);
        assertEquals(List.of("document", "sentence", "index", "token", "start", "end"), List.copyOf(token.keySet()));
    }

    @Test
    void excelStartsWithAByteOrderMarkAndNoHeaderLeavesTheHeaderOut() {
        String excel = CliRun.of("summary", "--excel", SEED).out();
        assertTrue(excel.startsWith("\uFEFFdocument,characters,"), excel);
        String bare = CliRun.of("summary", "--no-header", SEED).out();
        assertTrue(bare.startsWith(SEED + ","), bare);
        assertEquals(1, bare.lines().count());
    }
}
