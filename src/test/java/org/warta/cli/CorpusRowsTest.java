package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.text.WordList;

/**
 * The corpus report over the seeds, the other-news articles and the newsroom pages together,
 * checked the way a reader of the issue would, with no code of warta's folds: no two rows name
 * one entity in other capitals, after an administrative prefix, by another name of a country,
 * or by the short form an article gives in brackets; no person's row is one word of exactly one
 * full name of the corpus; each entity has one type.
 */
class CorpusRowsTest {

    private static final String NAMES = "src/test/resources/org/warta/names/";
    private static final Pattern PREFIX = Pattern.compile("(?i)^(kota|kabupaten|kab\\.|provinsi) (.+)$");
    private static final Pattern BRACKETED = Pattern.compile("((?:\\p{Lu}[\\p{L}.'-]*\\s+){1,8})\\((\\p{Lu}[\\p{L}\\d]+)\\)");

    private static List<CSVRecord> rows;
    private static Set<String> names;

    @BeforeAll
    static void countTheCorpus() throws IOException {
        String csv = WartaRunner.stdout("count", "seeds", NAMES + "other-news", NAMES + "newsroom");
        rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        names = new HashSet<>();
        rows.forEach(row -> names.add(row.get("entity")));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Test
    void noTwoRowsDifferOnlyInCaseAndEachEntityHasOneType() {
        Map<String, List<String>> byLowerName = new HashMap<>();
        rows.forEach(row -> byLowerName.computeIfAbsent(lower(row.get("entity")), n -> new ArrayList<>())
                .add(row.get("entity") + "," + row.get("type")));
        assertEquals(List.of(), byLowerName.values().stream().filter(same -> same.size() > 1).toList());
    }

    @Test
    void noPlaceIsTwoRowsWithAndWithoutItsPrefix() {
        Map<String, Set<String>> prefixes = new HashMap<>();
        for (String name : names) {
            Matcher prefixed = PREFIX.matcher(name);
            if (prefixed.matches()) {
                prefixes.computeIfAbsent(lower(prefixed.group(2)), p -> new HashSet<>()).add(lower(prefixed.group(1)));
            }
        }
        List<String> split = new ArrayList<>();
        names.forEach(name -> {
            Set<String> seen = prefixes.get(lower(name));
            if (seen != null && seen.size() == 1) {
                split.add(name);
            }
        });
        assertEquals(List.of(), split);
    }

    @Test
    void noCountryIsTwoRows() {
        Map<String, List<String>> rowsOfCountry = new HashMap<>();
        for (String line : WordList.load(org.warta.names.NameLexicon.class, "country-names.txt")) {
            for (String name : line.split("\\|")) {
                if (names.contains(name)) {
                    rowsOfCountry.computeIfAbsent(line, l -> new ArrayList<>()).add(name);
                }
            }
        }
        assertEquals(List.of(), rowsOfCountry.values().stream().filter(country -> country.size() > 1).toList());
    }

    @Test
    void noShortFormInBracketsIsARowBesideTheNameItFollows() throws IOException {
        Map<String, Set<String>> longNames = new HashMap<>();
        for (String folder : List.of("seeds", NAMES + "other-news", NAMES + "newsroom")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.toList()) {
                    Matcher pair = BRACKETED.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (pair.find()) {
                        String before = pair.group(1).strip();
                        // the row is the longest end of the words before the brackets that is a row
                        String[] words = before.split("\\s+");
                        for (int from = 0; from < words.length; from++) {
                            String name = String.join(" ", List.of(words).subList(from, words.length));
                            if (names.contains(name)) {
                                longNames.computeIfAbsent(pair.group(2), s -> new HashSet<>()).add(name);
                                break;
                            }
                        }
                    }
                }
            }
        }
        // "(Persero)" is a company's legal form, no short name; "(GCC)" follows "Dewan Kerja Sama Teluk", of
        // which the name finder found only "Teluk", the Gulf
        Set<String> noShortForms = Set.of("Persero", "GCC");
        List<String> split = new ArrayList<>();
        longNames.forEach((shortForm, named) -> {
            if (named.size() == 1 && names.contains(shortForm) && !noShortForms.contains(shortForm)) {
                split.add(shortForm + " / " + named);
            }
        });
        assertEquals(List.of(), split);
        assertEquals(true, longNames.containsKey("KPK") || longNames.containsKey("OJK"), longNames::toString);
    }

    @Test
    void noPersonRowIsAWordOfExactlyOneFullName() {
        List<String> persons = rows.stream().filter(row -> row.get("type").equals("PERSON")).map(row -> row.get("entity")).toList();
        List<String> folded = new ArrayList<>();
        for (String person : persons) {
            if (!person.contains(" ")) {
                long holding = persons.stream().filter(full -> List.of(full.split(" ")).contains(person) && !full.equals(person)).count();
                if (holding == 1) {
                    folded.add(person);
                }
            }
        }
        assertEquals(List.of(), folded);
    }
}
