package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianTokenizerTest {

    private final IndonesianTokenizer tokenizer = new IndonesianTokenizer();

    /** Each case: the text, then its tokens joined by " | ". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Pertahanannya kuatlah, apakah pun        ~ Pertahanannya | kuatlah | , | apakah | pun
            Bukankah dialah yang membacanya?      ~ Bukankah | dialah | yang | membacanya | ?
            negara-negara e-KTP ke-5 1990-an         ~ negara-negara | e-KTP | ke-5 | 1990-an
            Rusia-China dan Asia-Pasifik             ~ Rusia-China | dan | Asia-Pasifik
            Selasa (9/4/2024) pukul 12.18 WIB        ~ Selasa | ( | 9/4/2024 | ) | pukul | 12.18 | WIB
            senilai 1.000,50 atau Rp1.517,5 triliun  ~ senilai | 1.000,50 | atau | Rp | 1.517,5 | triliun
            naik 5,4% menjadi US$6,4 miliar          ~ naik | 5,4 | % | menjadi | US | $ | 6,4 | miliar
            pukul 10:30 dan/atau 34/PMK.011/2007     ~ pukul | 10:30 | dan/atau | 34/PMK.011/2007
            buka https://www.bisnis.com/read/1.html. ~ buka | https://www.bisnis.com/read/1.html | .
            (lihat www.kompas.tv/live) sekarang      ~ ( | lihat | www.kompas.tv/live | ) | sekarang
            kirim ke redaksi@idntimes.com, ya        ~ kirim | ke | redaksi@idntimes.com | , | ya
            tagar #PemiluDamai dari @jokowi          ~ tagar | #PemiluDamai | dari | @jokowi
            “Kami sepakat,” kata Lavrov.             ~ “ | Kami | sepakat | , | ” | kata | Lavrov | .
            paling ‘mematikan’ di Eropa              ~ paling | ‘ | mematikan | ’ | di | Eropa
            ``Apa?'' tanyanya -- lalu pergi          ~ `` | Apa | ? | '' | tanyanya | -- | lalu | pergi
            Ka'ban dan Jum'at                        ~ Ka'ban | dan | Jum'at
            Dr. Soetomo dan R. Tjetje                ~ Dr | . | Soetomo | dan | R | . | Tjetje
            A.S. dan Joko S.H. a.n. Budi, S.H.       ~ A.S. | dan | Joko | S.H. | a.n. | Budi | , | S.H | .
            buah, sayur, dll. Lalu                   ~ buah | , | sayur | , | dll | . | Lalu
            tunggu... ya                             ~ tunggu | ... | ya
            apa??? Bisnis.com, JAKARTA -             ~ apa | ? | ? | ? | Bisnis.com | , | JAKARTA | -
            AT&T dan R&D                             ~ AT&T | dan | R&D
            """)
    void splitsIndonesianNewsText(String text, String expected) {
        assertEquals(List.of(expected.split(" \\| ")), texts(tokenizer.tokenize(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            emoji 👍🏽 dan 👨‍👩‍👧 keluarga         ~ emoji | 👍🏽 | dan | 👨‍👩‍👧 | keluarga
            huruf 𝐁𝐞𝐫𝐢𝐭𝐚 tebal                ~ huruf | 𝐁𝐞𝐫𝐢𝐭𝐚 | tebal
            kafé dan café                    ~ kafé | dan | café
            luas 5 km² saja                  ~ luas | 5 | km² | saja
            """)
    void keepsSurrogatePairsAndCombiningMarksWhole(String text, String expected) {
        assertEquals(List.of(expected.split(" \\| ")), texts(tokenizer.tokenize(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', textBlock = """
            ''
            ' \t\r\n\u00a0\u200b '
            """)
    void findsNoTokensInBlankText(String text) {
        assertEquals(List.of(), tokenizer.tokenize(text));
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }
}
