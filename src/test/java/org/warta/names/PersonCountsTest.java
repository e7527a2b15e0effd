package org.warta.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.warta.cli.WartaRunner;
import org.warta.evaluation.SharedData;

/**
 * {@code warta eval count}, which scores {@code count --by document}, against the person counts
 * of a careful reader: on the seeds (../shared/eval, not shipped), on short articles the
 * developers wrote about other people (politics, sport, business, the Middle East), and on the
 * newsroom set: eighteen full pages the developers wrote on nine topics (badminton, tennis,
 * football, film and music, business, regional government, police and courts, health,
 * education, international news), with headlines, captions, "Baca Juga" lines and bylines;
 * and on six pages the developers wrote to try the rules (dev-pages).
 */
class PersonCountsTest {

    private static final Path NAMES = Path.of("src/test/resources/org/warta/names");

    /** The summary row of {@code warta eval count}, after printing the rows that are not strict. */
    private static CSVRecord evaluate(Path gold, Path articles) throws IOException {
        String rows = WartaRunner.stdout("eval", "count", "--rows", gold.toString(), articles.toString());
        rows.lines().filter(line -> !line.contains(",strict,") && !line.contains(",optional,")).forEach(System.out::println);
        String summary = WartaRunner.stdout("eval", "count", gold.toString(), articles.toString());
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(summary)).getRecords().get(0);
        System.out.println(summary);
        return row;
    }

    private static double number(CSVRecord row, String column) {
        return Double.parseDouble(row.get(column));
    }

    @Test
    void countsThePeopleOfTheSeedsAsACarefulReaderDoes() throws IOException {
        CSVRecord score = evaluate(SharedData.requireShared("eval/seeds_persons.csv"), Path.of("seeds"));
        assertEquals(24, number(score, "required_rows"));
        assertTrue(number(score, "count_recall") >= 0.97, score::toString);
        assertTrue(number(score, "count_precision") >= 0.97, score::toString);
        assertTrue(number(score, "exact_rows") >= 22, score::toString);
    }

    @Test
    void countsPeopleOfOtherArticlesWithNoListOfThem() throws IOException {
        CSVRecord score = evaluate(NAMES.resolve("other-news-persons.csv"), NAMES.resolve("other-news"));
        assertEquals(12, number(score, "required_rows"));
        assertTrue(number(score, "count_recall") >= 0.97 && number(score, "count_precision") >= 0.95, score::toString);
        assertEquals(12, number(score, "exact_rows"), score::toString);
    }

    @Test
    void countsThePeopleOfEveryNewsroom() throws IOException {
        assertScores(evaluate(NAMES.resolve("newsroom-persons.csv"), NAMES.resolve("newsroom")), 145, 0.98, 0.98, 139);
    }

    /**
     * Pages written to try the rules on the names a finder takes for people: companies and labels
     * ("Moonlit Entertainment"), universities and hospitals named after people behind their
     * short forms ("Universitas Islam Negeri (UIN) Sunan Kalijaga", "RSUD dr. Iskak"), lists of
     * places, capitals that speak for their governments and page debris ("Loading").
     */
    @Test
    void keepsBodiesPlacesAndPageDebrisFromBeingPeople() throws IOException {
        assertScores(evaluate(NAMES.resolve("dev-pages-persons.csv"), NAMES.resolve("dev-pages")), 24, 0.97, 0.90, 24);
    }

    /** The gold's required rows, and the least count recall, count precision and strict rows the summary row may give. */
    private static void assertScores(CSVRecord score, int requiredRows, double recall, double precision, int strictRows) {
        assertEquals(requiredRows, number(score, "required_rows"));
        assertTrue(number(score, "count_recall") >= recall, score::toString);
        assertTrue(number(score, "count_precision") >= precision, score::toString);
        assertTrue(number(score, "strict_rows") >= strictRows, score::toString);
    }
}
