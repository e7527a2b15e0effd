package org.warta.names;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.text.WordList;

/**
 * The word lists that the name finder's features and rules share: titles and the words of
 * office names, function words, country and region words, the names of Indonesia's regions, and
 * the words that start the names of institutions and organisations. All look-ups ignore case.
 */
public final class NameLexicon {

    /** The words news writes mostly in lower case, learned from IndoSum by {@code warta train names}. */
    public static final String COMMON_WORDS = "common-words.txt";

    /** The lists a word can be on, each a bit of the word's entry in {@link #LISTED}, and the file that holds the list. */
    private enum WordSet {
        TITLE("titles.txt"), OFFICE_WORD("office-words.txt"), HONORIFIC("honorifics.txt"), FUNCTION_WORD("function-words.txt"),
        COMMON_WORD(COMMON_WORDS), COUNTRY("countries.txt"), INTERNATIONAL_BODY("international-bodies.txt"),
        /** The head of the name of an institution or place often named after a person: RSUP, Universitas, Jalan, Gelora. */
        ORGANISATION_HEAD("organisation-heads.txt"), PLACE_HEAD("place-heads.txt"),
        /** A word of organisations' names, never of a person's: Kementerian, Partai, Bank. */
        BODY_WORD("body-words.txt"),
        /** A word that ends a club's or company's name, never a person's: FC, Entertainment, Records. */
        ORGANISATION_END("organisation-ends.txt"),
        /** A word of the name of an Indonesian region, which regions.txt lists whole. */
        REGION_WORD(null),
        /** A word written before a region's name: Kota, Kabupaten, Provinsi. */
        REGION_PREFIX(null),
        /** The first word of a head of two words: Rumah (Sakit), Bandar (Udara). */
        FIRST_OF_HEAD(null);

        private final String file;
        private final int bit = 1 << ordinal();

        WordSet(String file) {
            this.file = file;
        }
    }

    private static final int ANY_TITLE = WordSet.TITLE.bit | WordSet.OFFICE_WORD.bit | WordSet.HONORIFIC.bit;
    private static final int COUNTRY_OR_BODY = WordSet.COUNTRY.bit | WordSet.INTERNATIONAL_BODY.bit;
    private static final int HEAD = WordSet.ORGANISATION_HEAD.bit | WordSet.PLACE_HEAD.bit;
    /** The words that are never part of a person's name, whatever their case. */
    private static final int NEVER_A_NAME = WordSet.FUNCTION_WORD.bit | ANY_TITLE | COUNTRY_OR_BODY | WordSet.REGION_PREFIX.bit | HEAD
            | WordSet.BODY_WORD.bit;

    private static final Set<String> REGIONS = WordList.load(NameLexicon.class, "regions.txt");
    /** Every listed word with the lists it is on, as bits: one look-up answers every question about a word. */
    private static final Map<String, Integer> LISTED = listed();
    /**
     * The same, keyed by each word as news writes it (lower case, capitalised, in capitals), so
     * that most look-ups need no lower-casing: the rules ask about each token many times.
     */
    private static final Map<String, Integer> LISTED_AS_WRITTEN = asWritten(LISTED);
    private static final Set<String> PARTICLES = WordList.load(NameLexicon.class, "name-particles.txt");
    private static final Set<String> SPEECH_VERBS = WordList.load(NameLexicon.class, "speech-verbs.txt");
    private static final Set<String> PLACE_CLASSES = WordList.load(NameLexicon.class, "place-classes.txt");
    /** The words a region's name has at the most ("Ogan Komering Ulu Selatan"). */
    private static final int MAX_REGION_WORDS = 4;
    /** The clitics Indonesian joins to the end of a word: "mungkinkah", "ayolah", "biarpun", "dilantiknya". */
    private static final List<String> CLITICS = List.of("kah", "lah", "pun", "nya");

    private NameLexicon() {
    }

    private static Map<String, Integer> listed() {
        Map<String, Integer> listed = new HashMap<>();
        for (WordSet set : WordSet.values()) {
            if (set.file != null) {
                for (String word : WordList.load(NameLexicon.class, set.file)) {
                    listed.merge(word.toLowerCase(Locale.ROOT), set.bit, (a, b) -> a | b);
                }
            }
        }
        for (String region : REGIONS) {
            for (String word : region.split(" ")) {
                listed.merge(word, WordSet.REGION_WORD.bit, (a, b) -> a | b);
            }
        }
        for (String prefix : List.of("kota", "kabupaten", "kab", "provinsi", "prov")) {
            listed.merge(prefix, WordSet.REGION_PREFIX.bit, (a, b) -> a | b);
        }
        Map<String, Integer> firstWords = new HashMap<>();
        listed.forEach((words, bits) -> {
            if (words.indexOf(' ') > 0 && (bits & HEAD) != 0) {
                firstWords.put(words.substring(0, words.indexOf(' ')), WordSet.FIRST_OF_HEAD.bit);
            }
        });
        firstWords.forEach((word, bit) -> listed.merge(word, bit, (a, b) -> a | b));
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

    /**
     * The last words asked about, each with its lists, by the hash of the word: the rules ask
     * about the same token (the same string) again and again, and comparing references in a small
     * table that stays in the processor's cache is cheaper than probing the large one. Entries
     * are immutable, so threads that share the table see whole entries or none.
     */
    private static final Asked[] RECENTLY_ASKED = new Asked[1 << 12];

    private record Asked(String word, int lists) {
    }

    /** The lists {@code word} is on, in whatever case it is written. */
    private static int listsOf(String word) {
        int slot = word.hashCode() & RECENTLY_ASKED.length - 1;
        Asked asked = RECENTLY_ASKED[slot];
        if (asked == null || asked.word() != word) {
            asked = new Asked(word, lookUpListsOf(word));
            RECENTLY_ASKED[slot] = asked;
        }
        return asked.lists();
    }

    private static int lookUpListsOf(String word) {
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
        return isOn(word, WordSet.TITLE.bit | WordSet.HONORIFIC.bit);
    }

    /** A kind of place written in lower case before its name: desa, kecamatan, kota (only as written, in lower case). */
    public static boolean isPlaceClass(String word) {
        return PLACE_CLASSES.contains(word);
    }

    /** A lower-case particle inside a personal name: bin, van, al. */
    public static boolean isNameParticle(String word) {
        return PARTICLES.contains(word);
    }

    /** A rank or honorific, always followed by a person's name: Laksamana, Jenderal, Bapak, Ny. */
    public static boolean isHonorific(String word) {
        return isOn(word, WordSet.HONORIFIC.bit);
    }

    /** A word that never belongs to a name: Dia, Adapun, Juga, Baca. */
    public static boolean isFunctionWord(String word) {
        return isOn(word, WordSet.FUNCTION_WORD.bit);
    }

    /** {@link #isFunctionWord}, {@link #isTitle} and {@link #isCountry} of a word already in lower case. */
    public static boolean isFunctionWordLower(String lower) {
        return is(lower, WordSet.FUNCTION_WORD.bit);
    }

    public static boolean isTitleLower(String lower) {
        return is(lower, ANY_TITLE);
    }

    /**
     * Whether a word is any of the words that are never part of a person's name: a function
     * word, title, country, international body, Kota or Kabupaten before a region, or a word
     * that starts an institution's or organisation's name (Universitas, Jalan, Kementerian).
     */
    public static boolean isNeverAName(String word) {
        return isOn(word, NEVER_A_NAME) || (word.indexOf('-') > 0 && isListedWithHyphens(lower(word), NEVER_A_NAME));
    }

    /** A word news writes mostly in lower case, learned from IndoSum: Kantor, Risiko, Pernyataan. */
    public static boolean isCommonWord(String word) {
        return isOn(word, WordSet.COMMON_WORD.bit);
    }

    /** A common word ({@link #isCommonWord}) or one of its forms that the lists do not hold ({@link #isInflectedCommonWord}). */
    public static boolean isCommonWordForm(String word) {
        return isCommonWord(word) || isInflectedCommonWord(word);
    }

    /**
     * A common word with a clitic joined to it, or a verb's stem after the passive prefix di-:
     * "Mungkinkah", "Biarpun", "Berbahagialah", "Dilantiknya", "Dipantau" (memantau). Headlines
     * and sentence starts write these with a capital, and the word lists hold the bare words only.
     * The bare word must have four letters or more ("Kenya" is not "ke" with -nya, nor "Barkah"
     * "bar" with -kah), and a passive's stem five ("Dinata" is a name, not "ditata"). A word is
     * lower-cased only when it ends in a clitic: the rules ask this of many words.
     */
    public static boolean isInflectedCommonWord(String word) {
        for (String clitic : CLITICS) {
            int bare = word.length() - clitic.length();
            if (bare >= 4 && word.regionMatches(true, bare, clitic, 0, clitic.length())) {
                String lower = lower(word.substring(0, bare));
                if (is(lower, WordSet.COMMON_WORD.bit) || isPassive(lower)) {
                    return true;
                }
            }
        }
        return isPassive(word);
    }

    /** Whether a word is di- before a verb's stem ({@link #isVerbStem}) of five letters or more: "Dipantau". */
    private static boolean isPassive(String word) {
        return word.length() >= 7 && word.regionMatches(true, 0, "di", 0, 2) && isVerbStem(word.substring(2));
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
            case 'l', 'm', 'n', 'r', 'w', 'y' -> is("me" + stem, WordSet.COMMON_WORD.bit);
            case 'b', 'f', 'v' -> is("mem" + stem, WordSet.COMMON_WORD.bit);
            case 'p' -> is("mem" + rest, WordSet.COMMON_WORD.bit) || is("mem" + stem, WordSet.COMMON_WORD.bit);
            case 'c', 'd', 'j', 'z' -> is("men" + stem, WordSet.COMMON_WORD.bit);
            case 't' -> is("men" + rest, WordSet.COMMON_WORD.bit) || is("men" + stem, WordSet.COMMON_WORD.bit);
            case 's' -> is("meny" + rest, WordSet.COMMON_WORD.bit) || is("men" + stem, WordSet.COMMON_WORD.bit);
            case 'k' -> is("meng" + rest, WordSet.COMMON_WORD.bit) || is("meng" + stem, WordSet.COMMON_WORD.bit);
            case 'a', 'e', 'g', 'h', 'i', 'o', 'u' -> is("meng" + stem, WordSet.COMMON_WORD.bit);
            default -> false;
        };
    }

    /** A verb of saying written before the speaker's name: kata, ujar, tutur. */
    public static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word);
    }

    /** A country, region or international body that can stand in a role: Rusia, AS, China, NATO, Rusia-China, ASEAN-GCC. */
    public static boolean isCountry(String word) {
        return isOn(word, COUNTRY_OR_BODY) || (word.indexOf('-') > 0 && isListedWithHyphens(lower(word), COUNTRY_OR_BODY));
    }

    /**
     * A word of countries.txt, or such words joined by hyphens: the country feature of the name
     * finder, which does not know the international bodies that only the rules read.
     */
    public static boolean isCountryLower(String lower) {
        return isListedWithHyphens(lower, WordSet.COUNTRY.bit);
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
            if (!is(part, COUNTRY_OR_BODY)) {
                return false;
            }
            body |= is(part, WordSet.INTERNATIONAL_BODY.bit);
        }
        return body;
    }

    /**
     * How many tokens the name of an Indonesian province, regency or city that starts at token
     * {@code i} has, with its prefix ("Kota Jayapura", "Kabupaten Bekasi", "Jawa Barat",
     * "Cianjur"), or 0 when none starts there. Only capitalised words make a region's name.
     */
    public static int regionAt(Words tokens, int i) {
        if (!Character.isUpperCase(tokens.get(i).codePointAt(0))) {
            return 0;
        }
        int lists = listsOf(tokens.get(i));
        if ((lists & (WordSet.REGION_PREFIX.bit | WordSet.REGION_WORD.bit)) == 0) {
            return 0;
        }
        int start = i;
        if (i + 1 < tokens.size() && (lists & WordSet.REGION_PREFIX.bit) != 0) {
            start = tokens.get(i + 1).equals(".") ? i + 2 : i + 1;
        }
        StringBuilder name = new StringBuilder();
        int found = 0;
        for (int end = start; end < tokens.size() && end - start < MAX_REGION_WORDS; end++) {
            String token = tokens.get(end);
            if (!Character.isUpperCase(token.codePointAt(0)) || !isOn(token, WordSet.REGION_WORD.bit)) {
                break;
            }
            name.append(end > start ? " " : "").append(lower(token));
            if (REGIONS.contains(name.toString())) {
                found = end + 1 - i;
            }
        }
        return found;
    }

    /**
     * How many tokens the head of an institution's or place's name at token {@code i} has, a
     * capitalised word or two ("RSUP", "Rumah Sakit", "Jalan"), or 0.
     */
    public static int institutionHeadAt(Words tokens, int i) {
        String word = tokens.get(i);
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return 0;
        }
        int lists = listsOf(word);
        if ((lists & WordSet.FIRST_OF_HEAD.bit) != 0 && i + 1 < tokens.size()
                && is(lower(word) + " " + lower(tokens.get(i + 1)), HEAD)) {
            return 2;
        }
        return (lists & HEAD) != 0 ? 1 : 0;
    }

    /** A word that starts an organisation's or institution's name: Kementerian, Partai, Universitas, Jalan. */
    public static boolean isBodyWord(String word) {
        return isOn(word, WordSet.BODY_WORD.bit | HEAD);
    }

    /** A word that ends a club's or company's name and never a person's: FC, CF, Entertainment, Pictures, Records. */
    public static boolean isOrganisationEnd(String word) {
        return isOn(word, WordSet.ORGANISATION_END.bit);
    }

    /** Whether the institution head of {@code length} tokens at {@code i} starts an organisation's name, not a place's. */
    public static boolean isOrganisationHead(Words tokens, int i, int length) {
        String head = length == 1 ? lower(tokens.get(i)) : lower(tokens.get(i)) + " " + lower(tokens.get(i + 1));
        return is(head, WordSet.ORGANISATION_HEAD.bit);
    }

    /** A word written before a region's name: Kota, Kabupaten, Provinsi. */
    public static boolean isRegionPrefix(String word) {
        return isOn(word, WordSet.REGION_PREFIX.bit);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
