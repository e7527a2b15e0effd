package org.warta.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.warta.names.WhiteSpace;

/**
 * Scores the people counted in each document against the counts of a careful reader, the gold
 * ({@code document,person,mentions[,status]}, as {@code ../shared/eval/seeds_persons.csv}).
 *
 * <p>A counted entity stands for a gold person of its document when it has the person's name,
 * or, having no gold person's name, shares a word with it ("Lavrov" for "Sergei Lavrov"; words
 * split at spaces and hyphens, case ignored); what it counted goes to every gold person it
 * stands for. Over the required rows:
 * <ul>
 * <li><b>count recall</b>: the mentions found, each person's capped at the gold figure, over the
 * gold mentions;</li>
 * <li><b>count precision</b>: those mentions over every mention counted for a person: the ones
 * beyond a gold figure and those of entities that stand for no gold person count against it
 * (rows marked {@code optional} in the gold, such as bylines, neither help nor hurt);</li>
 * <li>an <b>exact</b> row: an entity with the gold name has the gold count;</li>
 * <li>a <b>strict</b> row: exact, and no other entity of the document shares a word with the
 * person (the person is one row, with nothing stray beside it).</li>
 * </ul>
 */
public final class CountEvaluation {

    /** A reader's count: a person in a document, how often mentioned, and whether the row is scored. */
    public record GoldRow(String document, String person, int mentions, boolean required) {
    }

    /** An entity as warta counted it in a document. */
    public record Counted(String entity, int mentions) {
    }

    /** How a row compares. */
    public enum Verdict { strict, exact, different, missed, spurious, optional }

    /** One gold row, or one counted entity that stands for no gold person ({@code spurious}). */
    public record Row(String document, String person, int gold, int counted, Verdict verdict, String countedAs) {
    }

    /** The scores over the required rows, and every row compared. */
    public record Result(int documents, int requiredRows, double recall, double precision, int exactRows, int strictRows,
            List<Row> rows) {
    }

    private CountEvaluation() {
    }

    /** Reads a gold file: header {@code document,person,mentions}, optional {@code status} (required or optional). */
    public static List<GoldRow> readGold(Reader in) throws IOException {
        List<GoldRow> gold = new ArrayList<>();
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(in)) {
            for (String column : List.of("document", "person", "mentions")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IOException("the gold file's header must name document,person,mentions[,status]");
                }
            }
            for (CSVRecord row : parser) {
                String status = row.isMapped("status") ? row.get("status") : "required";
                if (!status.equals("required") && !status.equals("optional")) {
                    throw new IOException("line " + row.getRecordNumber() + ": status must be required or optional");
                }
                int mentions;
                try {
                    mentions = Integer.parseInt(row.get("mentions"));
                } catch (NumberFormatException e) {
                    throw new IOException("line " + row.getRecordNumber() + ": mentions must be a whole number");
                }
                gold.add(new GoldRow(row.get("document"), row.get("person"), mentions, status.equals("required")));
            }
        }
        return gold;
    }

    /** Scores {@code counted} (document to its counted persons) against {@code gold}, documents in gold order. */
    public static Result score(List<GoldRow> gold, Map<String, List<Counted>> counted) {
        Map<String, List<GoldRow>> byDocument = new LinkedHashMap<>();
        gold.forEach(row -> byDocument.computeIfAbsent(row.document(), d -> new ArrayList<>()).add(row));
        List<Row> rows = new ArrayList<>();
        long found = 0;
        long goldMentions = 0;
        long extra = 0;
        int required = 0;
        int exact = 0;
        int strict = 0;
        for (var document : byDocument.entrySet()) {
            List<Counted> entities = counted.getOrDefault(document.getKey(), List.of());
            Set<String> goldNames = document.getValue().stream().map(GoldRow::person).collect(Collectors.toSet());
            Set<String> standFor = new HashSet<>();
            for (GoldRow person : document.getValue()) {
                List<Counted> matching = entities.stream().filter(e -> standsFor(e.entity(), person.person(), goldNames)).toList();
                matching.forEach(e -> standFor.add(e.entity()));
                int count = matching.stream().mapToInt(Counted::mentions).sum();
                String countedAs = matching.stream().map(e -> e.entity() + ":" + e.mentions()).collect(Collectors.joining("; "));
                if (!person.required()) {
                    rows.add(new Row(document.getKey(), person.person(), person.mentions(), count, Verdict.optional, countedAs));
                    continue;
                }
                required++;
                goldMentions += person.mentions();
                found += Math.min(count, person.mentions());
                extra += Math.max(0, count - person.mentions());
                boolean isExact = matching.stream().anyMatch(e -> e.entity().equals(person.person()) && e.mentions() == person.mentions());
                boolean isStrict = isExact && matching.size() == 1;
                exact += isExact ? 1 : 0;
                strict += isStrict ? 1 : 0;
                Verdict verdict = isStrict ? Verdict.strict : isExact ? Verdict.exact : count == 0 ? Verdict.missed : Verdict.different;
                rows.add(new Row(document.getKey(), person.person(), person.mentions(), count, verdict, countedAs));
            }
            for (Counted entity : entities) {
                if (!standFor.contains(entity.entity())) {
                    extra += entity.mentions();
                    rows.add(new Row(document.getKey(), entity.entity(), 0, entity.mentions(), Verdict.spurious,
                            entity.entity() + ":" + entity.mentions()));
                }
            }
        }
        double recall = goldMentions == 0 ? 0 : (double) found / goldMentions;
        double precision = found + extra == 0 ? 0 : (double) found / (found + extra);
        return new Result(byDocument.size(), required, recall, precision, exact, strict, rows);
    }

    /** An entity named as a gold person stands for that person alone; any other, for each person it shares a word with. */
    private static boolean standsFor(String entity, String person, Set<String> goldNames) {
        return goldNames.contains(entity) ? entity.equals(person) : sharesAWord(entity, person);
    }

    /** Whether two names share a word, case ignored, words split at white space and hyphens. */
    static boolean sharesAWord(String a, String b) {
        Set<String> words = new HashSet<>(Arrays.asList(WhiteSpace.splitAtSpacesAndHyphens(a.toLowerCase(Locale.ROOT))));
        return Arrays.stream(WhiteSpace.splitAtSpacesAndHyphens(b.toLowerCase(Locale.ROOT))).anyMatch(words::contains);
    }
}
