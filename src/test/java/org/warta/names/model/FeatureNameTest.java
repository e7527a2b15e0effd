package org.warta.names.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeatureNameTest {

    @Test
    void aNameFromPartsHasTheTextAndHashOfTheStringItStandsFor() {
        FeatureName name = new FeatureName();
        String word = "Widodo";
        name.start("p1w&c=").append(word.toLowerCase()).append(",").append("ic");
        assertEquals("p1w&c=widodo,ic", name.toString());
        assertEquals("p1w&c=widodo,ic".hashCode(), name.hash());
        name.start("suf=").append(word, word.length() - 3, word.length());
        assertEquals("suf=odo", name.toString());
        assertEquals("suf=odo".hashCode(), name.hash());
        assertEquals(7, name.length());
    }

    @Test
    void aNameLongerThanItsArrayGrowsIt() {
        String river = "Sungai Bengawan Solo ".repeat(5);
        FeatureName name = new FeatureName().start("w=").append(river).append("é");
        assertEquals("w=" + river + "é", name.toString());
        assertEquals(("w=" + river + "é").hashCode(), name.hash());
    }

    @Test
    void aNameBeyondLatin1HasTheHashOfItsString() {
        FeatureName name = new FeatureName().start("w=").append("北京").append(",").append("😀\uD83D", 0, 3);
        assertEquals("w=北京,😀\uD83D", name.toString());
        assertEquals("w=北京,😀\uD83D".hashCode(), name.hash());
        assertEquals(8, name.length());
        assertEquals('\uD83D', name.charAt(5));
    }
}
