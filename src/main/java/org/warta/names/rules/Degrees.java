package org.warta.names.rules;

import java.util.regex.Pattern;

/**
 * Academic degrees written after a name, as dotted abbreviations of capitalised parts ("M.Pd.",
 * "S.H.", "M.Sc.", "Ph.D.", "Sp.PD", "M.P.H.", "M.Kes."): never part of a person's name.
 */
final class Degrees {

    /** Two or more parts of one to three letters, the first capitalised, joined by full stops, with or without a last one. */
    private static final Pattern DEGREE = Pattern.compile("\\p{Lu}\\p{L}{0,2}(\\.\\p{L}{1,3})+\\.?");

    private Degrees() {
    }

    static boolean isDegree(String token) {
        return token.indexOf('.') > 0 && DEGREE.matcher(token).matches();
    }
}
