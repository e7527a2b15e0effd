package org.warta.names.rules;

import java.util.List;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.NameSpan;
import org.warta.names.Words;

/**
 * The name set off by commas after "ibu kota" and what it is the capital of is that capital, a
 * place: "di ibu kota Xinjiang, Urumqi.", "ibukota provinsi itu, Zahedan, dan ...". The finder,
 * which has rarely seen such a city, may take it for a person.
 */
final class Capitals {

    /** The words between "ibu kota" and the comma: what it is the capital of ("provinsi itu", "Xinjiang"). */
    private static final int MAX_OF_WORDS = 4;
    /** What may follow the capital's name: the apposition's end, the sentence's or a bracket. */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ")", ";");

    private Capitals() {
    }

    static void apply(Words tokens, List<NameSpan> names) {
        for (int i = 0; i < tokens.size(); i++) {
            int after = capitalWordEnd(tokens, i);
            if (after < 0) {
                continue;
            }
            int comma = after;
            while (comma < tokens.size() && comma - after < MAX_OF_WORDS && !tokens.get(comma).equals(",")) {
                comma++;
            }
            if (comma + 1 >= tokens.size() || !tokens.get(comma).equals(",") || !NameRules.isNameWord(tokens.get(comma + 1))) {
                continue;
            }
            int start = comma + 1;
            int end = NameRules.nameEnd(tokens, start);
            if (end == tokens.size() || APPOSITION_ENDS.contains(tokens.get(end))) {
                names.removeIf(name -> name.overlaps(start, end));
                names.add(new NameSpan(start, end, EntityType.LOCATION));
            }
        }
    }

    /** Where "ibukota" or "ibu kota" (in capitals or not) at {@code i} ends, or -1. */
    static int capitalWordEnd(Words tokens, int i) {
        if (tokens.get(i).equalsIgnoreCase("ibukota")) {
            return i + 1;
        }
        boolean twoWords = i + 1 < tokens.size() && tokens.get(i).equalsIgnoreCase("ibu") && tokens.get(i + 1).equalsIgnoreCase("kota");
        return twoWords ? i + 2 : -1;
    }
}
