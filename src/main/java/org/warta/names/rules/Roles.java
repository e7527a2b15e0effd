package org.warta.names.rules;

import java.util.Locale;
import java.util.Set;
import org.warta.names.NameLexicon;
import org.warta.names.Words;

/**
 * The role written before a person's name: a title or office word, followed by more office
 * words, country words and the names of Indonesian regions ("Menteri Luar Negeri China",
 * "Presiden Rusia", "Menhan China Laksamana", "Bupati Cianjur", "Wali Kota Jayapura"), and
 * up to a rank or honorific, the body or place the office belongs to ("Kapolsek Jagakarsa
 * AKP", "Kepala Sekolah SMA Negeri 5 Makassar Drs. H."). The role is not part of the name.
 */
public final class Roles {

    private static final Set<String> NICKNAME_HONORIFICS = Set.of("gus", "bung", "cak");

    /** The body or place words a role may hold between its title and a rank ("Jagakarsa" of "Kapolsek Jagakarsa AKP"). */
    private static final int MAX_BODY_WORDS = 5;
    /** The tokens of a region's name with its prefix, at the most. */
    private static final int MAX_REGION_TOKENS = 5;

    private Roles() {
    }

    /**
     * Whether {@code [honorific, end)} is an honorific and the one name after it that news uses
     * together as what it calls the person: "Gus Dur", "Bung Karno", "Cak Imin".
     */
    static boolean isNickname(Words tokens, int honorific, int end) {
        return end == honorific + 2 && NICKNAME_HONORIFICS.contains(tokens.get(honorific).toLowerCase(Locale.ROOT));
    }

    /**
     * Where the name really starts in the person span {@code [start, end)}: after the leading
     * words that make a role, when the role starts with a title (in the span or just before it)
     * and a name is left after it; and after the last rank or honorific in the span that a name
     * follows ("Jagakarsa AKP Nurma Dewi Siregar", "Drs. H. Andi Baso").
     */
    static int nameStart(Words tokens, int start, int end) {
        if (isNickname(tokens, start, end)) {
            return start;
        }
        int i = start;
        boolean afterTitle = NameLexicon.isTitle(tokens.get(start)) || (start > 0 && NameLexicon.isTitle(tokens.get(start - 1)));
        if (afterTitle || NameLexicon.isRegionPrefix(tokens.get(start))) {
            for (int unit = roleUnitAt(tokens, i, start); unit > 0 && i + unit < end; unit = roleUnitAt(tokens, i, start)) {
                i += unit;
            }
        }
        for (int k = end - 2; k >= i; k--) {
            int after = k + 1 < end && tokens.get(k + 1).equals(".") ? k + 2 : k + 1;
            if (NameLexicon.isHonorific(tokens.get(k)) && isCapitalised(tokens.get(k)) && after < end
                    && NameRules.isNameWord(tokens.get(after)) && !isNickname(tokens, k, end)) {
                return after;
            }
        }
        return i;
    }

    /**
     * How many tokens the role goes on over at token {@code i}: a title, office or country word,
     * the full stop of an abbreviated title after the role's first word, or a region's name; 0
     * where the role ends.
     */
    static int roleUnitAt(Words tokens, int i, int roleStart) {
        String token = tokens.get(i);
        if ((isRoleWord(token) && isCapitalised(token)) || (i > roleStart && token.equals("."))) {
            return 1;
        }
        return regionInRole(tokens, i);
    }

    /**
     * The tokens of the region named at {@code i} in a role, or 0: one written with its prefix
     * ("Kota Jayapura"), or one that a name of two words at least follows ("Bupati Cianjur Wahyu
     * Hidayat"), since a region's name is also a person's ("Pelatih Bima Sakti").
     */
    static int regionInRole(Words tokens, int i) {
        int region = NameLexicon.regionAt(tokens, i);
        if (region == 0 || NameLexicon.isRegionPrefix(tokens.get(i))) {
            return region;
        }
        boolean nameFollows = i + region + 1 < tokens.size() && NameRules.isNameWord(tokens.get(i + region))
                && NameRules.isNameWord(tokens.get(i + region + 1));
        return nameFollows ? region : 0;
    }

    /**
     * Where the role before the name at {@code nameStart} starts, or {@code nameStart} when
     * there is none: the longest run of capitalised role words and region names before the
     * name, from its first title that can head a role ("Menteri", not "Keamanan"); when that run
     * holds no such title, or only a rank or honorific, the office and the body between it and
     * the run belong to the role too ("Kapolsek Jagakarsa AKP", "Juru bicara Kementerian Luar
     * Negeri Tiongkok").
     */
    public static int roleStart(Words tokens, int nameStart) {
        int i = runStart(tokens, nameStart);
        int head = firstRoleHead(tokens, i, nameStart);
        if (head == nameStart || NameLexicon.isHonorific(tokens.get(head))) {
            int body = i;
            while (body > 0 && i - body < MAX_BODY_WORDS && startsWithCapitalOrDigit(tokens.get(body - 1))
                    && !NameLexicon.isRoleHead(tokens.get(body - 1))) {
                body--;
            }
            if (body > 0 && body < nameStart && NameLexicon.isTitle(tokens.get(body - 1))) {
                int office = body - 1;
                while (office > 0 && NameLexicon.isTitle(tokens.get(office - 1))) {
                    office--; // "Juru bicara", "Kepala Bidang Humas"
                }
                int officeHead = firstRoleHead(tokens, office, body);
                return officeHead < body ? officeHead : head;
            }
        }
        return head;
    }

    private static int firstRoleHead(Words tokens, int from, int to) {
        int i = from;
        while (i < to && !NameLexicon.isRoleHead(tokens.get(i))) {
            i++;
        }
        return i;
    }

    /** The start of the run of capitalised role words and region names that ends at {@code end}. */
    private static int runStart(Words tokens, int end) {
        int i = end;
        boolean extended = true;
        while (extended && i > 0) {
            extended = false;
            for (int from = Math.max(0, i - MAX_REGION_TOKENS); from < i && !extended; from++) {
                if (NameLexicon.regionAt(tokens, from) == i - from) {
                    i = from; // "Jawa Barat" of "Gubernur Jawa Barat", before "Barat" alone
                    extended = true;
                }
            }
            if (extended) {
                continue;
            }
            if (isRoleWord(tokens.get(i - 1)) && isCapitalised(tokens.get(i - 1))) {
                i--;
                extended = true;
            } else if (tokens.get(i - 1).equals(".") && i > 1 && NameLexicon.isTitle(tokens.get(i - 2))) {
                i--;
                extended = true;
            }
        }
        return i;
    }

    private static boolean isRoleWord(String token) {
        return NameLexicon.isTitle(token) || NameLexicon.isCountry(token);
    }

    private static boolean startsWithCapitalOrDigit(String token) {
        return isCapitalised(token) || Character.isDigit(token.codePointAt(0));
    }

    private static boolean isCapitalised(String token) {
        return Character.isUpperCase(token.codePointAt(0));
    }
}
