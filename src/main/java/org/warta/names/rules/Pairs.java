package org.warta.names.rules;

import java.util.ArrayList;
import java.util.List;
import org.warta.names.EntityType;
import org.warta.names.NameSpan;
import org.warta.names.Words;

/**
 * Names written as a pair: doubles partners and photo credits joined by a slash
 * ("Dimas Aryasatya/Yosafat Sitompul", "Liu/Zhou", "REUTERS/Daniel Kwan") are two names, never
 * one; and the partner of a person in a pair is a person ("Takumi Hoshino/Ren Kobayashi",
 * "Hendrawan Sasmita (Aweng)-Lilis Komalasari").
 */
final class Pairs {

    /** The words of a partner's name, at the most. */
    private static final int MAX_NAME_WORDS = 4;

    private Pairs() {
    }

    /**
     * The parts of {@code name} between its slashes and vertical bars ("Liu / Zhou" is "Liu" and
     * "Zhou", "Facebook | X | WhatsApp" three names), each with the name's type.
     */
    static List<NameSpan> split(Words tokens, NameSpan name) {
        List<NameSpan> parts = new ArrayList<>(1);
        int from = name.start();
        for (int i = name.start(); i <= name.end(); i++) {
            if (i == name.end() || tokens.get(i).equals("/") || tokens.get(i).equals("|")) {
                if (i > from) {
                    parts.add(new NameSpan(from, i, name.type()));
                }
                from = i + 1;
            }
        }
        return parts;
    }

    /**
     * Adds the partner of a person joined by a slash or a hyphen: the name after it (not a label
     * before a colon, "Tompo/ Red: ...", nor after a hyphen a title going on in capitals; no
     * longer than two words or the person's name, "Pak Moer - Poppy The Untold Story"), and with a slash the name before it, unless it opens
     * a bracket, as a photo credit's source does ("(Republika/Ridwan Daeng Tompo)"). A person's
     * nickname in brackets may stand between ("Hendrawan Sasmita (Aweng)-Lilis Komalasari"), and
     * makes the two words before it a person's name if the finder saw none.
     */
    static void addPartners(Words tokens, List<NameSpan> names) {
        for (int at = 1; at + 1 < tokens.size(); at++) {
            int i = at;
            String mark = tokens.get(i);
            if (!mark.equals("/") && !mark.equals("-")) {
                continue;
            }
            int leftEnd = i >= 4 && tokens.get(i - 1).equals(")") && tokens.get(i - 3).equals("(") ? i - 3 : i;
            NameSpan before = names.stream().filter(n -> n.type() == EntityType.PERSON && n.end() == leftEnd).findFirst().orElse(null);
            if (before == null && leftEnd < i && leftEnd >= 2 && isFreeName(tokens, names, leftEnd - 1) && isFreeName(tokens, names, leftEnd - 2)
                    && NameRules.isNameWord(tokens.get(leftEnd + 1))) {
                before = new NameSpan(leftEnd - 2, leftEnd, EntityType.PERSON); // "Hendrawan Sasmita (Aweng)-Lilis ..."
                names.add(before);
            }
            boolean personAfter = names.stream().anyMatch(n -> n.type() == EntityType.PERSON && n.start() == i + 1);
            if (before != null && !personAfter && isFreeName(tokens, names, i + 1)) {
                int end = i + 2;
                while (end < NameRules.nameEnd(tokens, i + 1) && isFreeName(tokens, names, end)) {
                    end++;
                }
                String after = end < tokens.size() ? tokens.get(end) : "";
                boolean balanced = end - (i + 1) <= Math.max(2, before.end() - before.start());
                if (balanced && !after.equals(":") && (mark.equals("/") || after.isEmpty() || !Character.isUpperCase(after.codePointAt(0)))) {
                    names.add(new NameSpan(i + 1, end, EntityType.PERSON));
                }
            } else if (personAfter && before == null && mark.equals("/") && isFreeName(tokens, names, i - 1)) {
                int start = i - 1;
                while (start > 0 && i - start < MAX_NAME_WORDS && isFreeName(tokens, names, start - 1)) {
                    start--;
                }
                if (start == 0 || !tokens.get(start - 1).equals("(")) {
                    names.add(new NameSpan(start, i, EntityType.PERSON));
                }
            }
        }
    }

    /** Whether token {@code i} is a name word that no name found covers. */
    private static boolean isFreeName(Words tokens, List<NameSpan> names, int i) {
        return NameRules.isNameWord(tokens.get(i)) && names.stream().noneMatch(n -> n.start() <= i && i < n.end());
    }
}
