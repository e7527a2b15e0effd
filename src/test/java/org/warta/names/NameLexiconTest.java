package org.warta.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameLexiconTest {

    @Test
    void knowsTheStemsOfVerbsThatHeadlinesWriteBare() {
        for (String stem : List.of("Temui", "Soroti", "Akui", "Lantik", "Tinjau", "Bahas", "Hentikan", "Sebut")) {
            assertTrue(NameLexicon.isVerbStem(stem), stem);
        }
        for (String name : List.of("Sugiono", "Abdelatty", "Etxeberria", "Tenriawaru", "Marcelinho", "Prabowo")) {
            assertFalse(NameLexicon.isVerbStem(name), name);
        }
    }

    @Test
    void knowsCommonWordsWithACliticAndPassiveVerbs() {
        for (String word : List.of("Mungkinkah", "Biarpun", "Berbahagialah", "Dilantiknya", "Dipantau", "Dinilai", "Mungkin")) {
            assertTrue(NameLexicon.isCommonWordForm(word), word);
        }
        for (String name : List.of("Abdullah", "Kenya", "Sonya", "Mekah", "Barkah", "Dinata", "Dimas", "Diana", "Jose", "Mourinho")) {
            assertFalse(NameLexicon.isCommonWordForm(name), name);
        }
    }

    @Test
    void findsIndonesianRegionsWithOrWithoutTheirPrefix() {
        Words tokens = Words.of(List.of("Wali", "Kota", "Jayapura", "dan", "Jawa", "Barat", "serta", "Kabupaten", "Tana", "Toraja"));
        assertEquals(2, NameLexicon.regionAt(tokens, 1));
        assertEquals(1, NameLexicon.regionAt(tokens, 2));
        assertEquals(2, NameLexicon.regionAt(tokens, 4));
        assertEquals(3, NameLexicon.regionAt(tokens, 7));
        assertEquals(0, NameLexicon.regionAt(tokens, 0));
    }

    @Test
    void takesInternationalBodiesForCountryWordsThatAreNotPlaces() {
        assertTrue(NameLexicon.isCountry("NATO"));
        assertTrue(NameLexicon.isInternationalBody("NATO"));
        assertTrue(NameLexicon.isInternationalBody("ASEAN-GCC"));
        assertFalse(NameLexicon.isInternationalBody("Rusia-China"));
    }

    @Test
    void findsAWordWhateverItsCase() {
        for (String word : List.of("presiden", "Presiden", "PRESIDEN", "PreSiden")) {
            assertTrue(NameLexicon.isTitle(word), word);
        }
        assertTrue(NameLexicon.isCountry("Rusia-China"));
        assertTrue(NameLexicon.isNeverAName("Kota"));
        assertFalse(NameLexicon.isNeverAName("Sugiono"));
    }

    /** The table of words recently asked about keeps one word a slot: words that share a slot must still be told apart. */
    @Test
    void wordsOfTheSameHashAreToldApartWheneverTheyAreAsked() {
        String title = "menteri";
        String sameHash = "nFnteri";
        assertEquals(title.hashCode(), sameHash.hashCode());
        for (int round = 0; round < 3; round++) {
            assertTrue(NameLexicon.isTitle(title));
            assertFalse(NameLexicon.isTitle(sameHash));
            assertTrue(NameLexicon.isTitle(new String(title.toCharArray())), "an equal string, not the same one");
        }
    }
}
