package org.warta.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    private final List<String> sentence = List.of("Menlu", "Rusia", "Sergei", "Lavrov", "tiba", ".");

    @Test
    void wordsAreTheListTheyWereMadeFrom() {
        Words words = Words.of(sentence);
        assertEquals(sentence, words);
        assertEquals(sentence.hashCode(), words.hashCode());
        assertEquals(6, words.size());
        assertEquals("Lavrov", words.get(3));
        assertEquals(3, words.indexOf("Lavrov"));
        assertEquals(-1, words.indexOf("Putin"));
        assertSame(words, Words.of(words), "words are not copied again");
        assertEquals(List.of("a", "b"), Words.wrapping(new String[] {"a", "b"}));
    }

    @Test
    void aPartCountsFromItsOwnStartAndEndsWhereItEnds() {
        Words name = Words.of(sentence).subList(2, 4);
        assertEquals(List.of("Sergei", "Lavrov"), name);
        assertEquals("Sergei", name.get(0));
        assertEquals(1, name.indexOf("Lavrov"));
        assertEquals(-1, name.indexOf("Menlu"), "a word before the part is not in it");
        assertEquals(List.of("Lavrov"), name.subList(1, 2));
        assertEquals(List.of(), name.subList(2, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> name.get(2), "the word after the part is not in it");
        assertThrows(IndexOutOfBoundsException.class, () -> name.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> name.subList(1, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> name.subList(2, 1));
        assertThrows(UnsupportedOperationException.class, () -> name.set(0, "Maria"));
    }
}
