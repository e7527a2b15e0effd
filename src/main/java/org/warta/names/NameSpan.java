package org.warta.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** A name within a sentence's tokens: token indices {@code [start, end)} and its type. */
public record NameSpan(int start, int end, EntityType type) {

    /** Names in the order they start. */
    public static final Comparator<NameSpan> BY_START = Comparator.comparingInt(NameSpan::start);

    public NameSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("name span [" + start + ", " + end + ") is empty or negative");
        }
    }

    // Written out, as in the other records the name finder compares or hashes for every name
    // (Mention, EntityFolds.Entity): a record's generated equals and hashCode link through
    // invokedynamic when first called, which cost short runs milliseconds each, and run slower
    // under the quick compiler those runs use. An enum counts by its ordinal, so that hashes,
    // and the order of sets of these, are the same in every run.

    @Override
    public boolean equals(Object other) {
        return other instanceof NameSpan span && start == span.start && end == span.end && type == span.type;
    }

    @Override
    public int hashCode() {
        return (31 * start + end) * 31 + type.ordinal();
    }

    /** Whether this name shares a token with {@code [from, to)}. */
    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** The names that IOB2 tags with full type names mark. */
    public static List<NameSpan> fromTags(List<String> tags) {
        List<NameSpan> names = new ArrayList<>();
        int start = -1;
        EntityType type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            EntityType tagType = tag.equals("O") ? null : EntityType.valueOf(tag.substring(2));
            boolean continues = tag.startsWith("I-") && tagType == type;
            if (start >= 0 && !continues) {
                names.add(new NameSpan(start, i, type));
                start = -1;
                type = null;
            }
            if (tagType != null && !continues) {
                start = i;
                type = tagType;
            }
        }
        return names;
    }

    /** IOB2 tags for {@code length} tokens with these names, types written as {@code suffix} gives them. */
    public static List<String> toTags(List<NameSpan> names, int length, Function<EntityType, String> suffix) {
        List<String> tags = new ArrayList<>(Collections.nCopies(length, "O"));
        for (NameSpan name : names) {
            for (int i = name.start(); i < name.end(); i++) {
                tags.set(i, (i == name.start() ? "B-" : "I-") + suffix.apply(name.type()));
            }
        }
        return tags;
    }
}
