package org.warta.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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
}
