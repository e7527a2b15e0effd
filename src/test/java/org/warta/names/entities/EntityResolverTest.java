package org.warta.names.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.names.EntityType;
import org.warta.names.Mention;

class EntityResolverTest {

    /** Mentions at made-up, increasing offsets, one a sentence. */
    private static List<Mention> mentions(Object... textAndType) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < textAndType.length; i += 2) {
            String text = (String) textAndType[i];
            int start = i * 100;
            mentions.add(new Mention(i / 2 + 1, start, start + text.length(), text, (EntityType) textAndType[i + 1], "", text));
        }
        return mentions;
    }

    private static List<String> entities(List<Mention> mentions) {
        return mentions.stream().map(m -> m.entity() + "/" + m.type().name().charAt(0)).toList();
    }

    @Test
    void aShortMentionCountsForTheFullNameBeforeOrAfterIt() {
        var resolved = new EntityResolver(Aliases.NONE).resolve(mentions(
                "Lavrov", EntityType.PERSON, "Sergei Lavrov", EntityType.PERSON, "Wang", EntityType.PERSON,
                "Wang Yi", EntityType.PERSON, "Xi", EntityType.PERSON, "Xi Jinping", EntityType.PERSON));
        assertEquals(List.of("Sergei Lavrov/P", "Sergei Lavrov/P", "Wang Yi/P", "Wang Yi/P", "Xi Jinping/P", "Xi Jinping/P"),
                entities(resolved));
    }

    @Test
    void anAmbiguousShortMentionGoesToTheNearestFullMentionBefore() {
        var resolved = new EntityResolver(Aliases.NONE).resolve(mentions(
                "Joko Widodo", EntityType.PERSON, "Joko Anwar", EntityType.PERSON, "Joko", EntityType.PERSON));
        assertEquals("Joko Anwar", resolved.get(2).entity());
    }

    @Test
    void aShortMentionTaggedAsAnotherTypeIsStillThePerson() {
        var resolved = new EntityResolver(Aliases.NONE).resolve(mentions(
                "Andrei Belousov", EntityType.PERSON, "Belousov", EntityType.LOCATION, "Beijing", EntityType.LOCATION));
        assertEquals(List.of("Andrei Belousov/P", "Andrei Belousov/P", "Beijing/L"), entities(resolved));
    }

    @Test
    void aliasesNameTheEntityAcrossSpellings() throws IOException {
        Aliases aliases = Aliases.read(new StringReader("alias,entity\nJokowi,Joko Widodo\nsergey lavrov,Sergei Lavrov\n"));
        var resolved = new EntityResolver(aliases).resolve(mentions(
                "Jokowi", EntityType.PERSON, "Sergey Lavrov", EntityType.PERSON, "Lavrov", EntityType.PERSON));
        assertEquals(List.of("Joko Widodo/P", "Sergei Lavrov/P", "Sergei Lavrov/P"), entities(resolved));
    }

    @Test
    void foldsWhiteSpaceInsideNames() {
        var resolved = new EntityResolver(Aliases.NONE).resolve(mentions("Gedung\nPutih", EntityType.LOCATION));
        assertEquals("Gedung Putih", resolved.get(0).entity());
    }

    @Test
    void aShortMentionGoesToTheFullestNameThroughAShorterOne() {
        var resolved = new EntityResolver(Aliases.NONE).resolve(mentions("Iwan Kurniawan Sastradipura", EntityType.PERSON,
                "Iwan Kurniawan", EntityType.PERSON, "Iwan", EntityType.PERSON));
        assertEquals(List.of("Iwan Kurniawan Sastradipura/P", "Iwan Kurniawan Sastradipura/P", "Iwan Kurniawan Sastradipura/P"),
                entities(resolved));
    }

    @Test
    void aNicknameRefersToTheNameTheMentionFinderGaveIt() {
        List<Mention> mentions = new ArrayList<>(mentions("Hendrawan Sasmita", EntityType.PERSON, "Hendrawan", EntityType.PERSON));
        mentions.add(new Mention(9, 900, 905, "Aweng", EntityType.PERSON, "", "Hendrawan Sasmita"));
        var resolved = new EntityResolver(Aliases.NONE).resolve(mentions);
        assertEquals(List.of("Hendrawan Sasmita/P", "Hendrawan Sasmita/P", "Hendrawan Sasmita/P"), entities(resolved));
    }
}
