package org.warta.names.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertEquals(List.of(new NameSpan(3, 4, EntityType.LOCATION), person(4, 6), new NameSpan(8, 9, EntityType.LOCATION),
                person(10, 12)), NameRules.refine(tokens, List.of()));
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

    /** Spans written as "PER 3 5; LOC 1 2": type, first token, token after the last. */
    private static List<NameSpan> spans(String written) {
        List<NameSpan> spans = new ArrayList<>();
        if (written == null) {
            return spans;
        }
        for (String span : written.split(";")) {
            String[] parts = span.strip().split(" ");
            spans.add(new NameSpan(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), EntityType.fromTag(parts[0])));
        }
        return spans;
    }

    /**
     * The rules case by case: the sentence's tokens, the names the finder saw and the names the
     * rules give, each case named by the text it handles.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        slash pairs | ganda putra Dimas Aryasatya / Yosafat Sitompul menang atas Liu / Zhou | PER 2 7; PER 9 12 | PER 2 4; PER 5 7; PER 9 10; PER 11 12
        Sekjen NATO, Uni Eropa | bertemu Sekjen NATO Mark Rutte dan utusan Uni Eropa di Brussel | PER 1 5; LOC 7 9 | ORG 2 3; PER 3 5; ORG 7 9
        Wamenlu | Wamenlu Dian Hasibuan bertemu | PER 0 3 | PER 1 3
        Putra Mahkota | Putra Mahkota Mohammed bin Salman menyerukan | PER 1 5 | PER 2 5
        AKP | kata AKP Nurma Dewi Siregar kemarin | - | PER 2 5
        Timur Tengah | Pengamat Timur Tengah dari Jakarta menilai | - | -
        Bupati Cianjur | Bupati Cianjur Wahyu Hidayat Permana meminta | - | LOC 1 2; PER 2 5
        Wali Kota Jayapura | Wali Kota Jayapura Yeremias Ireeuw berjanji | LOC 2 5 | LOC 1 3; PER 3 5
        Wakil Wali Kota | bersama Wakil Wali Kota Jayapura Muhammad Saiful | LOC 3 7 | LOC 3 5; PER 5 7
        pelatih Bima Sakti | kata pelatih Bima Sakti kemarin | PER 2 4 | PER 2 4
        Kapolsek Jagakarsa AKP | Kapolsek Jagakarsa AKP Nurma Dewi Siregar menjelaskan | PER 1 6 | PER 3 6
        Drs. H. | Kepala Sekolah SMA Negeri 5 Makassar Drs . H . Andi Baso Pawellangi , M.Pd. | PER 2 13 | LOC 5 6; PER 10 13
        I Ketut | Kepala Dinas PUPR Kota Jayapura I Ketut Widiasa Putra menjelaskan lebar saluran | ORG 1 6; PER 6 9 | ORG 1 5; PER 5 9
        DPRD Kota Jayapura | mantan anggota DPRD Kota Jayapura , meminta | ORG 2 5 | ORG 2 5
        dengan judul | telah tayang dengan judul Banjir Entrop Terulang , Wali Kota Jayapura Yeremias Ireeuw Janji Bongkar | - | LOC 9 11; PER 11 13
        Sugiono Temui Abdelatty | Sugiono Temui Abdelatty di Kairo , Bahas Pasukan Stabilisasi | PER 0 3 | PER 0 1; PER 2 3
        Sri Mulyani Soroti | Arus Peti Kemas Tembus Rekor , Sri Mulyani Soroti Penerimaan Bea Cukai | PER 6 9 | PER 6 8
        Comeback Park Jun-seo | Daftar Drama Korea Tayang November 2025 , Ada Comeback Park Jun-seo | PER 8 11 | PER 9 11
        RSUP Dr. Sardjito | dirawat di RSUP Dr . Sardjito , Sleman , kata dokter | PER 5 6; LOC 7 8 | ORG 2 6; LOC 7 8
        Gelora Bung Tomo | laga di Gelora Bung Tomo , Surabaya , berakhir imbang | - | LOC 2 5
        Jalan Sultan Alauddin | terjadi di Jalan Sultan Alauddin , pekan lalu | - | LOC 2 5
        RS Bhayangkara Tk. I R. Said Sukanto | diperiksa di RS Bhayangkara Tk . I R . Said Sukanto , Kramat Jati | PER 9 11 | ORG 2 11
        Teknik Elektro Universitas Hasanuddin | dosen Teknik Elektro Universitas Hasanuddin , kata dia | PER 1 5 | ORG 1 5
        Universitas Indonesia Ari Kuncoro | kata Rektor Universitas Indonesia Ari Kuncoro kepada wartawan di kampus | ORG 2 4; PER 4 6 | ORG 2 4; PER 4 6
        M.Pd. | kata Andi Baso Pawellangi , M.Pd. kepada wartawan di sekolah | PER 1 4; PER 5 6 | PER 1 4
        Fikri (17) | Ketiga siswa tersebut adalah Fikri ( 17 ) , Aisyah ( 16 ) , dan Syamsul ( 17 ) . | PER 9 10 | PER 4 5; PER 9 10; PER 15 16
        berinisial RN (27) | Kedua tersangka berinisial RN ( 27 ) dan MS ( 41 ) ditangkap di Depok | PER 8 9; LOC 14 15 | LOC 14 15
        von der Leyen | Presiden Komisi Eropa Ursula von der Leyen menyatakan bahwa Uni Eropa siap | LOC 2 4; ORG 9 11 | LOC 2 3; PER 3 7; ORG 9 11
        Von der Leyen | Von der Leyen menyebut energi bersih sebagai agenda utama | LOC 0 1 | PER 0 3
        el-Sisi | Presiden Mesir Abdel Fattah el-Sisi dijadwalkan membuka konferensi itu | PER 2 4 | LOC 1 2; PER 2 5
        Sheikh Mansour bin Jassim Al-Thani | bertemu Menteri Negara Urusan Luar Negeri Qatar Sheikh Mansour bin Jassim Al-Thani di Doha kemarin | LOC 6 9; LOC 13 14 | LOC 6 7; PER 8 12; LOC 13 14
        Dennis van Leeuwen | Pelatih Timnas Indonesia Dennis van Leeuwen mengakui skuad Garuda kalah kelas | ORG 1 4; PER 5 6; ORG 8 9 | ORG 1 3; PER 3 6; ORG 8 9
        Jakarta, Rina Lestari, menilai | Ekonom dari sebuah lembaga riset di Jakarta , Rina Lestari , menilai bahwa | LOC 6 7; LOC 8 10 | LOC 6 7; PER 8 10
        Ghana, Kwame Asante, lolos | Penyerang asal Ghana , Kwame Asante , lolos dari jebakan offside | LOC 2 3 | LOC 2 3; PER 4 6
        Teluk, Matthias van den Berg, yang | untuk Kawasan Teluk , Matthias van den Berg , yang hadir di Doha | LOC 1 3; LOC 12 13 | LOC 1 3; PER 4 8; LOC 12 13
        New York City, New York, sebagai | lahir di New York City , New York , sebagai putra seorang guru | LOC 2 5; LOC 6 8 | LOC 2 5; LOC 6 8
        Inggris, Manchester United, menang | klub asal Inggris , Manchester United , menang atas tuan rumah | LOC 2 3; ORG 4 6 | LOC 2 3; ORG 4 6
        Takumi Hoshino/Ren Kobayashi | mengalahkan pasangan tuan rumah Takumi Hoshino / Ren Kobayashi dua gim langsung | PER 4 6 | PER 4 6; PER 7 9
        Dimas Aryasatya/Yosafat Sitompul | ganda putra Indonesia Dimas Aryasatya / Yosafat Sitompul menjadi juara | LOC 2 3; PER 6 8 | LOC 2 3; PER 3 5; PER 6 8
        (Aweng)-Lilis Komalasari | Pasangan nomor urut 1 , Hendrawan Sasmita ( Aweng ) - Lilis Komalasari , dan pasangan nomor urut 2 | PER 5 7 | PER 5 7; PER 11 13
        (Republika/Ridwan Daeng Tompo) | berbincang dengan petani di Ngawi . ( Republika / Ridwan Daeng Tompo ) | PER 9 12 | PER 9 12
        Tompo/ Red: | Rep : Ridwan Daeng Tompo / Red : Setyanavidita Larasati dan kawan kawan | PER 2 5; PER 8 10 | PER 2 5; PER 8 10
        Nipornram / Kunlavut Vitidsarn | menang atas wakil Thailand , Pacharapol Nipornram / Kunlavut Vitidsarn , 21-9 , 21-13 | LOC 3 4; PER 5 7; PER 9 10 | LOC 3 4; PER 5 7; PER 8 10
        Menteri BUMN | Rencana itu didukung Menteri BUMN Ardiansyah Rahman di Jakarta kemarin | PER 4 7; LOC 8 9 | ORG 4 5; PER 5 7; LOC 8 9
        Festival JAFF | Direktur Festival JAFF Dimas Hapsoro menyebut film itu laris | PER 3 5 | PER 3 5
        Menteri Negara ... Sheikh | bertemu Menteri Negara Urusan Luar Negeri Qatar Sheikh Mansour bin Jassim Al-Thani di Doha pada Selasa | LOC 13 14 | LOC 6 7; PER 8 12; LOC 13 14
        Sukarjo (52) taken for a place | Salah satu petani mitra , Sukarjo ( 52 ) , mengaku tidak lagi meminjam | LOC 5 6 | PER 5 6
        Informasi Publik Kementerian Kesehatan | Kepala Biro Komunikasi dan Informasi Publik Kementerian Kesehatan dr . Ratna Kusumaningrum , MKM , mengimbau masyarakat | ORG 1 5; ORG 6 8; PER 10 12 | ORG 1 5; ORG 6 8; PER 10 12
        PICU RSUP Dr. Sardjito | anaknya kini dirawat di PICU RSUP Dr . Sardjito karena demam | ORG 4 6 | ORG 4 9
        Anak Fakultas Kedokteran, Kesehatan | Guru Besar Ilmu Kesehatan Anak Fakultas Kedokteran , Kesehatan Masyarakat , dan Keperawatan Universitas Gadjah Mada menilai orang tua perlu waspada | ORG 13 16 | ORG 13 16
        China of Presiden China | kata Presiden China Xi Jinping kemarin | PER 3 5 | LOC 2 3; PER 3 5
        Menko Perekonomian Boediono | Menko Perekonomian Boediono menyatakan bahwa perang dagang belum terjadi | PER 2 3 | PER 2 3
        Komjen Pol Badrodin Haiti | yakni Komjen Pol Badrodin Haiti yang kini menjabat Wakil Kepala Polri | PER 3 5 | PER 3 5
        Mendur Bersaudara | Risiko bagi Mendur Bersaudara jika tertangkap tentara Jepang adalah penjara | PER 2 3 | PER 2 3
        Gus Dur | seperti Gus Dur , sehingga sepak terjangnya tidak perlu dikhawatirkan | PER 1 3 | PER 1 3
        kata Kantor Meteorologi Islandia | letusan mulai berlangsung , kata Kantor Meteorologi Islandia kemarin | - | -
        Menteri Sri Mulyani tiba | Menteri Sri Mulyani tiba di Jakarta | LOC 5 6 | PER 1 3; LOC 5 6
        Jawa Barat (12) | kasus terbanyak di Jawa Barat ( 12 ) dan Jawa Tengah ( 8 ) tahun ini | LOC 3 5; LOC 9 11 | LOC 3 5; LOC 9 11
        a kind of place in lower case | saat dirampok di desa Kramas dan kecamatan Gabus | LOC 4 5; LOC 7 8 | LOC 3 5; LOC 6 8
        ibu kota, a capital | KTT yang digelar di ibu kota Qatar | LOC 6 7 | LOC 6 7
        a kind of place before a person | ia bertemu warga jalan Budi di sana | PER 4 5 | PER 4 5
        a short form glued to its brackets | Ketua Umum Partai Persatuan Pembangunan (PPP) , Suryadharma Ali | ORG 2 5; PER 7 9 | ORG 2 6; PER 7 9
        a glued short form the finder took apart | mantan ketua Mahkamah Konstitusi (MK) Mahfud MD | ORG 2 4; ORG 4 5; PER 5 7 | ORG 2 5; PER 5 7
        an age is no short form | Korban Joko Santoso (45) tewas | PER 1 3 | PER 1 3
        clubs' abbreviations | batal ke Sriwijaya FC dan pindah ke Valencia CF | LOC 2 3; LOC 7 9 | ORG 2 4; ORG 7 9
        a body's other name | PT Pelabuhan Indonesia ( Persero ) atau Pelindo membukukan laba | ORG 0 3 | ORG 0 3; ORG 7 8
        no other name after 'atau' | dibeli PT Maju Jaya atau B2B kemarin | ORG 1 4 | ORG 1 4
        a port among ports | kapal di Tanjung Priok , Tanjung Perak , dan Belawan kini lebih cepat | LOC 2 4; LOC 5 7; PER 9 10 | LOC 2 4; LOC 5 7; LOC 9 10
        a list's last place the finder did not see | wabah itu melanda Guinea , Nigeria , dan Sierra Leone . | LOC 3 4; LOC 5 6 | LOC 3 4; LOC 5 6; LOC 8 10
        a list's last word that news writes in lower case | untuk Twitter berbahasa Jepang , Korea , dan Dunia | LOC 3 4; LOC 5 6 | LOC 3 4; LOC 5 6
        a capital in apposition | di ibukota provinsi itu , Zahedan , dan pasukan | PER 5 6 | LOC 5 6
        a capital's name, not a speaker after a comma | Di ibu kota , Prabowo mengatakan hal itu | PER 4 5 | PER 4 5
        people in a list stay people | bersama Joko , Budi , dan Sulawesi Selatan | PER 1 2; PER 3 4; LOC 6 8 | PER 1 2; PER 3 4; LOC 6 8
        a company's last word | Agensinya , Moonlit Entertainment , menyebut Han akan tampil | PER 2 4; PER 6 7 | ORG 2 4; PER 6 7
        a label's last word the finder left out | dirilis lewat Teras Kopi Records pekan lalu | PER 2 4 | ORG 2 5
        a university's short form in brackets | Aksi serupa terjadi di Institut Agama Islam Negeri ( IAIN ) Syekh Nurjati Cirebon pekan lalu | ORG 4 8; ORG 9 10; PER 12 14 | ORG 4 8; ORG 9 10; ORG 11 14
        a hospital's short form, an honorific in lower case | Rumah Sakit Umum Daerah ( RSUD ) dr . Iskak Tulungagung resmi dibuka | LOC 0 4; LOC 5 6; PER 9 11 | LOC 0 4; LOC 5 6; ORG 7 11
        both sides of a contest | Sinner menang atas Alcaraz di Roma | LOC 5 6 | PER 0 1; PER 3 4; LOC 5 6
        both sides of a contest, passive | pekan lalu Ruud dikalahkan Fritz Taylor | PER 4 6 | PER 2 3; PER 4 6
        a contest with a club | Persib kalah dari Persija | ORG 0 1 | ORG 0 1
        one side of a contest | dengan mengalahkan Juventus 1-0 | - | -
        Presiden Terpilih | dipimpin Presiden Terpilih Prabowo Subianto tahun depan | PER 2 5 | PER 3 5
        Ny without a full stop | pameran didampingi Ny Herawati Boediono . | PER 2 5 | PER 3 5
        a joined particle after the finder's name | tewas bernama Mohammed al-Ghu , yang | PER 2 3 | PER 2 4
        an initial inside a name | lakon karya Arifin C . Noer dipentaskan | PER 2 4 | PER 2 6
        an initial before a surname | Presiden B . J . Habibie tiba | PER 1 6 | PER 1 6
        a region ends the body, Kabupaten | Ketua KPU Kabupaten Bogor Ummi Wahyuni mengatakan | ORG 1 2; LOC 2 5; PER 5 6 | ORG 1 2; LOC 2 4; PER 4 6
        a region ends the body, Jawa Barat | Kepala Dinas Kesehatan Jawa Barat Vini Adiani Dewi menjelaskan | ORG 1 6; PER 6 8 | ORG 1 5; PER 5 8
        a region after the body, Bali | Ketua DPD Partai Demokrat Bali I Made Mudharta saat dihubungi | ORG 2 4; PER 4 8 | ORG 2 4; LOC 4 5; PER 5 8
        a club named after its city | Pelatih Persib Bandung Bojan Hodak memuji | ORG 1 5 | ORG 1 3; PER 3 5
        an office in lower case before a region | kata calon bupati Kabupaten Bogor Rudy Susmanto kemarin | PER 3 7 | LOC 3 5; PER 5 7
        a short form in brackets before a region | Kepala Badan Pengelola Aset Daerah ( BPAD ) Kota Bekasi Achmad Firdaus membenarkan | ORG 1 5; ORG 6 7; PER 8 12 | ORG 1 5; ORG 6 7; LOC 8 10; PER 10 12
        one word after a region is no officer | Kepala Dinas Kesehatan Jawa Barat Vini menjelaskan | ORG 1 6 | ORG 1 6
        a nickname glued to its brackets | dipimpin Presiden terpilih Joko Widodo (Jokowi) . | PER 3 5 | PER 3 5; PER 5 6
        an acronym glued to its brackets is no nickname | salep Platelet Rich Plasma (PRP) . | PER 1 4 | PER 1 4
        a degree without full stops | yang pertama adalah Bapak Abdullah Sitopan BA . | PER 4 7 | PER 4 6
        a degree the name does not run on over | Kuasa hukum terdakwa , Ratna Dewi SH , menolak | PER 4 5 | PER 4 6
        Ustadz | dengan Pimpinan Ustadz Syamsi Dukha . | - | PER 3 5
        Jr. as the sentence goes on | Pidato Martin Luther King Jr . dikenang banyak orang | PER 1 4 | PER 1 5
        , Jr. | Harold George Belafonte , Jr . dilahirkan di Harlem | PER 0 3; LOC 8 9 | PER 0 5; LOC 8 9
        Jr at a sentence's end | Ia bertemu Robert Downey Jr . | PER 2 4 | PER 2 5
        a group's name after a group noun | dilakukan oleh kelompok Al-Qaeda di Yaman | PER 3 4; LOC 5 6 | ORG 3 4; LOC 5 6
        a group's name that starts with a common word | pesawat maskapai Air Mauritania itu | PER 2 4 | ORG 2 4
        a group's founder | tablet milik perusahaan Steve Jobs ini | PER 3 5 | PER 3 5
        a place the finder left out after its kind | berhenti tepat di desa Kemu dengan perjalanan | - | LOC 3 5
        the way, not a street | kemenangan itu membuka jalan Greysia ke final | - | -
        a kind of lake | sekitar danau Tondano , Tou | LOC 2 3 | LOC 1 3
        an orchestra's last word | James Last Orchestra yang dipimpinnya | PER 0 3 | ORG 0 3
        Sekdes, a village's secretary | dengan Zaenal Ariefin sebagai Sekdes , H . Umar | PER 1 3; PER 4 5 | PER 1 3
        Ki of a Korean name | mengucapkan selamat kepada Song Joong Ki dan Song Hye Kyo | PER 3 6; PER 7 10 | PER 3 6; PER 7 10
        """)
    void refinesTheFindersNames(String rule, String sentence, String found, String expected) {
        assertEquals(spans(expected), NameRules.refine(tokens(sentence), spans(found)), rule);
    }

    @Test
    void knowsDegreesFromDottedAbbreviations() {
        for (String degree : List.of("M.Pd.", "S.H.", "M.Sc.", "Ph.D.", "Sp.PD", "M.P.H.", "M.Kes.")) {
            assertTrue(Degrees.isDegree(degree), degree);
        }
        for (String word : List.of("Andi", "Bola.com", "PBSI", "Dr")) {
            assertFalse(Degrees.isDegree(word), word);
        }
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
