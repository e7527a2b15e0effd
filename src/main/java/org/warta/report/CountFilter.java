package org.warta.report;

import java.util.Set;
import org.warta.names.EntityType;

/** Which counted entities a report keeps: of the given types, with at least so many mentions. */
public record CountFilter(Set<EntityType> types, int minMentions) {

    public CountFilter {
        types = Set.copyOf(types);
    }

    boolean keeps(EntityType type) {
        return types.contains(type);
    }

    boolean keeps(EntityCount count) {
        return keeps(count.type()) && count.mentions() >= minMentions;
    }
}
