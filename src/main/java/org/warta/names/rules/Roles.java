package org.warta.names.rules;

import java.util.List;
import org.warta.names.NameLexicon;

/**
 * The role written before a person's name: a title or office word, followed by more office
 * words and country words ("Menteri Luar Negeri China", "Presiden Rusia", "Menhan China
 * Laksamana"). The role is not part of the name.
 */
public final class Roles {

    private Roles() {
    }

    /**
     * Where the name really starts in the person span {@code [start, end)}: after the leading
     * words that make a role, when the role starts with a title and a name is left after it.
     */
    static int nameStart(List<String> tokens, int start, int end) {
        if (!NameLexicon.isTitle(tokens.get(start))) {
            return start;
        }
        int i = start;
        while (i < end && isRoleWord(tokens.get(i))) {
            i++;
        }
        return i < end ? i : start;
    }

    /**
     * Where the role before the name at {@code nameStart} starts, or {@code nameStart} when
     * there is none: the longest run of capitalised role words before the name, from its first
     * title that can head a role ("Menteri", not "Keamanan").
     */
    public static int roleStart(List<String> tokens, int nameStart) {
        int i = nameStart;
        while (i > 0 && isRoleWord(tokens.get(i - 1)) && Character.isUpperCase(tokens.get(i - 1).charAt(0))) {
            i--;
        }
        while (i < nameStart && !NameLexicon.isRoleHead(tokens.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean isRoleWord(String token) {
        return NameLexicon.isTitle(token) || NameLexicon.isCountry(token);
    }
}
