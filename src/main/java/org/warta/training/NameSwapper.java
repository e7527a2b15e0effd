package org.warta.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.warta.evaluation.TaggedSentence;
import org.warta.names.EntityType;
import org.warta.names.NameSpan;

/**
 * Makes copies of tagged sentences with their people's names swapped for other names, so that
 * the name model learns the contexts that surround a name ("Pelatih ... X memuji Y") rather than
 * the few hundred names of its training sentences. The new names are drawn from the given names
 * and surnames of the lexicons (eleven languages) and, for the name shapes that no list holds,
 * built from syllables: Chinese ("Zhang Wei", "Xi Jinping"), Korean ("Son Heung-min") and
 * Russian surnames ("Belousov", "Kovalenko").
 *
 * <p>A swap keeps the number of words of each name, and within a sentence one word always
 * becomes the same word, so a short mention still matches its full name ("Lavrov" after "Sergei
 * Lavrov"). Deterministic for a seed.
 */
public final class NameSwapper {

    private static final List<String> LANGUAGES = List.of("ar", "de", "en", "es-es", "it", "ja", "nl-be", "pl", "pt-br");
    private static final String[] PINYIN_INITIALS = {"", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "zh", "ch", "sh", "r", "z", "c", "s", "y", "w"};
    private static final String[] PINYIN_FINALS = {"a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "i", "ian", "iang",
        "in", "ing", "ong", "ou", "u", "uan", "un", "uo", "ui", "iu", "ie"};
    private static final String[] HANGUL_SYLLABLES = {"min", "jae", "hyun", "soo", "ji", "woo", "seung", "hee", "young", "jin",
        "sung", "eun", "hye", "joon", "ho", "kyung", "yeon", "dong", "hwa", "tae", "jun", "mi", "na", "yoon", "heung"};
    private static final String[] RUSSIAN_ROOTS = {"Bel", "Pat", "Lav", "Sok", "Iv", "Kuz", "Med", "Vol", "Mor", "Sem", "Grom",
        "Kor", "Zakh", "Tar", "Pol", "Ryb", "Lit", "Kis", "Nov", "Prokh", "Dub", "Shev", "Kov", "Zel", "Bor"};
    private static final String[] RUSSIAN_SUFFIXES = {"ov", "ev", "ova", "eva", "enko", "sky", "in", "ovich", "uk"};

    private final Map<String, List<String>> given = new HashMap<>();
    private final Map<String, List<String>> surnames = new HashMap<>();
    private final List<String> indonesian;
    private final Random random;

    private NameSwapper(Path names, long seed) throws IOException {
        for (String language : LANGUAGES) {
            given.put(language, capitalised(names.resolve(language + ".given-names.txt")));
            surnames.put(language, capitalised(names.resolve(language + ".surnames.txt")));
        }
        indonesian = capitalised(names.resolve("id.given-names.txt"));
        random = new Random(seed);
    }

    /** A swapper drawing from the name lists in {@code lexicons/names}. */
    public static NameSwapper fromLexicons(Path lexicons, long seed) throws IOException {
        return new NameSwapper(lexicons.resolve("names"), seed);
    }

    /** The sentence with every person's name swapped, or the sentence itself when it names no person. */
    public TaggedSentence swap(TaggedSentence sentence) {
        List<NameSpan> persons = new ArrayList<>(sentence.names().stream().filter(n -> n.type() == EntityType.PERSON).toList());
        if (persons.isEmpty()) {
            return sentence;
        }
        persons.sort(Comparator.comparingInt((NameSpan n) -> n.end() - n.start()).reversed());
        List<String> tokens = new ArrayList<>(sentence.tokens());
        Map<String, String> swapped = new HashMap<>();
        for (NameSpan person : persons) {
            List<String> words = tokens.subList(person.start(), person.end());
            List<String> replacement = name(words.size());
            for (int i = 0; i < words.size(); i++) {
                String newWord = replacement.get(i);
                if (isNameWord(words.get(i))) {
                    words.set(i, swapped.computeIfAbsent(words.get(i), w -> newWord));
                }
            }
        }
        return new TaggedSentence(tokens, sentence.tags());
    }

    /** A person's name of {@code length} words, in one of the styles news meets. */
    List<String> name(int length) {
        List<String> words = new ArrayList<>(length);
        int style = random.nextInt(6);
        String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        for (int i = 0; i < length; i++) {
            boolean last = i == length - 1;
            words.add(switch (style) {
                case 0 -> pick(indonesian);
                case 1 -> i == 0 ? chineseSyllables(1) : chineseSyllables(1 + random.nextInt(2));
                case 2 -> i == 0 ? chineseSyllables(1) : korean();
                case 3 -> last ? russian() : pick(given.get("pl"));
                default -> last && length > 1 || (length == 1 && random.nextBoolean())
                        ? pick(surnames.get(language)) : pick(given.get(language));
            });
        }
        return words;
    }

    private String chineseSyllables(int count) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < count; i++) {
            word.append(pick(PINYIN_INITIALS)).append(pick(PINYIN_FINALS));
        }
        return capitalise(word.toString());
    }

    private String korean() {
        return capitalise(pick(HANGUL_SYLLABLES)) + "-" + pick(HANGUL_SYLLABLES);
    }

    private String russian() {
        return pick(RUSSIAN_ROOTS) + pick(RUSSIAN_SUFFIXES);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static boolean isNameWord(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    private static List<String> capitalised(Path list) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.length() > 1 && name.chars().allMatch(Character::isLetter)) {
                names.add(capitalise(name));
            }
        }
        return names;
    }

    private static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
