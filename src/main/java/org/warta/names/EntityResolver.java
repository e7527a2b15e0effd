package org.warta.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which entity each mention of one document refers to.
 *
 * <p>A person mentioned by part of a name ("Lavrov", "Wang", "Xi") refers to the full name
 * the document gives that contains every word of it ("Sergei Lavrov", "Wang Yi", "Xi
 * Jinping"), before or after; when two full names fit, to the nearest full mention before it,
 * else the nearest after. This holds whatever type the tagger gave the short mention: a
 * "Belousov" tagged as a place is still Andrei Belousov. A name made of places joined by a
 * hyphen ("Moskow-Beijing") is a place. Every mention of an entity then takes the type most
 * of them have, so one stray tag does not split an entity in two. Aliases, when given, name
 * the entity last.
 */
public final class EntityResolver {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");

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
        mentions.forEach(m -> words.add(words(m.text())));
        List<Mention> resolved = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            String entity = normalize(mention.text());
            Mention full = fullMention(mentions, words, i);
            if (full != null) {
                mention = mention.withType(EntityType.PERSON);
                entity = normalize(full.text());
            } else if (mention.type() == EntityType.PERSON && isPlacePair(entity, places)) {
                mention = mention.withType(EntityType.LOCATION);
            }
            resolved.add(mention.withEntity(aliases.canonical(entity, aliases.canonical(mention.text(), entity))));
        }
        return withMajorityTypes(resolved);
    }

    private static boolean isPlacePair(String name, Set<String> places) {
        String[] parts = name.split("-");
        return parts.length > 1 && Arrays.stream(parts).allMatch(places::contains);
    }

    /** The person's full mention that mention {@code index} is short for, or null. */
    private static Mention fullMention(List<Mention> mentions, List<Set<String>> words, int index) {
        Set<String> own = words.get(index);
        Mention before = null;
        Mention after = null;
        for (int j = 0; j < mentions.size(); j++) {
            Mention other = mentions.get(j);
            if (j == index || other.type() != EntityType.PERSON) {
                continue;
            }
            Set<String> otherWords = words.get(j);
            if (otherWords.size() > own.size() && otherWords.containsAll(own)) {
                if (j < index) {
                    before = other;
                } else if (after == null) {
                    after = other;
                }
            }
        }
        return before != null ? before : after;
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
        return new HashSet<>(Arrays.asList(WHITE_SPACE.split(name.toLowerCase(Locale.ROOT))));
    }

    /** A name with its white space (line breaks included) folded to single spaces. */
    static String normalize(String name) {
        return WHITE_SPACE.matcher(name.strip()).replaceAll(" ");
    }
}
