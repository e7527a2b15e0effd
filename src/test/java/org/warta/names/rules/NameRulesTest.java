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
    void splitsNamesJoinedByASlash() {
        List<String> tokens = tokens("ganda putra Dimas Aryasatya / Yosafat Sitompul menang atas Liu / Zhou");
        assertEquals(List.of(person(2, 4), person(5, 7), person(9, 10), person(11, 12)),
                NameRules.refine(tokens, List.of(person(2, 7), person(9, 12))));
    }

    @Test
    void takesInternationalBodiesInARoleForOrganisations() {
        List<String> tokens = tokens("bertemu Sekjen NATO Mark Rutte dan utusan Uni Eropa di Brussel");
        assertEquals(List.of(new NameSpan(2, 3, EntityType.ORGANIZATION), person(3, 5), new NameSpan(7, 9, EntityType.ORGANIZATION)),
                NameRules.refine(tokens, List.of(person(1, 5), new NameSpan(7, 9, EntityType.LOCATION))));
    }

    @Test
    void leavesOutTheTitlesOfDeputiesCrownPrincesAndPoliceRanks() {
        assertEquals(List.of(person(1, 3)), NameRules.refine(tokens("Wamenlu Dian Hasibuan bertemu"), List.of(person(0, 3))));
        assertEquals(List.of(person(2, 5)),
                NameRules.refine(tokens("Putra Mahkota Mohammed bin Salman menyerukan"), List.of(person(1, 5))));
        assertEquals(List.of(person(2, 5)), NameRules.refine(tokens("kata AKP Nurma Dewi Siregar kemarin"), List.of()));
    }

    @Test
    void neverTakesARegionWordForAName() {
        assertEquals(List.of(), NameRules.refine(tokens("Pengamat Timur Tengah dari Jakarta menilai"), List.of()));
    }

    @Test
    void takesTheRegionAfterAnOfficeForAPlace() {
        assertEquals(List.of(new NameSpan(1, 2, EntityType.LOCATION), person(2, 5)),
                NameRules.refine(tokens("Bupati Cianjur Wahyu Hidayat Permana meminta"), List.of()));
        assertEquals(List.of(new NameSpan(1, 3, EntityType.LOCATION), person(3, 5)),
                NameRules.refine(tokens("Wali Kota Jayapura Yeremias Ireeuw berjanji"), List.of(new NameSpan(2, 5, EntityType.LOCATION))));
        assertEquals(List.of(new NameSpan(3, 5, EntityType.LOCATION), person(5, 7)), NameRules.refine(
                tokens("bersama Wakil Wali Kota Jayapura Muhammad Saiful"), List.of(new NameSpan(3, 7, EntityType.LOCATION))));
    }

    @Test
    void keepsARegionsNameThatIsAPersonsName() {
        List<String> tokens = tokens("kata pelatih Bima Sakti kemarin");
        assertEquals(List.of(person(2, 4)), NameRules.refine(tokens, List.of(person(2, 4))));
    }

    @Test
    void startsTheNameAfterTheRankThatEndsARole() {
        List<String> tokens = tokens("Kapolsek Jagakarsa AKP Nurma Dewi Siregar menjelaskan");
        assertEquals(List.of(person(3, 6)), NameRules.refine(tokens, List.of(person(1, 6))));
        List<String> school = tokens("Kepala Sekolah SMA Negeri 5 Makassar Drs . H . Andi Baso Pawellangi , M.Pd.");
        assertEquals(List.of(new NameSpan(5, 6, EntityType.LOCATION), person(10, 13)),
                NameRules.refine(school, List.of(person(2, 13))));
    }

    @Test
    void givesABalineseNamesIBackToThePerson() {
        List<String> tokens = tokens("Kepala Dinas PUPR Kota Jayapura I Ketut Widiasa Putra menjelaskan lebar saluran");
        assertEquals(List.of(new NameSpan(1, 5, EntityType.ORGANIZATION), person(5, 9)),
                NameRules.refine(tokens, List.of(new NameSpan(1, 6, EntityType.ORGANIZATION), person(6, 9))));
    }

    @Test
    void neverTakesTheRegionAfterABodyForAPerson() {
        List<String> tokens = tokens("mantan anggota DPRD Kota Jayapura , meminta");
        assertEquals(List.of(new NameSpan(2, 5, EntityType.ORGANIZATION)),
                NameRules.refine(tokens, List.of(new NameSpan(2, 5, EntityType.ORGANIZATION))));
    }

    @Test
    void readsATitleQuotedInABodySentenceAsAHeadline() {
        List<String> tokens = tokens("telah tayang dengan judul Banjir Entrop Terulang , Wali Kota Jayapura Yeremias Ireeuw Janji Bongkar");
        assertEquals(List.of(new NameSpan(9, 11, EntityType.LOCATION), person(11, 13)), NameRules.refine(tokens, List.of()));
    }

    @Test
    void cutsAHeadlinesPersonAtItsVerbsAndCommonWords() {
        List<String> meeting = tokens("Sugiono Temui Abdelatty di Kairo , Bahas Pasukan Stabilisasi");
        assertEquals(List.of(person(0, 1), person(2, 3)), NameRules.refine(meeting, List.of(person(0, 3))));
        List<String> customs = tokens("Arus Peti Kemas Tembus Rekor , Sri Mulyani Soroti Penerimaan Bea Cukai");
        assertEquals(List.of(person(6, 8)), NameRules.refine(customs, List.of(person(6, 9))));
        List<String> comeback = tokens("Daftar Drama Korea Tayang November 2025 , Ada Comeback Park Jun-seo");
        assertEquals(List.of(person(9, 11)), NameRules.refine(comeback, List.of(person(8, 11))));
    }

    @Test
    void takesInstitutionsNamedAfterPeopleForInstitutions() {
        assertEquals(List.of(new NameSpan(2, 6, EntityType.ORGANIZATION), new NameSpan(7, 8, EntityType.LOCATION)),
                NameRules.refine(tokens("dirawat di RSUP Dr . Sardjito , Sleman , kata dokter"),
                        List.of(person(5, 6), new NameSpan(7, 8, EntityType.LOCATION))));
        assertEquals(List.of(new NameSpan(2, 5, EntityType.LOCATION)),
                NameRules.refine(tokens("laga di Gelora Bung Tomo , Surabaya , berakhir imbang"), List.of()));
        assertEquals(List.of(new NameSpan(2, 5, EntityType.LOCATION)),
                NameRules.refine(tokens("terjadi di Jalan Sultan Alauddin , pekan lalu"), List.of()));
        assertEquals(List.of(new NameSpan(2, 11, EntityType.ORGANIZATION)),
                NameRules.refine(tokens("diperiksa di RS Bhayangkara Tk . I R . Said Sukanto , Kramat Jati"), List.of(person(9, 11))));
        assertEquals(List.of(new NameSpan(1, 5, EntityType.ORGANIZATION)),
                NameRules.refine(tokens("dosen Teknik Elektro Universitas Hasanuddin , kata dia"), List.of(person(1, 5))));
    }

    @Test
    void leavesThePersonWhoseNameFollowsAnInstitutions() {
        List<String> tokens = tokens("kata Rektor Universitas Indonesia Ari Kuncoro kepada wartawan di kampus");
        assertEquals(List.of(new NameSpan(2, 4, EntityType.ORGANIZATION), person(4, 6)),
                NameRules.refine(tokens, List.of(new NameSpan(2, 4, EntityType.ORGANIZATION), person(4, 6))));
    }

    @Test
    void neverTakesADegreeForAName() {
        List<String> tokens = tokens("kata Andi Baso Pawellangi , M.Pd. kepada wartawan di sekolah");
        assertEquals(List.of(person(1, 4)), NameRules.refine(tokens, List.of(person(1, 4), person(5, 6))));
        for (String degree : List.of("M.Pd.", "S.H.", "M.Sc.", "Ph.D.", "Sp.PD", "M.P.H.", "M.Kes.")) {
            assertEquals(true, Degrees.isDegree(degree), degree);
        }
        for (String word : List.of("Andi", "Bola.com", "PBSI", "Dr")) {
            assertEquals(false, Degrees.isDegree(word), word);
        }
    }

    @Test
    void takesTheNameBeforeAnAgeForAPerson() {
        List<String> tokens = tokens("Ketiga siswa tersebut adalah Fikri ( 17 ) , Aisyah ( 16 ) , dan Syamsul ( 17 ) .");
        assertEquals(List.of(person(4, 5), person(9, 10), person(15, 16)), NameRules.refine(tokens, List.of(person(9, 10))));
    }

    @Test
    void neverTakesASuspectsInitialsForAName() {
        List<String> tokens = tokens("Kedua tersangka berinisial RN ( 27 ) dan MS ( 41 ) ditangkap di Depok");
        assertEquals(List.of(new NameSpan(14, 15, EntityType.LOCATION)),
                NameRules.refine(tokens, List.of(person(8, 9), new NameSpan(14, 15, EntityType.LOCATION))));
    }

    @Test
    void keepsParticlesInsideNames() {
        List<String> ursula = tokens("Presiden Komisi Eropa Ursula von der Leyen menyatakan bahwa Uni Eropa siap");
        assertEquals(List.of(new NameSpan(2, 3, EntityType.LOCATION), person(3, 7), new NameSpan(9, 11, EntityType.ORGANIZATION)),
                NameRules.refine(ursula, List.of(new NameSpan(2, 4, EntityType.LOCATION), new NameSpan(9, 11, EntityType.ORGANIZATION))));
        List<String> atStart = tokens("Von der Leyen menyebut energi bersih sebagai agenda utama");
        assertEquals(List.of(person(0, 3)), NameRules.refine(atStart, List.of(new NameSpan(0, 1, EntityType.LOCATION))));
        List<String> sisi = tokens("Presiden Mesir Abdel Fattah el-Sisi dijadwalkan membuka konferensi itu");
        assertEquals(List.of(person(2, 5)), NameRules.refine(sisi, List.of(person(2, 4))));
        List<String> qatar = tokens("bertemu Menteri Negara Urusan Luar Negeri Qatar Sheikh Mansour bin Jassim Al-Thani di Doha kemarin");
        assertEquals(List.of(new NameSpan(6, 7, EntityType.LOCATION), person(8, 12), new NameSpan(13, 14, EntityType.LOCATION)),
                NameRules.refine(qatar, List.of(new NameSpan(6, 9, EntityType.LOCATION), new NameSpan(13, 14, EntityType.LOCATION))));
    }

    @Test
    void takesBackTheFirstNameThatTheFinderGaveToTheBodyBeforeParticles() {
        List<String> tokens = tokens("Pelatih Timnas Indonesia Dennis van Leeuwen mengakui skuad Garuda kalah kelas");
        assertEquals(List.of(new NameSpan(1, 3, EntityType.ORGANIZATION), person(3, 6), new NameSpan(8, 9, EntityType.ORGANIZATION)),
                NameRules.refine(tokens, List.of(new NameSpan(1, 4, EntityType.ORGANIZATION), person(5, 6),
                        new NameSpan(8, 9, EntityType.ORGANIZATION))));
    }

    @Test
    void takesTheNameBetweenCommasAfterAPlaceOrBodyForAPerson() {
        List<String> economist = tokens("Ekonom dari sebuah lembaga riset di Jakarta , Rina Lestari , menilai bahwa");
        assertEquals(List.of(new NameSpan(6, 7, EntityType.LOCATION), person(8, 10)),
                NameRules.refine(economist, List.of(new NameSpan(6, 7, EntityType.LOCATION), new NameSpan(8, 10, EntityType.LOCATION))));
        List<String> striker = tokens("Penyerang asal Ghana , Kwame Asante , lolos dari jebakan offside");
        assertEquals(List.of(new NameSpan(2, 3, EntityType.LOCATION), person(4, 6)),
                NameRules.refine(striker, List.of(new NameSpan(2, 3, EntityType.LOCATION))));
        List<String> envoy = tokens("untuk Kawasan Teluk , Matthias van den Berg , yang hadir di Doha");
        assertEquals(List.of(new NameSpan(1, 3, EntityType.LOCATION), person(4, 8), new NameSpan(12, 13, EntityType.LOCATION)),
                NameRules.refine(envoy, List.of(new NameSpan(1, 3, EntityType.LOCATION), new NameSpan(12, 13, EntityType.LOCATION))));
    }

    @Test
    void leavesPlacesAndBodiesBetweenCommas() {
        List<String> city = tokens("lahir di New York City , New York , sebagai putra seorang guru");
        NameSpan state = new NameSpan(6, 8, EntityType.LOCATION);
        assertEquals(List.of(new NameSpan(2, 5, EntityType.LOCATION), state),
                NameRules.refine(city, List.of(new NameSpan(2, 5, EntityType.LOCATION), state)));
        List<String> club = tokens("klub asal Inggris , Manchester United , menang atas tuan rumah");
        NameSpan united = new NameSpan(4, 6, EntityType.ORGANIZATION);
        assertEquals(List.of(new NameSpan(2, 3, EntityType.LOCATION), united),
                NameRules.refine(club, List.of(new NameSpan(2, 3, EntityType.LOCATION), united)));
    }

    @Test
    void takesThePartnerOfAPersonInAPairForAPerson() {
        List<String> doubles = tokens("mengalahkan pasangan tuan rumah Takumi Hoshino / Ren Kobayashi dua gim langsung");
        assertEquals(List.of(person(4, 6), person(7, 9)), NameRules.refine(doubles, List.of(person(4, 6))));
        List<String> before = tokens("ganda putra Indonesia Dimas Aryasatya / Yosafat Sitompul menjadi juara");
        assertEquals(List.of(new NameSpan(2, 3, EntityType.LOCATION), person(3, 5), person(6, 8)),
                NameRules.refine(before, List.of(new NameSpan(2, 3, EntityType.LOCATION), person(6, 8))));
        List<String> candidates = tokens("Pasangan nomor urut 1 , Hendrawan Sasmita ( Aweng ) - Lilis Komalasari , dan pasangan nomor urut 2");
        assertEquals(List.of(person(5, 7), person(11, 13)), NameRules.refine(candidates, List.of(person(5, 7))));
    }

    @Test
    void leavesPhotoCreditsAndLabelsOutOfPairs() {
        List<String> credit = tokens("berbincang dengan petani di Ngawi . ( Republika / Ridwan Daeng Tompo )");
        assertEquals(List.of(person(9, 12)), NameRules.refine(credit, List.of(person(9, 12))));
        List<String> byline = tokens("Rep : Ridwan Daeng Tompo / Red : Setyanavidita Larasati dan kawan kawan");
        assertEquals(List.of(person(2, 5), person(8, 10)), NameRules.refine(byline, List.of(person(2, 5), person(8, 10))));
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

    @Test
    void endsTheBodyBeforeAnOfficersNameAtItsAcronym() {
        List<String> minister = tokens("Rencana itu didukung Menteri BUMN Ardiansyah Rahman di Jakarta kemarin");
        assertEquals(List.of(new NameSpan(4, 5, EntityType.ORGANIZATION), person(5, 7), new NameSpan(8, 9, EntityType.LOCATION)),
                NameRules.refine(minister, List.of(person(4, 7), new NameSpan(8, 9, EntityType.LOCATION))));
        List<String> festival = tokens("Direktur Festival JAFF Dimas Hapsoro menyebut film itu laris");
        assertEquals(List.of(person(3, 5)), NameRules.refine(festival, List.of(person(3, 5))));
    }

    @Test
    void aPartnersNameStopsAtANameFoundAfterIt() {
        List<String> tokens = tokens("menang atas wakil Thailand , Pacharapol Nipornram / Kunlavut Vitidsarn , 21-9 , 21-13");
        assertEquals(List.of(new NameSpan(3, 4, EntityType.LOCATION), person(5, 7), person(8, 10)),
                NameRules.refine(tokens, List.of(new NameSpan(3, 4, EntityType.LOCATION), person(5, 7), person(9, 10))));
    }
}
