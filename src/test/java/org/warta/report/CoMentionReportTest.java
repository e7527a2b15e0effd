package org.warta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.warta.input.Section;
import org.warta.names.EntityType;
import org.warta.names.entities.CorpusFolding;
import org.warta.names.FoundMentions;
import org.warta.names.Mention;

class CoMentionReportTest {

    /** One sentence that names 150 people, the person numbered i mentioned i + 1 times. */
    private static FoundMentions manyPeople() {
        List<Mention> mentions = new ArrayList<>();
        int at = 0;
        for (int person = 0; person < 150; person++) {
            String name = "Orang " + person;
            for (int time = 0; time <= person; time++) {
                mentions.add(new Mention(1, at, at + name.length(), name, EntityType.PERSON, "", name));
                at += name.length() + 1;
            }
        }
        return new FoundMentions(mentions, 1, mentions.size() * 2);
    }

    /**
     * Pairs grow with the square of the entities that meet: a document of a megabyte or more ran
     * out of heap. Only the entities mentioned most are paired.
     */
    @ParameterizedTest
    @EnumSource(CoMentionReport.Window.class)
    void pairsOnlyTheEntitiesMentionedMost(CoMentionReport.Window window) throws IOException {
        StringBuilder out = new StringBuilder();
        CoMentionReport report = new CoMentionReport(null, CorpusFolding.FOUND, window, EnumSet.allOf(EntityType.class), 1, CsvOutput.of(out));
        report.write(Section.whole("banyak.txt", ""), manyPeople());
        report.finish();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        int paired = CoMentionReport.MOST_PAIRED;
        assertEquals(paired * (paired - 1) / 2, rows.size());
        Set<String> entities = new HashSet<>();
        rows.forEach(row -> {
            entities.add(row.get("entity_a"));
            entities.add(row.get("entity_b"));
        });
        assertEquals(paired, entities.size());
        assertTrue(entities.contains("Orang 149") && entities.contains("Orang 50") && !entities.contains("Orang 49"),
                "the most mentioned: " + entities);
    }
}
