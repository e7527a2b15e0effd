package org.warta.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.WhiteSpace;
import org.warta.quotes.Kind;
import org.warta.quotes.Statement;

/**
 * Which statements a report keeps: of the given kinds, by speakers of the given types, and, when
 * names are given, by a speaker one of them names: a name matches a speaker when each of its words
 * is a word of the speaker's name, case aside ("lavrov" and "Sergei Lavrov" both match Sergei
 * Lavrov). A statement whose speaker the text does not tell has no type: it is kept only when
 * every type is and no name is given.
 */
public record QuoteFilter(Set<Kind> kinds, Set<EntityType> types, List<String> speakers) {

    public static final QuoteFilter ALL = new QuoteFilter(EnumSet.allOf(Kind.class), EnumSet.allOf(EntityType.class), List.of());

    public QuoteFilter {
        kinds = Set.copyOf(kinds);
        types = Set.copyOf(types);
        speakers = List.copyOf(speakers);
    }

    boolean keeps(Statement statement) {
        if (!kinds.contains(statement.kind())) {
            return false;
        }
        if (!statement.speaker().isKnown()) {
            return types.size() == EntityType.values().length && speakers.isEmpty();
        }
        return types.contains(statement.speaker().type())
                && (speakers.isEmpty() || speakers.stream().anyMatch(name -> names(name, statement.speaker().name())));
    }

    private static boolean names(String name, String speaker) {
        Set<String> words = new HashSet<>(Arrays.asList(words(speaker)));
        return words.containsAll(Arrays.asList(words(name)));
    }

    private static String[] words(String name) {
        return WhiteSpace.split(name.strip().toLowerCase(Locale.ROOT));
    }
}
