package org.warta.names.rules;

import java.util.List;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;
import org.warta.names.Words;

/**
 * A person introduced between commas after the place, body or office they belong to, with the
 * sentence going on in lower case: "Penyerang asal Ghana, Kwame Asante, lolos ...", "Ekonom
 * dari sebuah lembaga riset di Jakarta, Rina Lestari, menilai ...", "Ondoafi Kampung Enggros,
 * Yosias Sanyi, berharap ...", "Utusan Khusus Uni Eropa untuk Kawasan Teluk, Matthias van den
 * Berg, yang hadir ...".
 */
final class Appositions {

    private Appositions() {
    }

    /**
     * Adds the name of two words or more between two commas, the first after a capitalised word
     * and the second before a verb or "yang", where the finder
     * saw no organisation there: the name of a place in that position is one word, or ends in
     * a region word ("Bandung, Jawa Barat, pada ...").
     */
    static void apply(Words tokens, List<NameSpan> names) {
        for (int comma = 1; comma + 3 < tokens.size(); comma++) {
            if (!tokens.get(comma).equals(",") || !Character.isUpperCase(tokens.get(comma - 1).codePointAt(0))) {
                continue;
            }
            int start = comma + 1;
            if (!Character.isUpperCase(tokens.get(start).codePointAt(0))) {
                continue;
            }
            int end = NameRules.nameEnd(tokens, start);
            if (end - start < 2 || end + 1 >= tokens.size() || !tokens.get(end).equals(",") || !isSentenceGoingOn(tokens.get(end + 1))
                    || !NameRules.isUncommonName(tokens.get(start)) || hasAcronym(tokens, start, end)
                    || NameLexicon.regionAt(tokens, start) == end - start || Institutions.headAt(tokens, start) > 0) {
                continue;
            }
            boolean organisation = names.stream().anyMatch(n -> n.type() == EntityType.ORGANIZATION && n.start() < end && start < n.end());
            if (!organisation) {
                names.removeIf(n -> n.start() < end && start < n.end());
                names.add(new NameSpan(start, end, EntityType.PERSON));
            }
            comma = end - 1;
        }
    }

    /** A verb, or "yang": not a function word that goes on with a list or a place ("New York City, New York, sebagai ..."). */
    private static boolean isSentenceGoingOn(String token) {
        return Character.isLowerCase(token.codePointAt(0)) && (token.equals("yang") || !NameLexicon.isFunctionWord(token));
    }

    private static boolean hasAcronym(Words tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NameRules.isAcronym(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }
}
