package org.warta.names.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WordClassesTest {

    /** FNV-1a's published values for "" and "a" (one byte, one UTF-16 character alike). */
    @Test
    void aKeyIsTheFnv1aHashOfTheWordsCharacters() {
        assertEquals(0xcbf29ce484222325L, WordClasses.key(""));
        assertEquals(0xaf63dc4c8601ec8cL, WordClasses.key("a"));
        assertEquals("af63dc4c8601ec8c", WordClasses.keyText("a"));
    }

    @Test
    void theBundledClustersAreFoundByTheWordAsWritten() {
        String[] indonesia = WordClasses.clusters("Indonesia");
        assertNotNull(indonesia);
        assertEquals(2, indonesia.length);
        assertNotNull(WordClasses.clusters("Jakarta"));
        assertNull(WordClasses.clusters("Zzqxv"), "a word news never writes has no classes");
        assertArrayEquals(WordClasses.clusters("Indonesia"), indonesia);
    }
}
