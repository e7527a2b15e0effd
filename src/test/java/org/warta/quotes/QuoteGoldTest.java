package org.warta.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.warta.cli.WartaRunner;

/**
 * {@code warta quotes} against the statements a careful reader lists in the five seeds and the
 * eighteen newsroom pages (the gold of the issue, read by the rules of /work/briefs/articles.md).
 * A predicted row pairs with a gold row of its document when the speakers agree (they share a
 * word, case aside, or both are empty) and the quotes overlap by at least half the words of the
 * longer; each row pairs at most once, as many pairs as can be made. The same scoring as
 * src/test/python/score_quotes.py, which shares no code with this.
 *
 * <p>The issue asks for direct recall 0.95, indirect recall 0.80 and precision 0.90, asserted here.
 */
class QuoteGoldTest {

    private static final Path GOLD = Path.of("src/test/resources/org/warta/quotes");
    private static final Path NEWSROOM = Path.of("src/test/resources/org/warta/names/newsroom");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** One statement: its document's file name, speaker, kind and quote. */
    private record Row(String document, String speaker, String kind, String quote) {
    }

    private static List<Row> read(Reader csv, String documentColumn) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            rows.add(new Row(Path.of(record.get(documentColumn)).getFileName().toString(), record.get("speaker"),
                    record.get("kind"), record.get("quote")));
        }
        return rows;
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            counts.merge(word.group(), 1, Integer::sum);
        }
        return counts;
    }

    static boolean speakersAgree(String a, String b) {
        if (a.isBlank() || b.isBlank()) {
            return a.isBlank() && b.isBlank();
        }
        Set<String> shared = new HashSet<>(words(a).keySet());
        shared.retainAll(words(b).keySet());
        return !shared.isEmpty();
    }

    static boolean quotesOverlap(String a, String b) {
        Map<String, Integer> wordsA = words(a);
        Map<String, Integer> wordsB = words(b);
        int longer = Math.max(wordsA.values().stream().mapToInt(Integer::intValue).sum(),
                wordsB.values().stream().mapToInt(Integer::intValue).sum());
        int shared = wordsA.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), wordsB.getOrDefault(e.getKey(), 0))).sum();
        return longer > 0 && 2 * shared >= longer;
    }

    /** For each gold row paired, the predicted row it pairs with: a maximum matching, by augmenting paths. */
    private static Map<Integer, Integer> pairs(List<Row> gold, List<Row> predicted) {
        List<List<Integer>> agree = new ArrayList<>();
        for (Row g : gold) {
            List<Integer> edges = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                if (speakersAgree(g.speaker(), predicted.get(p).speaker()) && quotesOverlap(g.quote(), predicted.get(p).quote())) {
                    edges.add(p);
                }
            }
            agree.add(edges);
        }
        Map<Integer, Integer> owner = new HashMap<>();
        for (int g = 0; g < gold.size(); g++) {
            augment(g, agree, owner, new HashSet<>());
        }
        Map<Integer, Integer> byGold = new HashMap<>();
        owner.forEach((p, g) -> byGold.put(g, p));
        return byGold;
    }

    private static boolean augment(int g, List<List<Integer>> agree, Map<Integer, Integer> owner, Set<Integer> seen) {
        for (int p : agree.get(g)) {
            if (seen.add(p) && (!owner.containsKey(p) || augment(owner.get(p), agree, owner, seen))) {
                owner.put(p, g);
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<Row>> byDocument(List<Row> rows) {
        Map<String, List<Row>> grouped = new TreeMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.document(), d -> new ArrayList<>()).add(row));
        return grouped;
    }

    @Test
    void findsTheStatementsACarefulReaderListsInTheSeedsAndTheNewsroomPages() throws IOException {
        List<Row> gold = new ArrayList<>();
        List<Row> predicted = new ArrayList<>();
        for (String[] set : new String[][] {{"seeds-quotes.csv", "seeds"}, {"newsroom-quotes.csv", NEWSROOM.toString()}}) {
            try (Reader in = Files.newBufferedReader(GOLD.resolve(set[0]), StandardCharsets.UTF_8)) {
                gold.addAll(read(in, "document"));
            }
            predicted.addAll(read(new StringReader(WartaRunner.stdout("quotes", set[1])), "document"));
        }
        Map<String, List<Row>> goldByDocument = byDocument(gold);
        Map<String, List<Row>> predictedByDocument = byDocument(predicted);
        Map<String, int[]> byKind = new TreeMap<>(); // kind -> gold, paired
        int paired = 0;
        for (String document : new TreeSet<>(goldByDocument.keySet())) {
            List<Row> g = goldByDocument.get(document);
            List<Row> p = predictedByDocument.getOrDefault(document, List.of());
            Map<Integer, Integer> pairs = pairs(g, p);
            paired += pairs.size();
            for (int k = 0; k < g.size(); k++) {
                int[] counts = byKind.computeIfAbsent(g.get(k).kind(), kind -> new int[2]);
                counts[0]++;
                if (pairs.containsKey(k)) {
                    counts[1]++;
                } else {
                    System.out.println("missed " + g.get(k));
                }
            }
        }
        double direct = (double) byKind.get("direct")[1] / byKind.get("direct")[0];
        double indirect = (double) byKind.get("indirect")[1] / byKind.get("indirect")[0];
        double precision = (double) paired / predicted.size();
        String figures = String.format(Locale.ROOT, "direct recall %.3f, indirect recall %.3f, precision %.3f (%d predicted, %d paired)",
                direct, indirect, precision, predicted.size(), paired);
        System.out.println(figures);
        assertEquals(Set.of("direct", "indirect"), byKind.keySet());
        assertTrue(direct >= 0.95, figures);
        assertTrue(indirect >= 0.80, figures);
        assertTrue(precision >= 0.90, figures);
    }

    @Test
    void pairsRowsAsTheIssueSays() {
        assertTrue(speakersAgree("Lavrov", "Sergei Lavrov"));
        assertTrue(speakersAgree("", " "));
        assertTrue(!speakersAgree("", "Sergei Lavrov") && !speakersAgree("Wang Yi", "Sergei Lavrov"));
        assertTrue(quotesOverlap("Putin menyarankan penguatan keamanan Eurasia", "bahwa Putin menyarankan penguatan keamanan Eurasia."));
        assertTrue(!quotesOverlap("Putin menyarankan penguatan keamanan Eurasia dan Asia", "Putin menyarankan"));
    }
}
