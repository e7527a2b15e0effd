package org.warta.names.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.warta.names.EntityType;
import org.warta.names.Mention;
import org.warta.names.WhiteSpace;

/**
 * Decides which entity each mention of one document refers to.
 *
 * <p>A mention refers to its own text, or to the name the mention finder already gave it (a
 * nickname, "Aweng", refers to "Hendrawan Sasmita" in a document that writes "Hendrawan Sasmita
 * (Aweng)"). A person mentioned by part of a name ("Lavrov", "Wang", "Xi") refers to the full name
 * the document gives that contains every word of it ("Sergei Lavrov", "Wang Yi", "Xi
 * Jinping"), before or after; when two full names fit, to the nearest full mention before it,
 * else the nearest after; and when that one is short for a fuller name, to the fuller name
 * ("Iwan" for "Iwan Kurniawan" for "Iwan Kurniawan Sastradipura"). This holds whatever type the tagger gave the short mention: a
 * "Belousov" tagged as a place is still Andrei Belousov. A name made of places joined by a
 * hyphen ("Moskow-Beijing") is a place. Every mention of an entity then takes the type most
 * of them have, so one stray tag does not split an entity in two. Aliases, when given, name
 * the entity last, and give it their type when they have one.
 */
public final class EntityResolver {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");
    /** A mention whose fuller mention is not looked for yet. */
    private static final int UNKNOWN = -2;

    private final Aliases aliases;

    public EntityResolver(Aliases aliases) {
        this.aliases = aliases;
    }

    public List<Mention> resolve(List<Mention> mentions) {
        Set<String> places = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.LOCATION) {
                places.add(normalize(mention.text()));
            }
        }
        List<Set<String>> words = new ArrayList<>(mentions.size());
        mentions.forEach(m -> words.add(words(m.entity())));
        Map<String, List<Integer>> personsByWord = new HashMap<>();
        for (int j = 0; j < mentions.size(); j++) {
            if (mentions.get(j).type() == EntityType.PERSON) {
                for (String word : words.get(j)) {
                    personsByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(j);
                }
            }
        }
        int[] fuller = new int[mentions.size()];
        Arrays.fill(fuller, UNKNOWN);
        List<Mention> resolved = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            String entity = normalize(mention.entity());
            Mention full = null;
            for (int j = fullerOf(i, fuller, words, personsByWord); j >= 0; j = fullerOf(j, fuller, words, personsByWord)) {
                full = mentions.get(j); // "Iwan" for "Iwan Kurniawan" for "Iwan Kurniawan Sastradipura"
            }
            if (full != null) {
                mention = mention.withType(EntityType.PERSON);
                entity = normalize(full.entity());
            } else if (mention.type() == EntityType.PERSON && isPlacePair(entity, places)) {
                mention = mention.withType(EntityType.LOCATION);
            }
            resolved.add(mention.withEntity(aliases.canonical(entity, entity)));
        }
        return aliases.withTypes(withMajorityTypes(resolved));
    }

    private static boolean isPlacePair(String name, Set<String> places) {
        String[] parts = name.split("-");
        return parts.length > 1 && Arrays.stream(parts).allMatch(places::contains);
    }

    /** The index of the person's fuller mention that mention {@code index} is short for, or -1, found once. */
    private static int fullerOf(int index, int[] fuller, List<Set<String>> words, Map<String, List<Integer>> personsByWord) {
        if (fuller[index] == UNKNOWN) {
            fuller[index] = fullMention(words, personsByWord, index);
        }
        return fuller[index];
    }

    /**
     * The index of the person's fuller mention that mention {@code index} is short for, or -1.
     * Only the people's mentions that share its first word are looked at, from the nearest
     * outwards, so that a long document costs no more per mention than a short one.
     */
    private static int fullMention(List<Set<String>> words, Map<String, List<Integer>> personsByWord, int index) {
        Set<String> own = words.get(index);
        if (own.isEmpty()) {
            return -1;
        }
        List<Integer> sharing = personsByWord.getOrDefault(own.iterator().next(), List.of());
        int split = Collections.binarySearch(sharing, index);
        int firstAfter = split >= 0 ? split + 1 : -split - 1;
        int lastBefore = split >= 0 ? split - 1 : -split - 2;
        for (int k = lastBefore; k >= 0; k--) {
            if (contains(words.get(sharing.get(k)), own)) {
                return sharing.get(k);
            }
        }
        for (int k = firstAfter; k < sharing.size(); k++) {
            if (contains(words.get(sharing.get(k)), own)) {
                return sharing.get(k);
            }
        }
        return -1;
    }

    private static boolean contains(Set<String> longer, Set<String> shorter) {
        return longer.size() > shorter.size() && longer.containsAll(shorter);
    }

    private static List<Mention> withMajorityTypes(List<Mention> mentions) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Mention mention : mentions) {
            votes.computeIfAbsent(mention.entity(), e -> new EnumMap<>(EntityType.class)).merge(mention.type(), 1, Integer::sum);
        }
        List<Mention> typed = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            Map<EntityType, Integer> counts = votes.get(mention.entity());
            EntityType best = mention.type();
            for (EntityType type : EntityType.values()) {
                if (counts.getOrDefault(type, 0) > counts.getOrDefault(best, 0)) {
                    best = type;
                }
            }
            typed.add(mention.withType(best));
        }
        return typed;
    }

    private static Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(WhiteSpace.splitAtAnySpace(name.toLowerCase(Locale.ROOT))));
    }

    /** A name with its white space (line breaks included) folded to single spaces. */
    static String normalize(String name) {
        if (hasOnlySingleSpaces(name)) {
            return name;
        }
        return WHITE_SPACE.matcher(name.strip()).replaceAll(" ");
    }

    private static boolean hasOnlySingleSpaces(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space && (c != ' ' || i == 0 || i == name.length() - 1 || name.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
