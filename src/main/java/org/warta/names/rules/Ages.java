package org.warta.names.rules;

import java.util.List;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;
import org.warta.names.Words;

/**
 * An age in brackets follows the name of a person that news introduces ("Fikri (17), Aisyah
 * (16), dan Syamsul (17)", "Korban, Joko Santoso (45)", "Misnati (34), warga Kecamatan
 * Pragaan"), or the initials of a suspect ("berinisial RN (27) dan MS (41)"), which are never
 * a name.
 */
public final class Ages {

    /** The words of a name that an age may follow, at the most. */
    private static final int MAX_NAME_WORDS = 4;

    private Ages() {
    }

    /**
     * Adds the person whose name an age follows, where the finder saw no organisation, region or
     * country (a person it took for a place is a person: "Sukarjo (52)"), and removes the
     * people's names that are initials.
     */
    static void apply(Words tokens, List<NameSpan> names) {
        for (int i = 0; i < tokens.size(); i++) {
            if (isInitials(tokens, i)) {
                int initials = i;
                names.removeIf(n -> n.type() == EntityType.PERSON && n.start() <= initials && initials < n.end());
            } else if (isAge(tokens, i + 1)) {
                int end = i + 1;
                int start = end;
                while (start > 0 && end - start < MAX_NAME_WORDS && NameRules.isNameWord(tokens.get(start - 1))) {
                    start--;
                }
                int from = start;
                boolean other = names.stream().anyMatch(n -> n.start() < end && from < n.end()
                        && (n.type() == EntityType.ORGANIZATION || NameLexicon.regionAt(tokens, n.start()) > 0 || NameLexicon.isCountry(tokens.get(n.start()))));
                if (start < end && !other && !(end - start == 1 && NameLexicon.isCommonWord(tokens.get(start)))) {
                    names.removeIf(n -> n.start() < end && from < n.end());
                    names.add(new NameSpan(start, end, EntityType.PERSON));
                }
            }
        }
    }

    /**
     * Whether token {@code i} is initials: up to three capitals, after "berinisial" or
     * "inisial" or before an age ("RN (27)", "berinisial AS").
     */
    public static boolean isInitials(Words tokens, int i) {
        String token = tokens.get(i);
        if (token.length() > 3 || !(NameRules.isAcronym(token) || (token.length() == 1 && Character.isUpperCase(token.charAt(0))))) {
            return false;
        }
        String before = i > 0 ? tokens.get(i - 1) : "";
        return before.equals("berinisial") || before.equals("inisial") || isAge(tokens, i + 1);
    }

    /** Whether an age in brackets starts at token {@code i}: "(", a number of one to three digits, ")". */
    private static boolean isAge(Words tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i).equals("(") && tokens.get(i + 2).equals(")")
                && isNumber(tokens.get(i + 1));
    }

    /** One to three digits, as an age is written. */
    private static boolean isNumber(String token) {
        if (token.length() > 3) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
