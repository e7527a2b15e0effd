package org.warta.names;

import java.util.Locale;

/** The kinds of entity warta counts. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION;

    /**
     * The type that a corpus tag's suffix names: PER, PERSON; ORG, ORGANISATION, ORGANIZATION;
     * LOC, PLACE, LOCATION (NERGrit's PLACE is a location).
     */
    public static EntityType fromTag(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON" -> PERSON;
            case "ORG", "ORGANISATION", "ORGANIZATION" -> ORGANIZATION;
            case "LOC", "PLACE", "LOCATION", "GPE" -> LOCATION;
            default -> throw new IllegalArgumentException("unknown entity type: " + name);
        };
    }

    /** The short tag suffix that idner-news-2k uses: PER, ORG, LOC. */
    public String shortTag() {
        return switch (this) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
        };
    }
}
