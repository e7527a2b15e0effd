package org.warta.names;

import java.util.Locale;
import java.util.Set;
import org.warta.text.WordList;

/**
 * The word lists that the name finder's features and rules share: titles and the words of
 * office names, function words, and country and region words. All lookups ignore case.
 */
public final class NameLexicon {

    private static final Set<String> TITLES = WordList.load(NameLexicon.class, "titles.txt");
    private static final Set<String> OFFICE_WORDS = WordList.load(NameLexicon.class, "office-words.txt");
    private static final Set<String> PARTICLES = WordList.load(NameLexicon.class, "name-particles.txt");
    private static final Set<String> HONORIFICS = WordList.load(NameLexicon.class, "honorifics.txt");
    private static final Set<String> FUNCTION_WORDS = WordList.load(NameLexicon.class, "function-words.txt");
    private static final Set<String> SPEECH_VERBS = WordList.load(NameLexicon.class, "speech-verbs.txt");
    private static final Set<String> COMMON_WORDS = WordList.load(NameLexicon.class, "common-words.txt");
    private static final Set<String> COUNTRIES = WordList.load(NameLexicon.class, "countries.txt");

    private NameLexicon() {
    }

    /** A title, rank, office or a word of an office name: Presiden, Menlu, Luar, Negeri, Laksamana. */
    public static boolean isTitle(String word) {
        return isTitleLower(lower(word));
    }

    /** A title that can start a role: Menteri, Ketua, Presiden, Laksamana, but not Luar or Keamanan. */
    public static boolean isRoleHead(String word) {
        String lower = lower(word);
        return TITLES.contains(lower) || HONORIFICS.contains(lower);
    }

    /** A lower-case particle inside a personal name: bin, van, al. */
    public static boolean isNameParticle(String word) {
        return PARTICLES.contains(word);
    }

    /** A rank or honorific, always followed by a person's name: Laksamana, Jenderal, Bapak, Ny. */
    public static boolean isHonorific(String word) {
        return HONORIFICS.contains(lower(word));
    }

    /** A word that never belongs to a name: Dia, Adapun, Juga, Baca. */
    public static boolean isFunctionWord(String word) {
        return isFunctionWordLower(lower(word));
    }

    /** {@link #isFunctionWord}, {@link #isTitle} and {@link #isCountry} of a word already in lower case. */
    static boolean isFunctionWordLower(String lower) {
        return FUNCTION_WORDS.contains(lower);
    }

    static boolean isTitleLower(String lower) {
        return TITLES.contains(lower) || HONORIFICS.contains(lower) || OFFICE_WORDS.contains(lower);
    }

    /** Whether a word is any of the words that are never names: function word, title or country. */
    static boolean isFunctionTitleOrCountry(String word) {
        String lower = lower(word);
        return isFunctionWordLower(lower) || isTitleLower(lower) || isCountryLower(lower);
    }

    /** A word news writes mostly in lower case, learned from IndoSum: Kantor, Risiko, Pernyataan. */
    public static boolean isCommonWord(String word) {
        return COMMON_WORDS.contains(lower(word));
    }

    /** A verb of saying written before the speaker's name: kata, ujar, tutur. */
    public static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word);
    }

    /** A country, region or bloc word that can stand in a role: Rusia, AS, China, NATO, Rusia-China. */
    public static boolean isCountry(String word) {
        return isCountryLower(lower(word));
    }

    static boolean isCountryLower(String lower) {
        if (COUNTRIES.contains(lower)) {
            return true;
        }
        int hyphen = lower.indexOf('-');
        return hyphen > 0 && COUNTRIES.contains(lower.substring(0, hyphen)) && isCountryLower(lower.substring(hyphen + 1));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
