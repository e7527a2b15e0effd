package org.warta.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.warta.names.entities.EntityFolds;
import org.junit.jupiter.api.Test;

class NameSpanTest {

    @Test
    void readsIob2TagsIncludingAnInsideTagWithoutABeginning() {
        List<String> tags = List.of("B-PERSON", "I-PERSON", "O", "I-LOCATION", "B-ORGANIZATION", "B-ORGANIZATION", "I-PERSON");
        assertEquals(List.of(new NameSpan(0, 2, EntityType.PERSON), new NameSpan(3, 4, EntityType.LOCATION),
                new NameSpan(4, 5, EntityType.ORGANIZATION), new NameSpan(5, 6, EntityType.ORGANIZATION),
                new NameSpan(6, 7, EntityType.PERSON)), NameSpan.fromTags(tags));
    }

    @Test
    void writesTagsBackInEitherSpelling() {
        List<NameSpan> names = List.of(new NameSpan(1, 3, EntityType.PERSON));
        assertEquals(List.of("O", "B-PER", "I-PER", "O"), NameSpan.toTags(names, 4, EntityType::shortTag));
        assertEquals(List.of("O", "B-PERSON", "I-PERSON", "O"), NameSpan.toTags(names, 4, EntityType::name));
    }

    @Test
    void rejectsAnEmptySpanAndUnknownTypes() {
        assertThrows(IllegalArgumentException.class, () -> new NameSpan(2, 2, EntityType.PERSON));
        assertThrows(IllegalArgumentException.class, () -> EntityType.fromTag("MISC"));
        assertEquals(EntityType.LOCATION, EntityType.fromTag("PLACE"));
        assertEquals(EntityType.ORGANIZATION, EntityType.fromTag("ORGANISATION"));
    }

    /**
     * The records whose equality is written out, not generated: equal in every field is equal
     * with equal hashes, and a difference in any one field is a difference. Hashes count an
     * enum by its ordinal, so they are the same in every run.
     */
    @Test
    void spansMentionsAndEntitiesAreEqualExactlyWhenEveryFieldIs() {
        NameSpan span = new NameSpan(1, 3, EntityType.PERSON);
        assertEqualInEveryWay(span, new NameSpan(1, 3, EntityType.PERSON));
        for (NameSpan other : List.of(new NameSpan(0, 3, EntityType.PERSON), new NameSpan(1, 2, EntityType.PERSON),
                new NameSpan(1, 3, EntityType.LOCATION))) {
            assertNotEquals(span, other);
        }
        assertEquals((31 * 1 + 3) * 31 + EntityType.PERSON.ordinal(), span.hashCode());

        Mention mention = new Mention(2, 10, 16, "Lavrov", EntityType.PERSON, "Menlu", "Sergei Lavrov");
        assertEqualInEveryWay(mention, new Mention(2, 10, 16, new String("Lavrov"), EntityType.PERSON, "Menlu", "Sergei Lavrov"));
        for (Mention other : List.of(new Mention(3, 10, 16, "Lavrov", EntityType.PERSON, "Menlu", "Sergei Lavrov"),
                new Mention(2, 11, 17, "Lavrov", EntityType.PERSON, "Menlu", "Sergei Lavrov"),
                new Mention(2, 10, 17, "Lavrovs", EntityType.PERSON, "Menlu", "Sergei Lavrov"),
                new Mention(2, 10, 16, "Lavrow", EntityType.PERSON, "Menlu", "Sergei Lavrov"),
                mention.withType(EntityType.ORGANIZATION), new Mention(2, 10, 16, "Lavrov", EntityType.PERSON, "", "Sergei Lavrov"),
                mention.withEntity("Lavrov"))) {
            assertNotEquals(mention, other);
        }

        EntityFolds.Entity entity = new EntityFolds.Entity("Wang Yi", EntityType.PERSON);
        assertEqualInEveryWay(entity, new EntityFolds.Entity(new String("Wang Yi"), EntityType.PERSON));
        assertNotEquals(entity, new EntityFolds.Entity("Wang Yi", EntityType.ORGANIZATION));
        assertNotEquals(entity, new EntityFolds.Entity("Wang", EntityType.PERSON));
        assertEquals(31 * "Wang Yi".hashCode() + EntityType.PERSON.ordinal(), entity.hashCode());
    }

    private static void assertEqualInEveryWay(Object one, Object other) {
        assertEquals(one, other);
        assertEquals(other, one);
        assertEquals(one.hashCode(), other.hashCode());
        assertNotEquals(one, null);
        assertNotEquals(one, "not a record of its kind");
    }
}
