package org.warta.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.warta.cli.WartaRunner;
import org.warta.evaluation.SharedData;

/**
 * {@code warta count --by document} against person counts a careful reader made: on the seeds
 * (../shared/eval, not shipped) and on short articles about other people that the developers
 * wrote (Indonesian politics, sport, business, with Korean, Arabic and one-word names).
 */
class PersonCountsTest {

    private static Map<String, Map<String, Integer>> countPersons(String... paths) throws IOException {
        String[] args = new String[paths.length + 5];
        System.arraycopy(new String[] {"count", "--by", "document", "--type", "PERSON"}, 0, args, 0, 5);
        System.arraycopy(paths, 0, args, 5, paths.length);
        String csv = WartaRunner.stdout(args);
        Map<String, Map<String, Integer>> counted = new HashMap<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            String document = Path.of(row.get("document")).getFileName().toString();
            counted.computeIfAbsent(document, d -> new HashMap<>()).put(row.get("entity"), Integer.parseInt(row.get("mentions")));
        }
        return counted;
    }

    @Test
    void countsThePeopleOfTheSeedsAsACarefulReaderDoes() throws IOException {
        Path goldFile = SharedData.requireShared("eval/seeds_persons.csv");
        List<PersonCountScore.Gold> gold;
        try (Reader in = Files.newBufferedReader(goldFile, StandardCharsets.UTF_8)) {
            gold = PersonCountScore.readGold(in);
        }
        var result = PersonCountScore.score(gold, countPersons("seeds"));
        String report = String.join("\n", result.problems());
        System.out.printf("seeds: count recall %.3f, count precision %.3f, %d of %d required rows exact%n%s%n",
                result.recall(), result.precision(), result.exactRows(), result.requiredRows(), report);
        assertTrue(result.problems().stream().noneMatch(p -> p.endsWith("not found")), report);
        assertTrue(result.recall() >= 0.97, () -> "recall " + result.recall() + "\n" + report);
        assertTrue(result.precision() >= 0.95, () -> "precision " + result.precision() + "\n" + report);
        assertTrue(result.exactRows() >= 22, () -> result.exactRows() + " exact of " + result.requiredRows() + "\n" + report);
    }

    @Test
    void countsPeopleOfOtherArticlesWithNoListOfThem() throws IOException {
        Path folder = Path.of("src/test/resources/org/warta/names");
        List<PersonCountScore.Gold> gold;
        try (Reader in = Files.newBufferedReader(folder.resolve("other-news-persons.csv"), StandardCharsets.UTF_8)) {
            gold = PersonCountScore.readGold(in);
        }
        var result = PersonCountScore.score(gold, countPersons(folder.resolve("other-news").toString()));
        String report = String.join("\n", result.problems());
        System.out.printf("other news: count recall %.3f, count precision %.3f, %d of %d required rows exact%n%s%n",
                result.recall(), result.precision(), result.exactRows(), result.requiredRows(), report);
        assertEquals(12, result.requiredRows());
        assertTrue(result.problems().stream().noneMatch(p -> p.endsWith("not found") || p.contains("spurious")), report);
        assertTrue(result.exactRows() >= 11, () -> result.exactRows() + " exact\n" + report);
        assertTrue(result.recall() >= 0.97 && result.precision() >= 0.97, report);
    }
}
