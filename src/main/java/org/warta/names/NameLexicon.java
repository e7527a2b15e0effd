package org.warta.names;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.text.WordList;

/**
 * The word lists that the name finder's features and rules share: titles and the words of
 * office names, function words, and country and region words. All lookups ignore case.
 */
public final class NameLexicon {

    private static final int TITLE = 1;
    private static final int OFFICE_WORD = 2;
    private static final int HONORIFIC = 4;
    private static final int FUNCTION_WORD = 8;
    private static final int COMMON_WORD = 16;
    private static final int COUNTRY = 32;
    private static final int INTERNATIONAL_BODY = 64;
    /** A word of the name of an Indonesian region, which regions.txt lists whole. */
    private static final int REGION_WORD = 128;
    /** A word written before a region's name: Kota, Kabupaten, Provinsi. */
    private static final int REGION_PREFIX = 256;
    /** The words that are never part of a person's name, whatever their case. */
    private static final int NEVER_A_NAME = FUNCTION_WORD | TITLE | OFFICE_WORD | HONORIFIC | COUNTRY | INTERNATIONAL_BODY | REGION_PREFIX;
    private static final int ANY_TITLE = TITLE | OFFICE_WORD | HONORIFIC;

    /** Every listed word with the lists it is on, as bits: one look-up answers every question about a word. */
    private static final Set<String> REGIONS = WordList.load(NameLexicon.class, "regions.txt");
    private static final Map<String, Integer> LISTED = listed(Map.of("titles.txt", TITLE, "office-words.txt", OFFICE_WORD,
            "honorifics.txt", HONORIFIC, "function-words.txt", FUNCTION_WORD, "common-words.txt", COMMON_WORD,
            "countries.txt", COUNTRY, "international-bodies.txt", INTERNATIONAL_BODY));
    /**
     * The same, keyed by each word as news writes it (lower case, capitalised, in capitals), so
     * that most look-ups need no lower-casing: the rules ask about each token many times.
     */
    private static final Map<String, Integer> LISTED_AS_WRITTEN = asWritten(LISTED);
    private static final Set<String> PARTICLES = WordList.load(NameLexicon.class, "name-particles.txt");
    private static final Set<String> SPEECH_VERBS = WordList.load(NameLexicon.class, "speech-verbs.txt");
    /** The words a region's name has at the most ("Ogan Komering Ulu Selatan"). */
    private static final int MAX_REGION_WORDS = 4;

    private NameLexicon() {
    }

    private static Map<String, Integer> listed(Map<String, Integer> lists) {
        Map<String, Integer> listed = new HashMap<>();
        lists.forEach((file, bit) -> {
            for (String word : WordList.load(NameLexicon.class, file)) {
                listed.merge(word.toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
            }
        });
        for (String region : REGIONS) {
            for (String word : region.split(" ")) {
                listed.merge(word, REGION_WORD, (a, b) -> a | b);
            }
        }
        for (String prefix : List.of("kota", "kabupaten", "kab", "provinsi", "prov")) {
            listed.merge(prefix, REGION_PREFIX, (a, b) -> a | b);
        }
        return listed; // a HashMap, which finds words faster than Map.copyOf's open addressing; never changed after
    }

    private static Map<String, Integer> asWritten(Map<String, Integer> listed) {
        Map<String, Integer> written = new HashMap<>();
        listed.forEach((lower, lists) -> {
            written.put(lower, lists);
            written.merge(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1), lists, (a, b) -> a | b);
            written.merge(lower.toUpperCase(Locale.ROOT), lists, (a, b) -> a | b);
        });
        return written;
    }

    private static boolean is(String lower, int lists) {
        Integer on = LISTED.get(lower);
        return on != null && (on & lists) != 0;
    }

    /** The lists {@code word} is on, in whatever case it is written. */
    private static int listsOf(String word) {
        Integer on = LISTED_AS_WRITTEN.get(word);
        if (on != null) {
            return on;
        }
        if (isWrittenPlainly(word)) {
            return 0; // in lower case, capitalised or in capitals, it would have been found as written
        }
        on = LISTED.get(lower(word));
        return on == null ? 0 : on;
    }

    /** Whether a word is in lower case, capitalised or in capitals, the forms {@link #LISTED_AS_WRITTEN} holds. */
    private static boolean isWrittenPlainly(String word) {
        boolean restLower = true;
        boolean restUpper = true;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            restLower &= !Character.isUpperCase(c);
            restUpper &= !Character.isLowerCase(c);
        }
        return restLower || (restUpper && Character.isUpperCase(word.charAt(0)));
    }

    private static boolean isOn(String word, int lists) {
        return (listsOf(word) & lists) != 0;
    }

    /** A title, rank, office or a word of an office name: Presiden, Menlu, Luar, Negeri, Laksamana. */
    public static boolean isTitle(String word) {
        return isOn(word, ANY_TITLE);
    }

    /** A title that can start a role: Menteri, Ketua, Presiden, Laksamana, but not Luar or Keamanan. */
    public static boolean isRoleHead(String word) {
        return isOn(word, TITLE | HONORIFIC);
    }

    /** A lower-case particle inside a personal name: bin, van, al. */
    public static boolean isNameParticle(String word) {
        return PARTICLES.contains(word);
    }

    /** A rank or honorific, always followed by a person's name: Laksamana, Jenderal, Bapak, Ny. */
    public static boolean isHonorific(String word) {
        return isOn(word, HONORIFIC);
    }

    /** A word that never belongs to a name: Dia, Adapun, Juga, Baca. */
    public static boolean isFunctionWord(String word) {
        return isOn(word, FUNCTION_WORD);
    }

    /** {@link #isFunctionWord}, {@link #isTitle} and {@link #isCountry} of a word already in lower case. */
    public static boolean isFunctionWordLower(String lower) {
        return is(lower, FUNCTION_WORD);
    }

    public static boolean isTitleLower(String lower) {
        return is(lower, ANY_TITLE);
    }

    /**
     * Whether a word is any of the words that are never part of a person's name: a function
     * word, title, country, international body, or Kota, Kabupaten before a region.
     */
    public static boolean isNeverAName(String word) {
        return isOn(word, NEVER_A_NAME) || (word.indexOf('-') > 0 && isListedWithHyphens(lower(word), NEVER_A_NAME));
    }

    /** A word news writes mostly in lower case, learned from IndoSum: Kantor, Risiko, Pernyataan. */
    public static boolean isCommonWord(String word) {
        return isOn(word, COMMON_WORD);
    }

    /**
     * The stem of a verb that news writes in lower case with its meN- prefix, as headlines write
     * it bare: Temui (menemui), Soroti (menyoroti), Akui (mengakui), Lantik (melantik), Tinjau
     * (meninjau). The prefix takes the form that Indonesian gives it before the stem's first
     * letter, which it may replace (p, t, s, k).
     */
    public static boolean isVerbStem(String word) {
        String stem = lower(word);
        if (stem.length() < 4 || !Character.isLetter(stem.charAt(0))) {
            return false;
        }
        String rest = stem.substring(1);
        return switch (stem.charAt(0)) {
            case 'l', 'm', 'n', 'r', 'w', 'y' -> is("me" + stem, COMMON_WORD);
            case 'b', 'f', 'v' -> is("mem" + stem, COMMON_WORD);
            case 'p' -> is("mem" + rest, COMMON_WORD) || is("mem" + stem, COMMON_WORD);
            case 'c', 'd', 'j', 'z' -> is("men" + stem, COMMON_WORD);
            case 't' -> is("men" + rest, COMMON_WORD) || is("men" + stem, COMMON_WORD);
            case 's' -> is("meny" + rest, COMMON_WORD) || is("men" + stem, COMMON_WORD);
            case 'k' -> is("meng" + rest, COMMON_WORD) || is("meng" + stem, COMMON_WORD);
            case 'a', 'e', 'g', 'h', 'i', 'o', 'u' -> is("meng" + stem, COMMON_WORD);
            default -> false;
        };
    }

    /** A verb of saying written before the speaker's name: kata, ujar, tutur. */
    public static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word);
    }

    /** A country, region or international body that can stand in a role: Rusia, AS, China, NATO, Rusia-China, ASEAN-GCC. */
    public static boolean isCountry(String word) {
        return isOn(word, COUNTRY | INTERNATIONAL_BODY) || (word.indexOf('-') > 0 && isListedWithHyphens(lower(word), COUNTRY | INTERNATIONAL_BODY));
    }

    /**
     * A word of countries.txt, or such words joined by hyphens: the country feature of the name
     * finder, which does not know the international bodies that only the rules read.
     */
    public static boolean isCountryLower(String lower) {
        return isListedWithHyphens(lower, COUNTRY);
    }

    private static boolean isListedWithHyphens(String lower, int lists) {
        if (is(lower, lists)) {
            return true;
        }
        int hyphen = lower.indexOf('-');
        return hyphen > 0 && is(lower.substring(0, hyphen), lists) && isListedWithHyphens(lower.substring(hyphen + 1), lists);
    }

    /** An international body, or country words joined by a hyphen with one: PBB, NATO, Uni, ASEAN-GCC. */
    public static boolean isInternationalBody(String word) {
        boolean body = false;
        for (String part : lower(word).split("-")) {
            if (!is(part, COUNTRY | INTERNATIONAL_BODY)) {
                return false;
            }
            body |= is(part, INTERNATIONAL_BODY);
        }
        return body;
    }

    /**
     * How many tokens the name of an Indonesian province, regency or city that starts at token
     * {@code i} has, with its prefix ("Kota Jayapura", "Kabupaten Bekasi", "Jawa Barat",
     * "Cianjur"), or 0 when none starts there. Only capitalised words make a region's name.
     */
    public static int regionAt(List<String> tokens, int i) {
        if (!Character.isUpperCase(tokens.get(i).codePointAt(0))) {
            return 0;
        }
        int lists = listsOf(tokens.get(i));
        if ((lists & (REGION_PREFIX | REGION_WORD)) == 0) {
            return 0;
        }
        int start = i;
        if (i + 1 < tokens.size() && (lists & REGION_PREFIX) != 0) {
            start = tokens.get(i + 1).equals(".") ? i + 2 : i + 1;
        }
        StringBuilder name = new StringBuilder();
        int found = 0;
        for (int end = start; end < tokens.size() && end - start < MAX_REGION_WORDS; end++) {
            String token = tokens.get(end);
            if (!Character.isUpperCase(token.codePointAt(0)) || !isOn(token, REGION_WORD)) {
                break;
            }
            name.append(end > start ? " " : "").append(lower(token));
            if (REGIONS.contains(name.toString())) {
                found = end + 1 - i;
            }
        }
        return found;
    }

    /** A word written before a region's name: Kota, Kabupaten, Provinsi. */
    public static boolean isRegionPrefix(String word) {
        return isOn(word, REGION_PREFIX);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
