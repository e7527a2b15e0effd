package org.warta.names.rules;

import java.util.List;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;
import org.warta.names.Words;

/**
 * After an office, the Indonesian region that ends the office's body ends the body's name too,
 * and the name words after it are the officer's: "Ketua KPU Kabupaten Bogor Ummi Wahyuni",
 * "Kepala Dinas Kesehatan Jawa Barat Vini Adiani Dewi", "Ketua DPD Partai Demokrat Bali I Made
 * Mudharta". The finder knows regions as places and bodies' names as running on over
 * capitalised words, so it joins the officer's first name to the body or the region to the
 * officer's name.
 */
final class RegionsInRoles {

    /** How far back from a region the office that heads its role may stand, in capitalised tokens. */
    private static final int MAX_ROLE_TOKENS = 12;
    /** Marks a role holds: an abbreviated title's full stop, a body's short form's brackets. */
    private static final Set<String> IN_ROLE_MARKS = Set.of(".", "(", ")");

    private RegionsInRoles() {
    }

    static void apply(Words tokens, List<NameSpan> names) {
        for (NameSpan span : List.copyOf(names)) {
            if (!names.contains(span)) {
                continue; // taken by the person of a span before it
            }
            for (int i = span.start(); i < span.end(); i++) {
                int region = NameLexicon.regionAt(tokens, i);
                int nameStart = i + region;
                if (region > 0 && nameStart < span.end() && afterOffice(tokens, i)) {
                    int nameEnd = NameRules.nameEnd(tokens, nameStart);
                    int words = nameEnd - nameStart;
                    boolean named = words >= (NameLexicon.isRegionPrefix(tokens.get(i)) ? 1 : 2) && nameEnd >= span.end()
                            && isPersonsName(tokens.subList(nameStart, nameEnd));
                    if (named) {
                        split(span, i, nameStart, nameEnd, names);
                        break;
                    }
                }
                i += Math.max(region - 1, 0);
            }
        }
    }

    /**
     * Whether the name words after the body are a person's: none starts a body's name, and one at
     * least is a word news never writes in lower case ("Mudharta" of "I Made Mudharta").
     */
    private static boolean isPersonsName(List<String> words) {
        return words.stream().noneMatch(NameLexicon::isBodyWord) && words.stream().anyMatch(NameRules::isUncommonName);
    }

    /** Replaces {@code span} by the body or place before {@code nameStart} and the person after it. */
    private static void split(NameSpan span, int region, int nameStart, int nameEnd, List<NameSpan> names) {
        names.removeIf(name -> name.overlaps(nameStart, nameEnd) || name.equals(span));
        EntityType before = span.start() == region ? EntityType.LOCATION
                : span.type() == EntityType.PERSON ? EntityType.ORGANIZATION : span.type();
        names.add(new NameSpan(span.start(), nameStart, before));
        names.add(new NameSpan(nameStart, nameEnd, EntityType.PERSON));
    }

    /**
     * Whether an office, in capitals or not, heads the run of capitalised words, acronyms, short
     * forms in brackets and full stops that ends at {@code i}: "calon gubernur DKI", "Kepala
     * Badan Pengelola Aset Daerah (BPAD) DKI".
     */
    private static boolean afterOffice(Words tokens, int i) {
        for (int k = i - 1; k >= 0 && i - k <= MAX_ROLE_TOKENS; k--) {
            String token = tokens.get(k);
            if (NameLexicon.isRoleHead(token)) {
                return true;
            }
            if (!Character.isUpperCase(token.codePointAt(0)) && !IN_ROLE_MARKS.contains(token)) {
                return false;
            }
        }
        return false;
    }

}
