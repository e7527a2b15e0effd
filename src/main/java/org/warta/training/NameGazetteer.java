package org.warta.training;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds the name model's gazetteer from the lexicons in {@code ../shared/data/lexicons}: for
 * each word, which kinds of list hold it. The kinds are coarse on purpose (a given name of any
 * of the ten foreign languages, a surname of any, an Indonesian name, a word of the name of an
 * Indonesian province, regency, city or district): the lists hold ordinary words too ("Long",
 * "Bintang", "Jaya"), so they are evidence the model weighs, never answers.
 *
 * <p>The French lists are swapped upstream (the lexicons' README says so): its given-name file
 * is read as surnames and its surname file as given names.
 */
public final class NameGazetteer {

    /** The kinds, as the letters the gazetteer file uses. */
    public static final char GIVEN = 'g';
    public static final char SURNAME = 's';
    public static final char INDONESIAN = 'i';
    public static final char PLACE = 'p';

    private static final List<String> FOREIGN = List.of("ar", "de", "en", "es-es", "fr", "it", "ja", "nl-be", "pl", "pt-br");
    private static final List<String> PLACE_FILES = List.of("provinces.csv", "regencies.csv", "districts.csv");
    private static final List<String> ADMINISTRATIVE_WORDS = List.of("kabupaten", "kota", "adm.", "administrasi");

    private NameGazetteer() {
    }

    /** Every listed word, lower case, with the letters of the kinds of list that hold it, sorted. */
    public static Map<String, String> build(Path lexicons) throws IOException {
        Map<String, StringBuilder> kinds = new TreeMap<>();
        for (String language : FOREIGN) {
            boolean swapped = language.equals("fr");
            addNames(lexicons.resolve("names/" + language + ".given-names.txt"), swapped ? SURNAME : GIVEN, kinds);
            addNames(lexicons.resolve("names/" + language + ".surnames.txt"), swapped ? GIVEN : SURNAME, kinds);
        }
        addNames(lexicons.resolve("names/id.given-names.txt"), INDONESIAN, kinds);
        for (String file : PLACE_FILES) {
            try (Reader in = Files.newBufferedReader(lexicons.resolve("places/" + file), StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    for (String word : row.get("name").toLowerCase(Locale.ROOT).split("[\\s()]+")) {
                        if (word.length() > 1 && !ADMINISTRATIVE_WORDS.contains(word)) {
                            add(word, PLACE, kinds);
                        }
                    }
                }
            }
        }
        Map<String, String> gazetteer = new TreeMap<>();
        kinds.forEach((word, letters) -> gazetteer.put(word, letters.toString()));
        return gazetteer;
    }

    /** Writes the gazetteer as the tab-separated resource the name features read. */
    public static void write(Path file, Map<String, String> gazetteer) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# The name model's gazetteer: a word (lower case), a tab, the kinds of list that hold it:");
        lines.add("# g a given name and s a surname in the lists of ten languages (MIT, @zxcvbn-ts language");
        lines.add("# packages), i an Indonesian name (@zxcvbn-ts/language-id, MIT; from Wiktionary, CC BY-SA),");
        lines.add("# p a word of the name of an Indonesian province, regency, city or district (idn-area-data,");
        lines.add("# ODbL 1.0). Built by 'warta train names' (NameGazetteer) from ../shared/data/lexicons; see NOTICE.");
        gazetteer.forEach((word, letters) -> lines.add(word + "\t" + letters));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void addNames(Path list, char kind, Map<String, StringBuilder> kinds) throws IOException {
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String word = line.strip().toLowerCase(Locale.ROOT);
            if (word.length() > 1 && word.indexOf(' ') < 0) {
                add(word, kind, kinds);
            }
        }
    }

    private static void add(String word, char kind, Map<String, StringBuilder> kinds) {
        StringBuilder letters = kinds.computeIfAbsent(word, w -> new StringBuilder());
        if (letters.indexOf(String.valueOf(kind)) < 0) {
            letters.append(kind);
        }
    }
}
