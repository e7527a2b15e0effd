package org.warta.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.names.EntityType;
import org.warta.names.Mention;
import org.warta.text.TextSegmenter;

/**
 * The statement rules on texts whose mentions are given by hand, so that each pattern is tested
 * without the name model: a name written {@code "Lavrov>Sergei Lavrov"} is a mention of the
 * person Sergei Lavrov wherever the text writes "Lavrov"; {@code "Kremlin#ORGANIZATION"} an
 * organisation; {@code "Bupati Ogan Ilir|Ilyas"} a person with that role where the role is
 * written before the name.
 */
class StatementRulesTest {

    /** A statement as a row shows it: speaker, kind, cue and quote. */
    private record Row(String speaker, Kind kind, String cue, String quote) {
        @Override
        public String toString() {
            return speaker + "|" + kind + "|" + cue + "|" + quote;
        }
    }

    private static Row row(String speaker, Kind kind, String cue, String quote) {
        return new Row(speaker, kind, cue, quote);
    }

    private static List<Row> rows(String text, String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (String name : names) {
            String[] typed = name.split("#");
            String[] roled = typed[0].split("\\|");
            String role = roled.length > 1 ? roled[0] : "";
            String[] resolved = roled[roled.length - 1].split(">");
            EntityType type = typed.length > 1 ? EntityType.valueOf(typed[1]) : EntityType.PERSON;
            String before = role.isEmpty() ? "(?<![\\p{L}])" : "(?<=" + Pattern.quote(role + " ") + ")";
            Matcher found = Pattern.compile(before + Pattern.quote(resolved[0]) + "(?![\\p{L}])").matcher(text);
            while (found.find()) {
                int start = found.start();
                int end = found.end();
                if (mentions.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    mentions.add(new Mention(1, start, end, resolved[0], type, role, resolved.length > 1 ? resolved[1] : resolved[0]));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        AnalysedText.Tokens tokens = new AnalysedText.Tokens();
        new TextSegmenter().forEachSentence(text, tokens);
        return QuoteFinder.statements(text, tokens, mentions).stream()
                .map(s -> row(s.speaker().name(), s.kind(), s.cue(), s.quote())).toList();
    }

    private static Row direct(String speaker, String cue, String quote) {
        return row(speaker, Kind.direct, cue, quote);
    }

    private static Row indirect(String speaker, String cue, String quote) {
        return row(speaker, Kind.indirect, cue, quote);
    }

    /** A pattern the rules read: a text, the names in it, and the statements a reader finds there. */
    private record Case(String pattern, String text, List<String> names, List<Row> statements) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    private static Case of(String pattern, String text, List<String> names, List<Row> statements) {
        return new Case(pattern, text, names, statements);
    }

    static Stream<Case> patterns() {
        return Stream.of(
            of("attributes a quotation to the name after its verb or to the speaker before it",
                    "“Situasi ini memperkuat hubungan kami,” kata Menteri Luar Negeri Rusia Sergei Lavrov pada Sabtu.\n\n"
                        + "Pelatih Etxeberria, Iñaki Goikoetxea, mengatakan, \"Hugo masih harus memperbaiki servis keduanya.\"\n\n"
                        + "\"Situs itu dialihkan pemiliknya,\" terang peneliti keamanan, Yudhi Kukuh, kepada wartawan.",
                    List.of("Sergei Lavrov", "Rusia#LOCATION", "Iñaki Goikoetxea", "Etxeberria", "Yudhi Kukuh"),
                    List.of(direct("Sergei Lavrov", "kata", "Situasi ini memperkuat hubungan kami,"),
                        direct("Iñaki Goikoetxea", "mengatakan", "Hugo masih harus memperbaiki servis keduanya."),
                        direct("Yudhi Kukuh", "terang", "Situs itu dialihkan pemiliknya,"))),
            of("makes two rows of a quotation split by its attribution",
                    "Yosafat Sitompul tampil baik.\n\n\"Kaki sudah berat sekali,\" ujar Yosafat. \"Tapi penonton terus berteriak.\"",
                    List.of("Yosafat Sitompul", "Yosafat>Yosafat Sitompul"),
                    List.of(direct("Yosafat Sitompul", "ujar", "Kaki sudah berat sekali,"),
                        direct("Yosafat Sitompul", "ujar", "Tapi penonton terus berteriak."))),
            of("keeps the speaker of a quotation for the quoted paragraph right after it",
                    "\"Saya menemukan banyak hal dari bacaan,\" ujar Emma Watson.\n\n\"Saya lalu memulai klub buku.\"\n\n"
                        + "Klub itu kini punya ribuan anggota.\n\n\"Ini tidak dikatakan siapa pun.\"",
                    List.of("Emma Watson"),
                    List.of(direct("Emma Watson", "ujar", "Saya menemukan banyak hal dari bacaan,"),
                        direct("Emma Watson", "ujar", "Saya lalu memulai klub buku."))),
            of("makes one row of a quotation over two paragraphs",
                    "Kapolres Dwi Cahyo Nugroho memberi keterangan.\n\n“Para tersangka beraksi sejak Juni.\n\n"
                        + "“Modusnya selalu sama,” kata Dwi Cahyo.",
                    List.of("Dwi Cahyo Nugroho", "Dwi Cahyo>Dwi Cahyo Nugroho"),
                    List.of(direct("Dwi Cahyo Nugroho", "kata", "Para tersangka beraksi sejak Juni.\n\n“Modusnya selalu sama,"))),
            of("resolves pronoun and clitic speakers to the person last speaking or subject",
                    "Kepala Dinas Sutarman mengatakan kasus naik dua kali lipat. Ia menambahkan, rumah sakit menambah tempat tidur.\n\n"
                        + "“Kami sudah minta puskesmas bergerak,” katanya.\n\nMenurutnya, fogging tidak selalu perlu.\n\n"
                        + "Kedua pelatih bertemu kemarin, saat Harianto Kusumo tiba di Jakarta. “Kami siap,” ucapnya.",
                    List.of("Sutarman", "Harianto Kusumo", "Jakarta#LOCATION"),
                    List.of(indirect("Sutarman", "mengatakan", "kasus naik dua kali lipat"),
                        indirect("Sutarman", "menambahkan", "rumah sakit menambah tempat tidur"),
                        direct("Sutarman", "katanya", "Kami sudah minta puskesmas bergerak,"),
                        indirect("Sutarman", "Menurutnya", "fogging tidak selalu perlu"),
                        direct("Harianto Kusumo", "ucapnya", "Kami siap,"))),
            of("takes the person a clause opens with past its title for the pronoun after it",
                    "Gubernur Alex Noerdin menilai lintasan itu siap.\n\n"
                        + "Harapan senada diungkapkan Bupati Ogan Ilir Ilyas Panji Alam. Ia mengaku siap menjadi tuan rumah.",
                    List.of("Alex Noerdin", "Bupati Ogan Ilir|Ilyas Panji Alam", "Ogan Ilir#LOCATION"),
                    List.of(indirect("Alex Noerdin", "menilai", "lintasan itu siap"),
                        indirect("Ilyas Panji Alam", "mengaku", "siap menjadi tuan rumah"))),
            of("resolves a description in place of a name to the speaker before",
                    "Pelatih PSM, Javier Robledo, mengeluhkan keputusan wasit.\n\n“Itu pelanggaran,” ucap pelatih asal Spanyol itu.",
                    List.of("Javier Robledo", "PSM#ORGANIZATION"),
                    List.of(indirect("Javier Robledo", "mengeluhkan", "keputusan wasit"),
                        direct("Javier Robledo", "ucap", "Itu pelanggaran,"))),
            of("leaves the speaker empty when the text names no one",
                    "“Kami punya keprihatinan mendalam,” kata seorang pejabat senior AS kepada wartawan.\n"
                        + "“Itu percakapan yang jujur,” tambahnya.\nPertemuan itu direncanakan sejak lama, kata para pejabat AS.\n"
                        + "Menurut pihak berwenang, serangan itu memicu eksodus baru.",
                    List.of("AS#LOCATION"),
                    List.of(direct("", "kata", "Kami punya keprihatinan mendalam,"), direct("", "tambahnya", "Itu percakapan yang jujur,"),
                        indirect("", "kata", "Pertemuan itu direncanakan sejak lama"), indirect("", "Menurut", "serangan itu memicu eksodus baru"))),
            of("leaves the speaker empty when the finder missed the name rather than take the wrong one",
                    "Dokter Fransiska Wuwung menjelaskan pasien datang terlambat.\n\n"
                        + "Salah satu orang tua pasien, Misnati (34), warga Kecamatan Pragaan, Sumenep, mengaku khawatir efek vaksin.\n\n"
                        + "“Sekarang saya menyesal,” ucapnya.\n\nDewan Keamanan Rusia mengklaim telah menyetujui kerja sama.",
                    List.of("Fransiska Wuwung", "Sumenep#LOCATION", "Kecamatan Pragaan#LOCATION"),
                    List.of(indirect("Fransiska Wuwung", "menjelaskan", "pasien datang terlambat"),
                        indirect("", "mengaku", "khawatir efek vaksin"), direct("", "ucapnya", "Sekarang saya menyesal,"),
                        indirect("", "mengklaim", "telah menyetujui kerja sama"))),
            of("reads menurut and the name after it",
                    "Menurut Aweng, anggaran bisa diambil dari perjalanan dinas.\n\n"
                        + "Menurut juru bicara Kementerian Luar Negeri, Rahmat Hidayat Panjaitan, pertemuan itu membahas rekonstruksi.\n\n"
                        + "Menurut BPBD, tidak ada korban jiwa.",
                    List.of("Aweng", "Rahmat Hidayat Panjaitan", "Kementerian Luar Negeri#ORGANIZATION", "BPBD#ORGANIZATION"),
                    List.of(indirect("Aweng", "Menurut", "anggaran bisa diambil dari perjalanan dinas"),
                        indirect("Rahmat Hidayat Panjaitan", "Menurut", "pertemuan itu membahas rekonstruksi"),
                        indirect("BPBD", "Menurut", "tidak ada korban jiwa"))),
            of("reads a headline name and colon as a quotation and a headline verb as a statement",
                    "Tenriawaru: Kenaikan UKT Hanya untuk Mahasiswa Baru\n\nRektor Tenriawaru menemui mahasiswa.\n\n"
                        + "Baca Juga: Djokovic Sebut Zverev Layak Juara Grand Slam\n\nDjokovic berlatih.",
                    List.of("Tenriawaru", "Djokovic>Novak Djokovic", "Zverev"),
                    List.of(direct("Tenriawaru", ":", "Kenaikan UKT Hanya untuk Mahasiswa Baru"),
                        indirect("Novak Djokovic", "Sebut", "Zverev Layak Juara Grand Slam"))),
            of("takes a line up after a colon for no statement",
                    "Susunan Pemain\n\nEmpoli: Skorupski; Zambelli, Cosic, Bellusci\n\nEmpoli kalah.",
                    List.of("Empoli#ORGANIZATION"),
                    List.of()),
            of("gives no row for quoted words that nothing attributes",
                    "Film \"Bulan di Atas Seoul\" tayang pekan depan. Kedua negara sepakat bermitra “tanpa batas”.\n\n"
                        + "“Ini kemenangan untuk semua orang.”\n\nMarcelinho mencetak gol.",
                    List.of("Marcelinho"),
                    List.of()),
            of("keeps nested quotation marks in the quote",
                    "“Mereka bilang ‘kami siap’ kemarin,” ujar Joko Widodo.",
                    List.of("Joko Widodo"),
                    List.of(direct("Joko Widodo", "ujar", "Mereka bilang ‘kami siap’ kemarin,"))),
            of("reads straight and curly marks mixed",
                    "Lavrov tiba di Beijing.\n“Kerja sama ini akan kuat,\" ujarnya.\n\"Kami perlu berpikir,” ujar Lavrov.",
                    List.of("Lavrov", "Beijing#LOCATION"),
                    List.of(direct("Lavrov", "ujarnya", "Kerja sama ini akan kuat,"), direct("Lavrov", "ujar", "Kami perlu berpikir,"))),
            of("retells what was said after the verb without bahwa and the full stop",
                    "Dalam pembicaraannya, Lavrov mengatakan bahwa Putin menyarankan penguatan keamanan Eurasia. "
                        + "Lavrov juga mengatakan Rusia akan fokus pada latihan, seperti dikutip Reuters. "
                        + "Ia menyebut rumah sakit, seperti RSUD Wonosari, menambah tempat tidur.",
                    List.of("Lavrov>Sergei Lavrov", "Putin>Vladimir Putin", "Rusia#LOCATION", "Reuters#ORGANIZATION"),
                    List.of(indirect("Sergei Lavrov", "mengatakan", "Putin menyarankan penguatan keamanan Eurasia"),
                        indirect("Sergei Lavrov", "mengatakan", "Rusia akan fokus pada latihan"),
                        indirect("Sergei Lavrov", "menyebut", "rumah sakit, seperti RSUD Wonosari, menambah tempat tidur"))),
            of("finds the speaker past descriptions degrees and relative clauses",
                    "Ekonom dari Indef, Nurul Fadhilah, menilai kinerja masih bergantung pada volume global.\n\n"
                        + "Aweng, mantan Wali Kota Tasikmalaya, menyebut ruas jalan rusak mencapai 300 kilometer.\n\n"
                        + "Park Jun-seo, yang hadir bersama Lee Ha-eun, menyebut Anindya disiplin.\n\n"
                        + "Kuasa hukum terdakwa, Ronald Marpaung, S.H., M.H., juga menyatakan masih pikir-pikir.",
                    List.of("Nurul Fadhilah", "Indef#ORGANIZATION", "Aweng", "Tasikmalaya#LOCATION", "Park Jun-seo", "Lee Ha-eun", "Anindya", "Ronald Marpaung"),
                    List.of(indirect("Nurul Fadhilah", "menilai", "kinerja masih bergantung pada volume global"),
                        indirect("Aweng", "menyebut", "ruas jalan rusak mencapai 300 kilometer"),
                        indirect("Park Jun-seo", "menyebut", "Anindya disiplin"),
                        indirect("Ronald Marpaung", "menyatakan", "masih pikir-pikir"))),
            of("takes actions thoughts wishes and relative clauses for no statement",
                    "Sugiono bertemu Abdelatty di Kairo. AS menganggap China pesaing. Biden ingin Xi tidak mengabaikan sanksi. "
                        + "Gol Marcelinho pada menit ke-88 memastikan kemenangan. Pejabat yang mengatakan hal itu dipecat. "
                        + "Ia tidak menyebut angka. Lorenzo mencatat putaran terbaik. Watford memastikan diri bertahan di Premier League. "
                        + "Keduanya saling memuji di media sosial masing-masing.",
                    List.of("Sugiono", "Abdelatty", "Kairo#LOCATION", "AS#LOCATION", "China#LOCATION", "Biden", "Xi", "Marcelinho", "Lorenzo", "Watford#ORGANIZATION", "Premier League#ORGANIZATION"),
                    List.of()),
            of("takes requests denials praise and warnings for statements",
                    "Budi meminta Pelindo tidak menaikkan tarif. Wiratmaja membantah pernah mematok fee. "
                        + "Putin memuji Xi karena sikapnya. Yellen memperingatkan konsekuensi signifikan. "
                        + "Hermawan memastikan tidak ada kenaikan tarif. Seorang teman menuturkan kepada Dailymail, Rooney datang tengah malam.",
                    List.of("Budi", "Pelindo#ORGANIZATION", "Wiratmaja", "Putin", "Xi", "Yellen", "Hermawan", "Dailymail#ORGANIZATION", "Rooney"),
                    List.of(indirect("Budi", "meminta", "Pelindo tidak menaikkan tarif"),
                        indirect("Wiratmaja", "membantah", "pernah mematok fee"), indirect("Putin", "memuji", "Xi karena sikapnya"),
                        indirect("Yellen", "memperingatkan", "konsekuensi signifikan"),
                        indirect("Hermawan", "memastikan", "tidak ada kenaikan tarif"),
                        indirect("", "menuturkan", "Rooney datang tengah malam"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void findsTheStatementsAReaderFinds(Case pattern) {
        assertEquals(pattern.statements(), rows(pattern.text(), pattern.names().toArray(String[]::new)));
    }
}
