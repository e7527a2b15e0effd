package org.warta.names.rules;

import java.util.List;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;
import org.warta.names.Words;

/**
 * Institutions and places named after people are not those people: after a head word
 * ("RSUP", "Universitas", "Jalan", "Gelora", "Bandara") the name that follows, with its
 * honorifics, is the organisation's or the place's ("RSUP Dr. Sardjito", "RS Bhayangkara Tk. I
 * R. Said Sukanto", "Gelora Bung Tomo", "Jalan Ahmad Yani", "Bandara Soekarno-Hatta").
 */
final class Institutions {

    /** The words (not initials) an institution's name has after its head at the most ("Stadion Utama Gelora Bung Karno"). */
    private static final int MAX_NAME_WORDS = 5;

    private Institutions() {
    }

    /**
     * Replaces the names that lie in an institution's name, or hold its head, by the
     * institution: a person's name that takes in the head takes the institution's type and
     * reaches to the end of its name ("Teknik Elektro Universitas Hasanuddin").
     */
    static void apply(Words tokens, List<NameSpan> names) {
        for (int i = 0; i < tokens.size(); i++) {
            int head = headAt(tokens, i);
            if (head == 0) {
                continue;
            }
            int nameStart = afterShortForm(tokens, i, head);
            int end = nameEnd(tokens, nameStart, names);
            if (end == nameStart || !holdsAPerson(tokens, nameStart, end, names)) {
                continue;
            }
            int anchor = nameStart == i + head ? i : nameStart;
            int start = anchor;
            int last = end;
            for (NameSpan name : names) {
                if (name.start() < last && start < name.end() && name.start() < anchor) {
                    start = Math.min(start, name.start());
                }
            }
            int from = start;
            names.removeIf(n -> n.start() < last && from < n.end());
            names.add(new NameSpan(start, end, typeOf(tokens, i, head)));
            i = end - 1;
        }
    }

    /**
     * Where the name after the head of {@code length} tokens at {@code i} starts: right after
     * it, or, when the head is a short form in brackets after the institution's full name, after
     * the closing bracket ("Universitas Islam Negeri (UIN) Sunan Kalijaga", "Rumah Sakit Umum
     * Pusat (RSUP) Dr. Sardjito"). The institution is then the name after the brackets.
     */
    private static int afterShortForm(Words tokens, int i, int length) {
        int afterBracket = i + length + 1;
        return afterBracket <= tokens.size() && followsShortFormHead(tokens, afterBracket) ? afterBracket : i + length;
    }

    /** Whether an institution's head, as a short form in brackets, stands just before token {@code start}: "(UIN)", "(RSUP)". */
    static boolean followsShortFormHead(Words tokens, int start) {
        return start >= 3 && tokens.get(start - 1).equals(")") && tokens.get(start - 3).equals("(") && headAt(tokens, start - 2) == 1;
    }

    /**
     * Whether the institution's name {@code [from, to)} would otherwise count as a person: the
     * finder saw a person in it, or it holds an honorific that a name follows ("Bung Tomo").
     * The names of others are left as the finder saw them.
     */
    private static boolean holdsAPerson(Words tokens, int from, int to, List<NameSpan> names) {
        for (NameSpan name : names) {
            if (name.type() == EntityType.PERSON && name.start() < to && from <= name.end() - 1) {
                return true;
            }
        }
        for (int i = from; i + 1 < to; i++) {
            if (NameLexicon.isHonorific(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the name after an institution's head that ends at {@code from} ends: over
     * capitalised words, numbers before them ("SMA Negeri 5"), initials and abbreviations and
     * their full stops; over
     * honorifics before its first name word, in lower case too ("RSUP Dr. Sardjito", "RSUD dr.
     * Iskak", "Gelora Bung Karno"); it stops
     * at a title after a name word ("SMA Negeri 5 Makassar Drs. H. Andi") and where the finder
     * saw a person start right after a name word ("Universitas Indonesia Ari Kuncoro").
     */
    private static int nameEnd(Words tokens, int from, List<NameSpan> names) {
        int end = from;
        int words = 0;
        boolean afterNameWord = false;
        while (end < tokens.size() && words < MAX_NAME_WORDS) {
            String token = tokens.get(end);
            boolean capitalised = Character.isUpperCase(token.codePointAt(0));
            if (token.equals(".") && end > from && isAbbreviation(tokens.get(end - 1))) {
                afterNameWord = false;
            } else if (words == 0 && Character.isDigit(token.codePointAt(0)) && token.chars().allMatch(Character::isLetterOrDigit)) {
                afterNameWord = false;
            } else if ((capitalised || NameLexicon.isHonorific(token)) && NameLexicon.isTitle(token) && token.length() > 1) {
                if (words > 0 && NameLexicon.isRoleHead(token)) {
                    break;
                }
                afterNameWord = false;
            } else if (capitalised && isNameToken(token)) {
                if (afterNameWord && personStartsAt(names, end)) {
                    break;
                }
                afterNameWord = token.length() > 1 && headAt(tokens, end) == 0;
                words += token.length() > 1 ? 1 : 0;
            } else {
                break;
            }
            end++;
        }
        while (end > from && tokens.get(end - 1).equals(".") && tokens.get(end - 2).length() > 1) {
            end--;
        }
        return end;
    }

    /**
     * A capitalised word of three letters at most, or an honorific in lower case, which a full
     * stop may follow inside a name: Dr, Tk, R, H, dr ("RSUD dr. Iskak").
     */
    private static boolean isAbbreviation(String token) {
        return token.length() <= 3 && (Character.isUpperCase(token.codePointAt(0)) || NameLexicon.isHonorific(token));
    }

    private static boolean isNameToken(String token) {
        return token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }

    private static boolean personStartsAt(List<NameSpan> names, int token) {
        return names.stream().anyMatch(n -> n.type() == EntityType.PERSON && n.start() == token);
    }

    /** How many tokens the institution head at {@code i} has (a capitalised word or two), or 0. */
    static int headAt(Words tokens, int i) {
        return NameLexicon.institutionHeadAt(tokens, i);
    }

    private static EntityType typeOf(Words tokens, int i, int head) {
        return NameLexicon.isOrganisationHead(tokens, i, head) ? EntityType.ORGANIZATION : EntityType.LOCATION;
    }
}
