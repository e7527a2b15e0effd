package org.warta.names.rules;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Academic degrees written after a name, as dotted abbreviations of capitalised parts ("M.Pd.",
 * "S.H.", "M.Sc.", "Ph.D.", "Sp.PD", "M.P.H.", "M.Kes.") or as the same letters without their
 * full stops ("SH", "MBA", "SpPD", "BA"): never part of a person's name.
 */
final class Degrees {

    /** Two or more parts of one to three letters, the first capitalised, joined by full stops, with or without a last one. */
    private static final Pattern DEGREE = Pattern.compile("\\p{Lu}\\p{L}{0,2}(\\.\\p{L}{1,3})+\\.?");

    /**
     * Indonesian and foreign degrees as news writes them without full stops after a name
     * ("Abdullah Sitopan BA", "Ratna Dewi SH MH"). Only letters a name never ends in: not "MA"
     * (also Mahkamah Agung), nor "ST" or "MT", which stand for places and bodies as often.
     */
    private static final Set<String> WITHOUT_STOPS = Set.of("SH", "MH", "SE", "MM", "MBA", "MSi", "MSc", "MPd", "SPd",
            "SIP", "SKom", "SSos", "SAg", "MAg", "SKM", "MKM", "MKes", "BA", "BSc", "PhD", "SpPD", "SpOG", "SpA", "Lc");

    /** The longest of them, so that most words need no look-up. */
    private static final int MAX_WITHOUT_STOPS = WITHOUT_STOPS.stream().mapToInt(String::length).max().orElseThrow();

    private Degrees() {
    }

    static boolean isDegree(String token) {
        if (token.indexOf('.') > 0) {
            return DEGREE.matcher(token).matches();
        }
        return token.length() <= MAX_WITHOUT_STOPS && WITHOUT_STOPS.contains(token);
    }
}
