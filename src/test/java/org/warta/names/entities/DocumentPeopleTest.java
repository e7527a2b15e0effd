package org.warta.names.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.names.EntityType;
import org.warta.names.Mention;
import org.warta.names.mentions.MentionFinder;
import org.warta.names.model.NameFinder;
import org.warta.names.rules.NameTagger;
import org.warta.text.TextSegmenter;

/**
 * The people a reader sees in short documents, through the whole pipeline (the bundled name
 * model, the rules, the mentions of the document and their resolution), among them the
 * sentences of issue 13. In the tables, {@code ¶} stands for a paragraph break.
 */
class DocumentPeopleTest {

    private static final EntityFinder FINDER = new EntityFinder(
            new MentionFinder(new TextSegmenter(), new NameTagger(NameFinder.bundled())), new EntityResolver(Aliases.NONE));

    private static List<Mention> find(String table) {
        return FINDER.find(table.replace(" ¶ ", "\n\n") + "\n").mentions();
    }

    /** Each person's full name and how many times the document mentions them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        nickname in brackets | Debat Pilgub, Aweng dan Iwan Kurniawan Adu Janji ¶ Pasangan nomor urut 1, Hendrawan Sasmita (Aweng)-Lilis Komalasari, dan pasangan nomor urut 2, Iwan Kurniawan Sastradipura-Neneng Hasanah, beradu gagasan. ¶ Aweng, mantan Wali Kota Tasikmalaya, menyebut jalan rusak. "Ini tidak boleh terjadi," kata Aweng. ¶ Calon wakil gubernur nomor urut 2, Neneng Hasanah, menambahkan bahwa Iwan Kurniawan Sastradipura setuju. | Hendrawan Sasmita=5; Lilis Komalasari=1; Iwan Kurniawan Sastradipura=3; Neneng Hasanah=2
        initials of suspects | Kedua tersangka berinisial RN (27) dan MS (41) ditangkap di Depok, kata Kapolsek Jagakarsa AKP Nurma Dewi Siregar. ¶ Nurma menjelaskan, RN berperan sebagai pemesan, sedangkan MS menjadi eksekutor. | Nurma Dewi Siregar=2
        candidates joined by a hyphen | Baca juga: KPU Tetapkan Dua Paslon, Hendrawan-Lilis Nomor Urut 1 ¶ "Kami siap bekerja," kata Hendrawan Sasmita seusai rapat pleno. ¶ "Kami akan turun ke desa-desa," ujar Lilis Komalasari menambahkan. | Hendrawan Sasmita=2; Lilis Komalasari=2
        a body's short name | Rektor Unhas Tenriawaru Palaloi Lantik 12 Dekan Baru ¶ Rektor Universitas Hasanuddin (Unhas), Prof. Dr. Ir. Andi Tenriawaru Palaloi, M.Sc., memastikan kenaikan UKT hanya berlaku bagi mahasiswa baru. ¶ Wakil Rektor Bidang Akademik dan Kemahasiswaan Unhas, Prof. Dr. Sukardi Hamzah, M.Pd., menjelaskan bahwa mahasiswa dapat mengajukan keberatan. ¶ "Pintu kami terbuka," tutur Sukardi. | Andi Tenriawaru Palaloi=2; Sukardi Hamzah=2
        a body named on its own | PT Pelabuhan Indonesia (Persero) atau Pelindo membukukan laba bersih Rp4,1 triliun. ¶ Direktur Utama Pelindo Hermawan Situmorang mengatakan kenaikan laba ditopang oleh arus peti kemas. ¶ Ekonom menilai kinerja Pelindo masih bergantung pada perdagangan global, kata Hermawan kemudian. | Hermawan Situmorang=2
        a headline's name the body writes | Sinner Hentikan Laju Etxeberria, Tantang Djokovic di Final Australian Open ¶ Jannik Sinner menang empat set atas Hugo Etxeberria dan akan bertemu Novak Djokovic di final. ¶ Pada final, Minggu (1/2/2026), Sinner akan menghadapi Djokovic. | Jannik Sinner=3; Hugo Etxeberria=2; Novak Djokovic=3
        a body that began before the name | Putaran ini dipimpin oleh perusahaan modal ventura asal Singapura, Lumen Capital, dengan partisipasi investor lama. ¶ Partner Lumen Capital Tan Wei Ming menilai model bisnis tersebut tahan terhadap gejolak. | Tan Wei Ming=1
        a first name taken for a body | Peluang pertama datang dari tendangan jarak jauh Bagas Wicaksono yang masih bisa ditepis kiper PSM, Andi Fardan Paturusi. ¶ Berawal dari umpan terobosan Bagas, Marcelinho melewati satu bek. | Bagas Wicaksono=2; Andi Fardan Paturusi=1; Marcelinho=1
        issue 13: Penyanyi Raisa Andriana | Penyanyi Raisa Andriana merilis album baru bersama Isyana Sarasvati di Bandung. | Raisa Andriana=1; Isyana Sarasvati=1
        issue 13: Pelatih Manchester City | Pelatih Manchester City Pep Guardiola memuji Haaland. | Pep Guardiola=1; Haaland=1
        issue 13: Mantan Gubernur Jawa Barat | Mantan Gubernur Jawa Barat Ridwan Kamil maju dalam Pilkada Banten. Menurut Ridwan, persiapan sudah matang. | Ridwan Kamil=2
        issue 13: Prabowo Temui Albanese | Prabowo Temui Albanese di Canberra, Bahas Kerja Sama Pangan ¶ Presiden Prabowo Subianto bertemu Perdana Menteri Australia Anthony Albanese di Canberra, Kamis (12/3/2026). Prabowo menyebut kerja sama pangan penting bagi kedua negara. | Prabowo Subianto=3; Anthony Albanese=2
        issue 13: Sinner menang atas Alcaraz | Sinner menang atas Alcaraz di Roma. Sinner kini memimpin peringkat dunia. | Sinner=2; Alcaraz=1
        a word with a clitic before a name | Jose Mourinho pernah melatih Real Madrid. ¶ Mungkinkah Jose Mourinho kembali ke Real Madrid? | Jose Mourinho=2
        a passive verb in a headline | Dipantau Pep Guardiola, Pemain Muda Ini Bersinar ¶ Pelatih Manchester City Pep Guardiola memuji pemain itu. | Pep Guardiola=2
        """)
    void countsEachPersonOnceForEveryMention(String name, String text, String expected) {
        Map<String, Integer> people = new TreeMap<>();
        for (Mention mention : find(text)) {
            if (mention.type() == EntityType.PERSON) {
                people.merge(mention.entity(), 1, Integer::sum);
            }
        }
        Map<String, Integer> gold = new TreeMap<>();
        for (String person : expected.split("; ")) {
            gold.put(person.substring(0, person.indexOf('=')), Integer.parseInt(person.substring(person.indexOf('=') + 1)));
        }
        assertEquals(gold, people, name);
    }

    /** Each mention's entity, type and role, in order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        issue 13: Menteri Luar Negeri Mesir, Sekjen NATO | Menteri Luar Negeri Mesir Badr Abdelatty bertemu Sekjen NATO Mark Rutte. | Mesir LOCATION; Badr Abdelatty PERSON Menteri Luar Negeri Mesir; NATO ORGANIZATION; Mark Rutte PERSON Sekjen NATO
        issue 13: di Jakarta, Rina Lestari, menilai | Ekonom dari sebuah lembaga riset di Jakarta, Rina Lestari, menilai inflasi masih terkendali. | Jakarta LOCATION; Rina Lestari PERSON
        issue 13: Kepala Staf Angkatan Darat Jenderal | Kepala Staf Angkatan Darat Jenderal Maruli Simanjuntak meninjau latihan gabungan. | Maruli Simanjuntak PERSON Kepala Staf Angkatan Darat Jenderal
        issue 13: Juru bicara Kementerian Luar Negeri Tiongkok | Juru bicara Kementerian Luar Negeri Tiongkok Lin Jian menyebut pertemuan itu produktif. | Kementerian Luar Negeri Tiongkok ORGANIZATION; Lin Jian PERSON Juru bicara Kementerian Luar Negeri Tiongkok
        issue 13: Sekretaris Jenderal PBB, Sekjen NATO | Sekretaris Jenderal PBB dan Sekjen NATO hadir di Brussel. | PBB ORGANIZATION; NATO ORGANIZATION; Brussel LOCATION
        """)
    void givesEachMentionItsEntityTypeAndRole(String name, String text, String expected) {
        List<String> mentions = find(text).stream().map(m -> (m.entity() + " " + m.type() + " " + m.role()).strip()).toList();
        assertEquals(Arrays.asList(expected.split("; ")), mentions, name);
    }
}
