package org.warta.names.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.names.EntityType;
import org.warta.names.Mention;

/** The folds of a corpus's names, on corpora made of the names the issue found split (issue 15). */
class EntityFoldsTest {

    private static final EntityType P = EntityType.PERSON;
    private static final EntityType O = EntityType.ORGANIZATION;
    private static final EntityType L = EntityType.LOCATION;

    /** A corpus being gathered, document by document. */
    private final CorpusNames corpus = new CorpusNames();

    /** A document that mentions {@code entity} {@code times} times as {@code type}, written as {@code text}. */
    private EntityFoldsTest document(String text, String entity, EntityType type, int times) {
        for (int i = 0; i < times; i++) {
            corpus.add(new Mention(1, 10 * i, 10 * i + text.length(), text, type, "", entity));
        }
        corpus.endDocument();
        return this;
    }

    private EntityFoldsTest documents(String name, EntityType type, int documents) {
        for (int d = 0; d < documents; d++) {
            document(name, name, type, 1);
        }
        return this;
    }

    private EntityFolds folds() {
        return EntityFolds.of(corpus, Aliases.NONE, true);
    }

    private static String entity(EntityFolds folds, String name, EntityType found) {
        EntityFolds.Entity entity = folds.of(name, found);
        return entity.name() + "/" + entity.type().name().charAt(0);
    }

    private static List<String> table(EntityFolds folds) {
        return folds.table().stream().map(a -> a.alias() + ">" + a.entity() + "/" + a.type().name().charAt(0) + ":" + a.reason()
                + ":" + a.documents()).toList();
    }

    @Test
    void aDatelineInCapitalsIsTheCityAndTheCityOneType() {
        documents("Jakarta", L, 9).documents("JAKARTA", L, 6).documents("Jakarta", P, 1);
        EntityFolds folds = folds();
        assertEquals("Jakarta/L", entity(folds, "JAKARTA", L));
        assertEquals("Jakarta/L", entity(folds, "Jakarta", P));
        assertEquals(List.of("JAKARTA>Jakarta/L:case:6"), table(folds));
    }

    /**
     * A name tagged two ways takes the type most of its mentions have; a tie goes to a person
     * for a person's name, else to a body, then a place.
     */
    @Test
    void aNameTaggedTwoWaysTakesOneType() {
        documents("Surabaya", P, 1).documents("Surabaya", L, 3).documents("KOMPAS.com", O, 2).documents("KOMPAS.com", L, 1)
                .documents("Kompas.com", O, 1).documents("Zinedine Zidane", P, 1).documents("Zinedine Zidane", O, 1)
                .documents("Toronto", L, 1).documents("Toronto", O, 1).documents("Sleman", L, 1).documents("Sleman", P, 1);
        EntityFolds folds = folds();
        assertEquals(List.of("Surabaya/L", "KOMPAS.com/O", "KOMPAS.com/O", "Zinedine Zidane/P", "Toronto/O", "Sleman/L"),
                List.of(entity(folds, "Surabaya", P), entity(folds, "KOMPAS.com", L), entity(folds, "Kompas.com", O),
                        entity(folds, "Zinedine Zidane", O), entity(folds, "Toronto", L), entity(folds, "Sleman", P)));
    }

    /**
     * A person's name written after a body's or place's name of the corpus is the person's, and
     * the person's name is displayed; not after a name the corpus takes for a person too often
     * ("Orlando"), nor when the rest is one word ("Real Betis").
     */
    @Test
    void aPersonsNameAfterABodysIsThePersons() {
        documents("Golkar", O, 3).documents("Setya Novanto", P, 5).document("Golkar Setya Novanto", "Golkar Setya Novanto", P, 9)
                .documents("Ferrari", O, 2).documents("Sebastian Vettel", P, 1).documents("Sebastian Vettel Ferrari", P, 1)
                .documents("MotoGP", L, 2).documents("Valentino Rossi", P, 2).documents("MotoGP Valentino Rossi", P, 1)
                .documents("Orlando", L, 2).documents("Orlando", P, 1).documents("Orlando Bloom", P, 1).documents("Bloom Hill", P, 1)
                .documents("Orlando Bloom Hill", P, 1).documents("Real", O, 2).documents("Betis", P, 1).documents("Real Betis", P, 1);
        EntityFolds folds = folds();
        assertEquals(List.of("Setya Novanto/P", "Valentino Rossi/P", "Sebastian Vettel/P", "Orlando Bloom Hill/P", "Real Betis/P"),
                List.of(entity(folds, "Golkar Setya Novanto", P), entity(folds, "MotoGP Valentino Rossi", P),
                        entity(folds, "Sebastian Vettel Ferrari", P), entity(folds, "Orlando Bloom Hill", P), entity(folds, "Real Betis", P)));
        assertEquals(List.of("Sebastian Vettel Ferrari>Sebastian Vettel/P:body:1", "Golkar Setya Novanto>Setya Novanto/P:body:1",
                "MotoGP Valentino Rossi>Valentino Rossi/P:body:1"),
                table(folds).stream().filter(fold -> fold.contains(":body:")).toList());
    }

    /**
     * A body counts when two documents or more name it and it is a person in less than a quarter
     * of its mentions: not "Persiba" of one document, nor "Bella" a person once in four.
     */
    @Test
    void aBodyIsNamedInTwoDocumentsAndIsRarelyAPerson() {
        documents("Persiba", O, 1).documents("Timo Scheunemann", P, 2).documents("Persiba Timo Scheunemann", P, 1)
                .documents("Bella", L, 3).documents("Bella", P, 1).documents("Hadid Smith", P, 2).documents("Bella Hadid Smith", P, 1);
        EntityFolds folds = folds();
        assertEquals(List.of("Persiba Timo Scheunemann/P", "Bella Hadid Smith/P"),
                List.of(entity(folds, "Persiba Timo Scheunemann", P), entity(folds, "Bella Hadid Smith", P)));
    }

    /** A name the aliases file gives is never folded into another, though a body stands before it. */
    @Test
    void theAliasesFilesNameStaysBesideABody() throws IOException {
        documents("Santoso", O, 2).documents("Dwimawan Heru", P, 2).documents("Dwimawan Heru Santoso", P, 1);
        Aliases file = Aliases.read(new StringReader("alias,entity\nDwimawan Heru Santoso,Dwimawan Heru Santoso\n"));
        assertEquals("Dwimawan Heru Santoso/P", entity(EntityFolds.of(corpus, file, true), "Dwimawan Heru Santoso", P));
        assertEquals("Dwimawan Heru/P", entity(folds(), "Dwimawan Heru Santoso", P));
    }

    /**
     * A name that a headline or a tagger's mistake lengthened is no one's full name: a shorter
     * name it holds is short for the name it lengthened ("Mourinho" for "Jose Mourinho", not
     * "Mungkinkah Jose Mourinho"; "Rossi" for "Valentino Rossi", whom the corpus writes after
     * "MotoGP", not "Valentino Rossi ITA Movistar Yamaha").
     */
    @Test
    void aShortNameIsNotShortForALengthenedName() {
        documents("Jose Mourinho", P, 10).documents("Mungkinkah Jose Mourinho", P, 1).documents("Mourinho", P, 3)
                .documents("MotoGP", O, 2).documents("Valentino Rossi", P, 2).documents("MotoGP Valentino Rossi", P, 1)
                .documents("Valentino Rossi ITA Movistar Yamaha", P, 1).documents("Rossi", P, 1);
        EntityFolds folds = folds();
        assertEquals(List.of("Jose Mourinho/P", "Valentino Rossi/P", "Valentino Rossi/P"),
                List.of(entity(folds, "Mourinho", P), entity(folds, "Rossi", P), entity(folds, "Valentino Rossi", P)));
    }

    /** Two people's names joined by a dash are no one's full name; a name with a dash inside it is. */
    @Test
    void twoPeoplesNamesJoinedByADashAreNoOnesFullName() {
        documents("Sandiaga Uno", P, 3).documents("Anies Baswedan - Sandiaga Uno", P, 1).documents("Chamberlain", P, 1)
                .documents("Alex Oxlade - Chamberlain", P, 1);
        EntityFolds folds = folds();
        assertEquals(List.of("Sandiaga Uno/P", "Alex Oxlade - Chamberlain/P"),
                List.of(entity(folds, "Sandiaga Uno", P), entity(folds, "Chamberlain", P)));
    }

    /**
     * A name that five times as many documents write as its only fuller name is not short for it:
     * one headline lengthened it ("Mungkinkah Jose Mourinho"); a name that fewer write is.
     */
    @Test
    void aNameOfManyDocumentsIsNotShortForANameOfOne() {
        documents("Jose Mourinho", P, 5).documents("Mungkinkah Jose Mourinho", P, 1).documents("Xi", P, 4)
                .documents("Xi Jinping", P, 1).documents("Joko", P, 9).documents("Joko Widodo", P, 1);
        EntityFolds folds = folds();
        assertEquals(List.of("Jose Mourinho/P", "Mungkinkah Jose Mourinho/P", "Xi Jinping/P", "Joko/P"),
                List.of(entity(folds, "Jose Mourinho", P), entity(folds, "Mungkinkah Jose Mourinho", P), entity(folds, "Xi", P),
                        entity(folds, "Joko", P)));
    }

    @Test
    void theNamesOfOneCountryAreOneCountryUnderItsIndonesianName() {
        documents("China", L, 5).documents("Tiongkok", L, 1).documents("RRT", L, 1).documents("Amerika Serikat", L, 4)
                .documents("AS", L, 2).documents("Amerika", L, 1).documents("Korea", L, 1).documents("Korea Selatan", L, 2)
                .documents("Korsel", L, 1);
        EntityFolds folds = folds();
        assertEquals("China/L", entity(folds, "Tiongkok", L));
        assertEquals("Amerika Serikat/L", entity(folds, "AS", L));
        assertEquals("Korea/L", entity(folds, "Korea", L)); // either Korea
        assertEquals(List.of("AS>Amerika Serikat/L:country:2", "Amerika>Amerika Serikat/L:country:1", "RRT>China/L:country:1",
                "Tiongkok>China/L:country:1", "Korsel>Korea Selatan/L:country:1"), table(folds));
    }

    @Test
    void anAcronymInBracketsIsTheBodyInEveryDocument() {
        // "Komisi Pemilihan Umum (KPU)": the document resolves KPU itself; another writes KPU alone
        document("Komisi Pemilihan Umum", "Komisi Pemilihan Umum", O, 1).document("KPU", "Komisi Pemilihan Umum", O, 3);
        documents("KPU", O, 2);
        EntityFolds folds = folds();
        assertEquals("Komisi Pemilihan Umum/O", entity(folds, "KPU", O));
        assertEquals(List.of("KPU>Komisi Pemilihan Umum/O:acronym:3"), table(folds));
    }

    @Test
    void aNicknameInBracketsIsThePersonInEveryDocument() {
        document("Joko Widodo", "Joko Widodo", P, 1).document("Jokowi", "Joko Widodo", P, 2).documents("Jokowi", P, 1)
                .document("Basuki Tjahaja Purnama", "Basuki Tjahaja Purnama", P, 1).document("Ahok", "Basuki Tjahaja Purnama", P, 1)
                .documents("Ahok", O, 1);
        EntityFolds folds = folds();
        assertEquals("Joko Widodo/P", entity(folds, "Jokowi", P));
        assertEquals("Basuki Tjahaja Purnama/P", entity(folds, "Ahok", O));
        assertEquals(List.of("Ahok>Basuki Tjahaja Purnama/P:nickname:2", "Jokowi>Joko Widodo/P:nickname:2"), table(folds));
    }

    @Test
    void aShortFormPairedWithTwoNamesStaysItself() {
        document("Partai Demokrat", "Partai Demokrat", O, 1).document("PD", "Partai Demokrat", O, 1)
                .document("Pemuda Demokrat", "Pemuda Demokrat", O, 1).document("PD", "Pemuda Demokrat", O, 1).documents("PD", O, 1);
        assertEquals("PD/O", entity(folds(), "PD", O));
    }

    @Test
    void aShortNameIsTheOneFullNameOfTheCorpusThatHoldsIt() {
        documents("Xi Jinping", P, 4).documents("Xi", P, 1).documents("Erick Thohir", P, 1).documents("Erick", P, 2)
                .documents("Joko Widodo", P, 1).documents("Joko Anwar", P, 1).documents("Joko", P, 1)
                .documents("Iwan Kurniawan Sastradipura", P, 1).documents("Iwan Kurniawan", P, 1).documents("Iwan", P, 1)
                .documents("Prabowo", P, 2).documents("Gelora Prabowo", L, 1);
        EntityFolds folds = folds();
        assertEquals("Xi Jinping/P", entity(folds, "Xi", P));
        assertEquals("Erick Thohir/P", entity(folds, "Erick", P));
        assertEquals("Joko/P", entity(folds, "Joko", P)); // two full names hold it
        assertEquals("Iwan Kurniawan Sastradipura/P", entity(folds, "Iwan", P));
        assertEquals("Prabowo/P", entity(folds, "Prabowo", P)); // a place is no person's full name
        assertEquals(List.of("Erick>Erick Thohir/P:short name:2", "Iwan>Iwan Kurniawan Sastradipura/P:short name:1",
                "Iwan Kurniawan>Iwan Kurniawan Sastradipura/P:short name:1", "Xi>Xi Jinping/P:short name:1"), table(folds));
    }

    @Test
    void aPlaceAfterItsPrefixIsThePlaceUnlessTwoPrefixesNameTwoPlaces() {
        documents("Kota Nanping", L, 1).documents("Nanping", L, 1).documents("KOTA JAYAPURA", L, 1).documents("Jayapura", L, 2)
                .documents("Kota Bandung", L, 1).documents("Kabupaten Bandung", L, 1).documents("Bandung", L, 1)
                .documents("Kab. Sleman", L, 1).documents("Sleman", L, 1).documents("Kota Tua", L, 1);
        EntityFolds folds = folds();
        assertEquals("Nanping/L", entity(folds, "Kota Nanping", L));
        assertEquals("Jayapura/L", entity(folds, "KOTA JAYAPURA", L));
        assertEquals("Kota Bandung/L", entity(folds, "Kota Bandung", L));
        assertEquals("Bandung/L", entity(folds, "Bandung", L));
        assertEquals("Sleman/L", entity(folds, "Kab. Sleman", L));
        assertEquals("Kota Tua/L", entity(folds, "Kota Tua", L));
        assertEquals(List.of("KOTA JAYAPURA>Jayapura/L:prefix:1", "Kota Nanping>Nanping/L:prefix:1", "Kab. Sleman>Sleman/L:prefix:1"),
                table(folds));
    }

    @Test
    void internationalBodiesAreOrganisations() {
        documents("PBB", L, 3).documents("NATO", L, 2).documents("Uni Eropa", L, 1).documents("ASEAN", L, 1).documents("WHO", L, 1);
        EntityFolds folds = folds();
        for (String body : List.of("PBB", "NATO", "Uni Eropa", "ASEAN", "WHO")) {
            assertEquals(body + "/O", entity(folds, body, L));
        }
    }

    @Test
    void theAliasesFileWinsAndKeepsANameApart() throws IOException {
        documents("Xi Jinping", P, 2).documents("Xi", P, 1).documents("Ayu Wulandari", P, 1).documents("Ni Luh Ayu Wulandari", P, 1)
                .documents("Tiongkok", L, 1).documents("Kremlin", L, 2);
        Aliases file = Aliases.read(new StringReader("alias,entity,type\nAyu Wulandari,Ayu Wulandari,\nKremlin,Kremlin,ORGANIZATION\n"));
        EntityFolds folds = EntityFolds.of(corpus, file, true);
        assertEquals("Ayu Wulandari/P", entity(folds, "Ayu Wulandari", P));
        assertEquals("Xi Jinping/P", entity(folds, "Xi", P));
        assertEquals("Kremlin/O", entity(folds, "Kremlin", L));
        EntityFolds fileOnly = EntityFolds.of(corpus, file, false);
        assertEquals("Xi/P", entity(fileOnly, "Xi", P));
        assertEquals("Tiongkok/L", entity(fileOnly, "Tiongkok", L));
        assertEquals("Kremlin/O", entity(fileOnly, "Kremlin", L));
        assertEquals(List.of(), table(fileOnly));
    }

    @Test
    void theFilesAliasesTheCorpusWritesAreInTheTable() throws IOException {
        document("Sergey Lavrov", "Sergei Lavrov", P, 2).documents("Sergei Lavrov", P, 1);
        Aliases file = Aliases.read(new StringReader("alias,entity\nSergey Lavrov,Sergei Lavrov\nPakde,Joko Widodo\n"));
        assertEquals(List.of("Sergey Lavrov>Sergei Lavrov/P:aliases file:1"), table(EntityFolds.of(corpus, file, true)));
    }

    @Test
    void twoGatheringsMergeIntoTheSameFolds() {
        documents("Xi Jinping", P, 1).documents("JAKARTA", L, 1);
        CorpusNames other = new CorpusNames();
        other.add(new Mention(1, 0, 2, "Xi", P, "", "Xi"));
        other.endDocument();
        other.add(new Mention(1, 0, 7, "Jakarta", L, "", "Jakarta"));
        other.endDocument();
        EntityFolds folds = EntityFolds.of(corpus.merge(other), Aliases.NONE, true);
        assertEquals(List.of("JAKARTA>Jakarta/L:case:1", "Xi>Xi Jinping/P:short name:1"), table(folds));
    }
}
