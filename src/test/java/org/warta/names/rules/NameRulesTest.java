package org.warta.names.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.names.EntityType;
import org.warta.names.NameSpan;

/** The rules on hand-made finder output, so that they are tested without the model. */
class NameRulesTest {

    private static List<String> tokens(String sentence) {
        return List.of(sentence.split(" "));
    }

    private static NameSpan person(int start, int end) {
        return new NameSpan(start, end, EntityType.PERSON);
    }

    @Test
    void stripsTitlesAndCountriesFromAPersonsName() {
        List<String> tokens = tokens("kata Presiden Rusia Vladimir Putin kemarin");
        assertEquals(List.of(new NameSpan(2, 3, EntityType.LOCATION), person(3, 5)),
                NameRules.refine(tokens, List.of(person(1, 5))));
    }

    @Test
    void splitsACountryThatTheFinderJoinedToTheNameAfterIt() {
        List<String> tokens = tokens("oleh Menteri Luar Negeri Rusia Sergei Lavrov pada Selasa");
        assertEquals(List.of(new NameSpan(4, 5, EntityType.LOCATION), person(5, 7)),
                NameRules.refine(tokens, List.of(new NameSpan(4, 7, EntityType.LOCATION))));
    }

    @Test
    void findsTheNameAfterARoleEndingInACountryOrRank() {
        List<String> tokens = tokens("bersama Menteri Keuangan AS Janet Yellen dan Menhan China Laksamana Dong Jun tiba");
        assertEquals(List.of(person(4, 6), person(10, 12)), NameRules.refine(tokens, List.of()));
    }

    @Test
    void takesTheNameBetweenAnOfficeAndAnAppositivePersonForABody() {
        List<String> tokens = tokens("Kapten Tottenham Hotspur , Son Heung-min , mencetak gol");
        assertEquals(List.of(new NameSpan(1, 3, EntityType.ORGANIZATION), person(4, 6)),
                NameRules.refine(tokens, List.of(person(1, 3), person(4, 6))));
        List<String> list = tokens("bersama Presiden Joko Widodo , Prabowo Subianto , dan Anies Baswedan");
        assertEquals(List.of(person(2, 4), person(5, 7), person(9, 11)),
                NameRules.refine(list, List.of(person(2, 4), person(5, 7), person(9, 11))));
    }

    @Test
    void splitsABodyFromItsOfficersNameAfterAnOffice() {
        List<String> tokens = tokens("bertemu Ketua KPU Hasyim Asy'ari kemarin");
        assertEquals(List.of(new NameSpan(2, 3, EntityType.ORGANIZATION), person(3, 5)),
                NameRules.refine(tokens, List.of(new NameSpan(2, 5, EntityType.ORGANIZATION))));
        List<String> bank = tokens("Gubernur Bank Indonesia Perry Warjiyo menambahkan");
        assertEquals(List.of(new NameSpan(1, 3, EntityType.ORGANIZATION), person(3, 5)),
                NameRules.refine(bank, List.of(new NameSpan(1, 5, EntityType.ORGANIZATION))));
    }

    @Test
    void leavesAnOfficeFollowedByItsOrganisation() {
        List<String> tokens = tokens("kata Ketua Umum Partai Golkar kemarin");
        NameSpan party = new NameSpan(3, 5, EntityType.ORGANIZATION);
        assertEquals(List.of(party), NameRules.refine(tokens, List.of(party)));
    }

    @Test
    void findsSpeakersAndNamesBeforeAnAppositiveTitle() {
        List<String> tokens = tokens("hal itu disampaikan Zhang Youxia , Wakil Ketua Komisi , ujar Belousov kemudian");
        assertEquals(List.of(person(3, 5), person(11, 12)), NameRules.refine(tokens, List.of()));
    }

    @Test
    void dropsFunctionWordsAndMakesCountryPairsPlaces() {
        List<String> tokens = tokens("Dia menyebut kerja sama Rusia-China itu penting");
        assertEquals(List.of(new NameSpan(4, 5, EntityType.LOCATION)),
                NameRules.refine(tokens, List.of(person(0, 1), person(4, 5))));
    }

    @Test
    void extendsANameOverItsOtherWordsAndParticles() {
        List<String> tokens = tokens("ia bertemu Pangeran Faisal bin Farhan di Riyadh");
        assertEquals(List.of(person(3, 6)), NameRules.refine(tokens, List.of(person(3, 4))));
    }

    @Test
    void readsNamesInHeadlinesOnlyWhereCommonWordsDelimitThem() {
        List<String> tokens = tokens("Baca Juga : Presiden China , Xi Jinping Dikhawatirkan Akan Ciptakan Perang");
        assertEquals(List.of(person(6, 8)), NameRules.refine(tokens, List.of()));
        assertEquals(List.of(), NameRules.refine(tokens("Semakin Dipojokkan Barat , Rusia Kian Mesra"), List.of()));
    }

    @Test
    void takesTheNamesOfASourceCreditForBodies() {
        NameSpan agency = new NameSpan(3, 4, EntityType.ORGANIZATION);
        assertEquals(List.of(agency), NameRules.refine(tokens("( Sumber : Anadolu )"), List.of(person(3, 4))));
        assertEquals(List.of(person(3, 5)), NameRules.refine(tokens("( Foto : Budi Santoso )"), List.of(person(3, 5))));
    }

    @Test
    void findsTheNameAfterARoleAndItsPlaceAtTheStartOfASentence() {
        List<String> tokens = tokens("Gubernur Jawa Tengah Ganjar Pranowo juga meminta aparat desa bersikap netral");
        NameSpan province = new NameSpan(1, 3, EntityType.LOCATION);
        assertEquals(List.of(province, person(3, 5)), NameRules.refine(tokens, List.of(province)));
    }
}
