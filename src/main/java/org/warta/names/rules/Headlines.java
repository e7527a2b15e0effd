package org.warta.names.rules;

import java.util.ArrayList;
import java.util.List;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;
import org.warta.names.Words;

/**
 * Names in a title-case headline, where every word has a capital, so that capitals do not
 * delimit a name but common words do.
 */
final class Headlines {

    private Headlines() {
    }

    /**
     * Cuts each person's name at the words news writes in lower case, in this form or as the
     * verb they are the stem of: a headline gives its names separately, never with a verb or
     * common word inside ("Sugiono Temui Abdelatty" is Sugiono and Abdelatty, "Sri Mulyani
     * Soroti" is Sri Mulyani, "Banjir Entrop Terulang" is Entrop).
     */
    static void splitAtCommonWords(Words tokens, List<NameSpan> names) {
        List<NameSpan> split = new ArrayList<>(names.size());
        for (NameSpan name : names) {
            split.addAll(name.type() == EntityType.PERSON ? cutAtCommonWords(tokens, name) : List.of(name));
        }
        names.clear();
        names.addAll(split);
    }

    /** The runs of a person's name between its common words. */
    private static List<NameSpan> cutAtCommonWords(Words tokens, NameSpan name) {
        List<NameSpan> parts = new ArrayList<>(1);
        int from = name.start();
        for (int i = name.start(); i <= name.end(); i++) {
            if (i == name.end() || (NameRules.isNameWord(tokens.get(i)) && !NameRules.isUncommonName(tokens.get(i)))) {
                if (i > from) {
                    parts.add(new NameSpan(from, i, EntityType.PERSON));
                }
                from = i + 1;
            }
        }
        return parts;
    }

    /**
     * After a role (a title, country words or a region, perhaps a comma) the words that news
     * never writes in lower case are the name ("Presiden China, Xi Jinping Dikhawatirkan ...",
     * "Sanksi Kerabat Ramzan Kadyrov dan ..."). Two such words at least, or it is too weak to take.
     */
    static void namesAfterRoles(Words tokens, List<NameSpan> names) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!NameLexicon.isRoleHead(tokens.get(i))) {
                continue;
            }
            int from = i + 1;
            boolean region = false;
            for (int unit; from < tokens.size() && (unit = roleUnitAt(tokens, from)) > 0; from += unit) {
                region = unit > 1 || Roles.regionInRole(tokens, from) > 0;
            }
            int to = from;
            while (to < tokens.size() && NameRules.isUncommonName(tokens.get(to))) {
                to++;
            }
            if (to - from >= 2) {
                int start = from;
                int end = to;
                names.removeIf(n -> n.start() < end && n.end() > start);
                names.add(new NameSpan(start, end, EntityType.PERSON));
                if (region) {
                    NameRules.addPlaces(tokens, i + 1, start, names); // "Wali Kota Jayapura Yeremias Ireeuw Janji ..."
                }
                i = to - 1;
            }
        }
    }

    /** How many tokens a headline's role goes on over at {@code i}: a comma, a country word or a region's name. */
    private static int roleUnitAt(Words tokens, int i) {
        return tokens.get(i).equals(",") || NameLexicon.isCountry(tokens.get(i)) ? 1 : Roles.regionInRole(tokens, i);
    }
}
