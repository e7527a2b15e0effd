package org.warta.names.rules;

import java.util.List;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;
import org.warta.names.Words;

/**
 * The sides of a contest stand around the words that tell who beat whom ("Sinner menang atas
 * Alcaraz", "Alcaraz mengalahkan Sinner", "Sinner kalah dari Alcaraz"), and they are of one
 * kind: two players, two teams, two countries. When both sides are written in capitalised words
 * that news never writes in lower case and that no word list holds, and the finder took neither
 * for a body or a place, they are players: teams and countries are the names the finder learned
 * from news and the lists hold, a new player's surname is one it has never read. One side alone
 * says too little ("dengan mengalahkan Juventus": a club the finder left out).
 */
final class Contests {

    /** Verbs that a contest's winner or loser comes before and the other side after, as one word. */
    private static final Set<String> VERBS = Set.of("mengalahkan", "menaklukkan", "menundukkan", "menyingkirkan",
            "menghadapi", "melawan", "kontra", "dikalahkan", "ditaklukkan", "disingkirkan", "ditundukkan");
    /** Verbs that a preposition joins to the other side: "menang atas", "kalah dari". */
    private static final Set<String> VERBS_BEFORE_PREPOSITION = Set.of("menang", "unggul", "kalah", "takluk");
    private static final Set<String> PREPOSITIONS = Set.of("atas", "dari");
    /** The most words a side's name is read over. */
    private static final int MAX_NAME_WORDS = 3;

    private Contests() {
    }

    /** Adds the players on both sides of a contest's verb that no name covers. */
    static void apply(Words tokens, List<NameSpan> names) {
        for (int i = 0; i < tokens.size(); i++) {
            int after = verbEnd(tokens, i);
            if (after > i) {
                int winner = before(tokens, i);
                int loserEnd = after(tokens, after);
                if (isPlayer(tokens, winner, i, names) && isPlayer(tokens, after, loserEnd, names)) {
                    addUncovered(new NameSpan(winner, i, EntityType.PERSON), names);
                    addUncovered(new NameSpan(after, loserEnd, EntityType.PERSON), names);
                }
            }
        }
    }

    /** Where the contest's verb starting at {@code i} ends, or {@code i} when none starts there. */
    private static int verbEnd(Words tokens, int i) {
        String word = tokens.get(i);
        if (VERBS.contains(word)) {
            return i + 1;
        }
        if (VERBS_BEFORE_PREPOSITION.contains(word) && i + 1 < tokens.size() && PREPOSITIONS.contains(tokens.get(i + 1))) {
            return i + 2;
        }
        return i;
    }

    /** The start of the run of a player's name words that ends at {@code end}. */
    private static int before(Words tokens, int end) {
        int start = end;
        while (start > 0 && end - start < MAX_NAME_WORDS && isPlayerWord(tokens.get(start - 1))) {
            start--;
        }
        return start;
    }

    /** The end of the run of a player's name words that starts at {@code start}. */
    private static int after(Words tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < MAX_NAME_WORDS && isPlayerWord(tokens.get(end))) {
            end++;
        }
        return end;
    }

    /** Whether tokens {@code [start, end)} are a player's name words that no name of another kind overlaps. */
    private static boolean isPlayer(Words tokens, int start, int end, List<NameSpan> names) {
        return start < end && NameLexicon.regionAt(tokens, start) == 0
                && names.stream().noneMatch(n -> n.type() != EntityType.PERSON && n.start() < end && start < n.end());
    }

    private static void addUncovered(NameSpan side, List<NameSpan> names) {
        if (names.stream().noneMatch(n -> n.start() < side.end() && side.start() < n.end())) {
            names.add(side);
        }
    }

    private static boolean isPlayerWord(String token) {
        return NameRules.isNameWord(token) && !NameLexicon.isCommonWord(token) && !NameRules.isAcronym(token);
    }
}
