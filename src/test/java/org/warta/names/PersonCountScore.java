package org.warta.names;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores person counts per document the way a reader checks them: a counted entity stands for
 * a gold person when they share a word ("Lavrov" for "Sergei Lavrov"). Gold rows marked
 * optional (bylines, photo credits) neither count nor count against.
 */
final class PersonCountScore {

    /** A gold row: a person in a document, how often a careful reader counts them, and whether required. */
    record Gold(String document, String person, int mentions, boolean required) {
    }

    /** What the score found: recall and precision of counts, exact rows, and what went wrong. */
    record Result(double recall, double precision, int exactRows, int requiredRows, List<String> problems) {
    }

    private PersonCountScore() {
    }

    static List<Gold> readGold(Reader in) throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            String name = row.isMapped("person") ? row.get("person") : row.get("entity");
            boolean required = !row.isMapped("status") || row.get("status").equals("required");
            gold.add(new Gold(row.get("document"), name, Integer.parseInt(row.get("mentions")), required));
        }
        return gold;
    }

    /** {@code counted}: document, then entity to mentions, of the persons warta counted. */
    static Result score(List<Gold> gold, Map<String, Map<String, Integer>> counted) {
        long truePositives = 0;
        long goldTotal = 0;
        long counterfeit = 0;
        int exact = 0;
        int required = 0;
        List<String> problems = new ArrayList<>();
        Set<String> documents = new HashSet<>();
        gold.forEach(g -> documents.add(g.document()));
        for (String document : documents) {
            Map<String, Integer> entities = counted.getOrDefault(document, Map.of());
            Set<String> matched = new HashSet<>();
            for (Gold person : gold) {
                if (!person.document().equals(document)) {
                    continue;
                }
                int count = 0;
                for (var entity : entities.entrySet()) {
                    if (sharesAWord(person.person(), entity.getKey())) {
                        matched.add(entity.getKey());
                        count += entity.getValue();
                    }
                }
                if (!person.required()) {
                    continue;
                }
                required++;
                goldTotal += person.mentions();
                truePositives += Math.min(count, person.mentions());
                counterfeit += Math.max(0, count - person.mentions());
                if (count == 0) {
                    problems.add(document + ": " + person.person() + " not found");
                }
                if (entities.getOrDefault(person.person(), 0) == person.mentions()) {
                    exact++;
                } else {
                    problems.add(document + ": " + person.person() + " " + person.mentions() + " counted as " + entities);
                }
            }
            for (var entity : entities.entrySet()) {
                if (!matched.contains(entity.getKey())) {
                    counterfeit += entity.getValue();
                    problems.add(document + ": spurious " + entity.getKey() + " " + entity.getValue());
                }
            }
        }
        double recall = goldTotal == 0 ? 0 : (double) truePositives / goldTotal;
        double precision = truePositives + counterfeit == 0 ? 0 : (double) truePositives / (truePositives + counterfeit);
        return new Result(recall, precision, exact, required, problems);
    }

    static boolean sharesAWord(String a, String b) {
        Set<String> words = new HashSet<>(Arrays.asList(a.toLowerCase(Locale.ROOT).split("[\\s-]+")));
        return Arrays.stream(b.toLowerCase(Locale.ROOT).split("[\\s-]+")).anyMatch(words::contains);
    }
}
