package org.warta.names.rules;

import java.util.ArrayList;
import java.util.List;
import org.warta.names.EntityType;
import org.warta.names.NameSpan;
import org.warta.names.Words;

/**
 * A list of places ("di Tanjung Priok, Tanjung Perak, dan Belawan", "dari Blitar, Trenggalek,
 * dan Kediri") names places only: a word of it that the finder took for a person, one word
 * among two places or more, is a place too. News lists people and places apart; a list that
 * mixes them is the finder's mistake on a name it has rarely seen; so is a last item it did not
 * see at all.
 */
final class PlaceLists {

    /** The places a list holds besides its person, at the least. */
    private static final int MIN_PLACES = 2;

    private PlaceLists() {
    }

    static void apply(Words tokens, List<NameSpan> names) {
        List<NameSpan> sorted = new ArrayList<>(names);
        sorted.sort(NameSpan.BY_START);
        int first = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || separator(tokens, sorted.get(i - 1), sorted.get(i)) == Separator.NONE) {
                retypePersons(tokens, sorted.subList(first, i), names);
                addLastPlace(tokens, sorted.subList(first, i), names);
                first = i;
            }
        }
    }

    /**
     * Adds the last item of a list of places that the finder did not see: "Guinea, Nigeria, dan
     * Sierra Leone", when the items before it, two or more and set apart by commas, are places.
     */
    private static void addLastPlace(Words tokens, List<NameSpan> items, List<NameSpan> names) {
        if (items.size() < MIN_PLACES || items.stream().anyMatch(item -> item.type() != EntityType.LOCATION)) {
            return;
        }
        int last = items.get(items.size() - 1).end();
        int start = last + 1 < tokens.size() && tokens.get(last).equals(",") ? last + 1 : last;
        if (start + 1 >= tokens.size() || !NameRules.LIST_CONTINUATIONS.contains(tokens.get(start))
                || !NameRules.isNameWord(tokens.get(start + 1))) {
            return;
        }
        int end = NameRules.nameEnd(tokens, start + 1);
        boolean uncommon = tokens.subList(start + 1, end).stream().allMatch(NameRules::isUncommonName); // not "dan Dunia"
        if (uncommon && !NameRules.overlaps(names, start + 1, end)) {
            names.add(new NameSpan(start + 1, end, EntityType.LOCATION));
        }
    }

    /** Turns the one-word persons of the list {@code items} into places, when the rest are places and it ends as lists do. */
    private static void retypePersons(Words tokens, List<NameSpan> items, List<NameSpan> names) {
        if (items.size() <= MIN_PLACES || separator(tokens, items.get(items.size() - 2), items.get(items.size() - 1)) != Separator.LAST) {
            return;
        }
        long places = items.stream().filter(item -> item.type() == EntityType.LOCATION).count();
        boolean onlyPlacesAndOneWordPersons = items.stream().allMatch(item -> item.type() == EntityType.LOCATION
                || (item.type() == EntityType.PERSON && item.end() - item.start() == 1));
        if (places < MIN_PLACES || places == items.size() || !onlyPlacesAndOneWordPersons) {
            return;
        }
        for (NameSpan item : items) {
            if (item.type() == EntityType.PERSON) {
                names.set(names.indexOf(item), new NameSpan(item.start(), item.end(), EntityType.LOCATION));
            }
        }
    }

    private enum Separator { NONE, COMMA, LAST }

    /** What stands between two names: a comma, the word before a list's last item (after a comma or not), or anything else. */
    private static Separator separator(Words tokens, NameSpan before, NameSpan after) {
        List<String> between = tokens.subList(before.end(), Math.max(before.end(), after.start()));
        if (between.size() == 1 && between.get(0).equals(",")) {
            return Separator.COMMA;
        }
        boolean last = (between.size() == 1 || between.size() == 2 && between.get(0).equals(","))
                && NameRules.LIST_CONTINUATIONS.contains(between.get(between.size() - 1));
        return last ? Separator.LAST : Separator.NONE;
    }
}
