package org.warta.names.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.warta.names.EntityType;
import org.warta.names.Mention;
import org.warta.names.mentions.MentionFinder;
import org.warta.names.model.NameFinder;
import org.warta.names.rules.NameTagger;
import org.warta.text.TextSegmenter;

/**
 * The people a reader sees in short documents, through the whole pipeline (the bundled name
 * model, the rules, the mentions of the document and their resolution): each person's full
 * name and how many times the document mentions them.
 */
class DocumentPeopleTest {

    private static final EntityFinder FINDER = new EntityFinder(
            new MentionFinder(new TextSegmenter(), new NameTagger(NameFinder.bundled())), new EntityResolver(Aliases.NONE));

    /** Each mention's entity, type and role: "Mark Rutte PERSON Sekjen NATO". */
    private static List<String> mentions(String text) {
        return FINDER.find(text).mentions().stream().map(m -> (m.entity() + " " + m.type() + " " + m.role()).strip()).toList();
    }

    private static Map<String, Integer> people(String text) {
        Map<String, Integer> people = new TreeMap<>();
        for (Mention mention : FINDER.find(text).mentions()) {
            if (mention.type() == EntityType.PERSON) {
                people.merge(mention.entity(), 1, Integer::sum);
            }
        }
        return people;
    }

    @Test
    void aNicknameInBracketsCountsForTheFullNameWhereverTheDocumentWritesIt() {
        String text = "Debat Pilgub, Aweng dan Iwan Kurniawan Adu Janji\n\n"
                + "Pasangan nomor urut 1, Hendrawan Sasmita (Aweng)-Lilis Komalasari, dan pasangan nomor urut 2, "
                + "Iwan Kurniawan Sastradipura-Neneng Hasanah, beradu gagasan.\n\n"
                + "Aweng, mantan Wali Kota Tasikmalaya, menyebut jalan rusak. \"Ini tidak boleh terjadi,\" kata Aweng.\n\n"
                + "Calon wakil gubernur nomor urut 2, Neneng Hasanah, menambahkan bahwa Iwan Kurniawan Sastradipura setuju.\n";
        assertEquals(Map.of("Hendrawan Sasmita", 5, "Lilis Komalasari", 1, "Iwan Kurniawan Sastradipura", 3, "Neneng Hasanah", 2),
                people(text));
    }

    @Test
    void initialsInBracketsAreThoseOfSuspectsAndNeverPeople() {
        String text = "Kedua tersangka berinisial RN (27) dan MS (41) ditangkap di Depok, kata Kapolsek Jagakarsa AKP Nurma Dewi Siregar.\n\n"
                + "Nurma menjelaskan, RN berperan sebagai pemesan, sedangkan MS menjadi eksekutor.\n";
        assertEquals(Map.of("Nurma Dewi Siregar", 2), people(text));
    }

    @Test
    void candidatesJoinedByAHyphenAreTwoPeople() {
        String text = "Baca juga: KPU Tetapkan Dua Paslon, Hendrawan-Lilis Nomor Urut 1\n\n"
                + "\"Kami siap bekerja,\" kata Hendrawan Sasmita seusai rapat pleno.\n\n"
                + "\"Kami akan turun ke desa-desa,\" ujar Lilis Komalasari menambahkan.\n";
        assertEquals(Map.of("Hendrawan Sasmita", 2, "Lilis Komalasari", 2), people(text));
    }

    @Test
    void aBodyOrPlaceTheDocumentNamesIsNotPartOfItsOfficersName() {
        String text = "Rektor Unhas Tenriawaru Palaloi Lantik 12 Dekan Baru\n\n"
                + "Rektor Universitas Hasanuddin (Unhas), Prof. Dr. Ir. Andi Tenriawaru Palaloi, M.Sc., memastikan kenaikan UKT hanya "
                + "berlaku bagi mahasiswa baru.\n\n"
                + "Wakil Rektor Bidang Akademik dan Kemahasiswaan Unhas, Prof. Dr. Sukardi Hamzah, M.Pd., menjelaskan bahwa "
                + "mahasiswa dapat mengajukan keberatan.\n\n"
                + "\"Pintu kami terbuka,\" tutur Sukardi.\n";
        assertEquals(Map.of("Andi Tenriawaru Palaloi", 2, "Sukardi Hamzah", 2), people(text));
    }

    @Test
    void aBodyTheDocumentNamesOnItsOwnIsCutFromTheNameAfterARole() {
        String text = "PT Pelabuhan Indonesia (Persero) atau Pelindo membukukan laba bersih Rp4,1 triliun.\n\n"
                + "Direktur Utama Pelindo Hermawan Situmorang mengatakan kenaikan laba ditopang oleh arus peti kemas.\n\n"
                + "Ekonom menilai kinerja Pelindo masih bergantung pada perdagangan global, kata Hermawan kemudian.\n";
        assertEquals(Map.of("Hermawan Situmorang", 2), people(text));
    }

    @Test
    void aHeadlineNameCountsWhenTheBodyWritesItInsideASentence() {
        String text = "Sinner Hentikan Laju Etxeberria, Tantang Djokovic di Final Australian Open\n\n"
                + "Jannik Sinner menang empat set atas Hugo Etxeberria dan akan bertemu Novak Djokovic di final.\n\n"
                + "Pada final, Minggu (1/2/2026), Sinner akan menghadapi Djokovic.\n";
        assertEquals(Map.of("Jannik Sinner", 3, "Hugo Etxeberria", 2, "Novak Djokovic", 3), people(text));
    }

    // The sentences of issue 13, each with the people a reader sees.

    @Test
    void aSingersNameAfterHerOccupationAndHerPartnersName() {
        assertEquals(Map.of("Raisa Andriana", 1, "Isyana Sarasvati", 1),
                people("Penyanyi Raisa Andriana merilis album baru bersama Isyana Sarasvati di Bandung.\n"));
    }

    @Test
    void aCoachAfterHisClubAndThePlayerHePraises() {
        assertEquals(Map.of("Pep Guardiola", 1, "Haaland", 1), people("Pelatih Manchester City Pep Guardiola memuji Haaland.\n"));
    }

    @Test
    void ministersAfterTheirCountryAndAnInternationalBody() {
        assertEquals(List.of("Badr Abdelatty PERSON Menteri Luar Negeri Mesir", "NATO ORGANIZATION", "Mark Rutte PERSON Sekjen NATO"),
                mentions("Menteri Luar Negeri Mesir Badr Abdelatty bertemu Sekjen NATO Mark Rutte.\n"));
    }

    @Test
    void aFormerGovernorAfterHisProvinceAndHisFirstName() {
        assertEquals(Map.of("Ridwan Kamil", 2),
                people("Mantan Gubernur Jawa Barat Ridwan Kamil maju dalam Pilkada Banten. Menurut Ridwan, persiapan sudah matang.\n"));
    }

    @Test
    void aHeadlinesVerbIsNotPartOfTheNamesTheBodyGivesInFull() {
        String text = "Prabowo Temui Albanese di Canberra, Bahas Kerja Sama Pangan\n\n"
                + "Presiden Prabowo Subianto bertemu Perdana Menteri Australia Anthony Albanese di Canberra, Kamis (12/3/2026). "
                + "Prabowo menyebut kerja sama pangan penting bagi kedua negara.\n";
        assertEquals(Map.of("Prabowo Subianto", 3, "Anthony Albanese", 2), people(text));
    }

    @Test
    void anEconomistBetweenCommasAfterACity() {
        assertEquals(List.of("Jakarta LOCATION", "Rina Lestari PERSON"),
                mentions("Ekonom dari sebuah lembaga riset di Jakarta, Rina Lestari, menilai inflasi masih terkendali.\n"));
    }

    @Test
    void theWholeOfficeBeforeAGeneralAndASpokesmanIsTheRole() {
        assertEquals(List.of("Maruli Simanjuntak PERSON Kepala Staf Angkatan Darat Jenderal"),
                mentions("Kepala Staf Angkatan Darat Jenderal Maruli Simanjuntak meninjau latihan gabungan.\n"));
        assertEquals(List.of("Kementerian Luar Negeri Tiongkok ORGANIZATION",
                "Lin Jian PERSON Juru bicara Kementerian Luar Negeri Tiongkok"),
                mentions("Juru bicara Kementerian Luar Negeri Tiongkok Lin Jian menyebut pertemuan itu produktif.\n"));
    }

    @Test
    void theUnitedNationsAndNatoAreOrganisations() {
        assertEquals(List.of("PBB ORGANIZATION", "NATO ORGANIZATION", "Brussel LOCATION"),
                mentions("Sekretaris Jenderal PBB dan Sekjen NATO hadir di Brussel.\n"));
    }
}
