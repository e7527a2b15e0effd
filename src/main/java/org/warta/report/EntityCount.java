package org.warta.report;

import java.util.Comparator;
import org.warta.names.EntityType;

/** How often an entity is mentioned, in how many documents, and the first role given it. */
record EntityCount(String entity, EntityType type, int mentions, int documents, String role) {

    /** Mentions descending, then name, then type: the order of every count report. */
    static final Comparator<EntityCount> REPORT_ORDER = Comparator.comparingInt(EntityCount::mentions).reversed()
            .thenComparing(EntityCount::entity).thenComparing(EntityCount::type);
}
