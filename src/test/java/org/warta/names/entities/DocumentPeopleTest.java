package org.warta.names.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
