package org.warta.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final TextSegmenter segmenter = new TextSegmenter();

    private List<String> sentences(String text) {
        return segmenter.segment(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void splitsAfterAStopBeforeACapital() {
        assertEquals(List.of("Lavrov tiba di Beijing.", "Ia bertemu Wang Yi!", "Apa hasilnya?"),
                sentences("Lavrov tiba di Beijing. Ia bertemu Wang Yi! Apa hasilnya?"));
    }

    @Test
    void cutsTextWithNoSentenceEndAfterTheLastCommaBeforeTheLimit() {
        String clause = "warga menunggu di jalan sejak pagi bersama Budi Santoso dan keluarganya , ";
        String text = clause.repeat(60);
        List<Sentence> sentences = segmenter.segment(text);
        assertTrue(sentences.size() > 1, "one sentence of " + sentences.get(0).tokens().size() + " tokens");
        for (Sentence sentence : sentences) {
            assertTrue(sentence.tokens().size() <= SentenceSplitter.MAX_TOKENS, sentence.text(text));
        }
        for (Sentence sentence : sentences.subList(0, sentences.size() - 1)) {
            assertEquals(",", sentence.tokens().get(sentence.tokens().size() - 1).text(), "cut after a comma");
        }
    }

    @Test
    void keepsTitlesAbbreviationsAndInitialsInsideTheSentence() {
        assertEquals(List.of("Kantor Dr. Soetomo di Jl. Sudirman No. 5 dipimpin Prof. Ir. H. Abdul R. Tjetje."),
                sentences("Kantor Dr. Soetomo di Jl. Sudirman No. 5 dipimpin Prof. Ir. H. Abdul R. Tjetje."));
    }

    @Test
    void keepsClosingQuotesAndBracketsWithTheirSentence() {
        assertEquals(List.of("“Kami sepakat.”", "Lalu ia pergi (ke Moskow.)", "\"Baik.\"", "Selesai."),
                sentences("“Kami sepakat.” Lalu ia pergi (ke Moskow.) \"Baik.\" Selesai."));
    }

    @Test
    void doesNotSplitBeforeLowerCaseOrAFigure() {
        assertEquals(List.of("“Sampai kapan?” tanya dia... lalu pergi pada 2 Mei. 50 orang ikut."),
                sentences("“Sampai kapan?” tanya dia... lalu pergi pada 2 Mei. 50 orang ikut."));
    }

    @Test
    void endsSentencesAtHeadlinesCaptionsAndBacaJugaLines() {
        String page = "Rusia-China Sepakati Kerja Sama\r\n\r\nBisnis.com, JAKARTA - Rusia dan China sepakat.\n"
                + "Baca Juga : Menkeu AS Yellen ke China\n"
                + "Foto: Reuters\n";
        assertEquals(List.of("Rusia-China Sepakati Kerja Sama", "Bisnis.com, JAKARTA - Rusia dan China sepakat.",
                "Baca Juga : Menkeu AS Yellen ke China", "Foto: Reuters"), sentences(page));
    }

    @Test
    void keepsAListNumberWithItsItem() {
        assertEquals(List.of("Ia setuju.", "1. Kerja sama militer", "Tahun 2022.", "Lalu perang."),
                sentences("Ia setuju.\n\n1. Kerja sama militer\n\nTahun 2022. Lalu perang."));
    }

    @Test
    void joinsALineWrappedMidSentence() {
        assertEquals(List.of("Rusia dan China sepakat untuk\nmemperdalam kerja sama."),
                sentences("Rusia dan China sepakat untuk\nmemperdalam kerja sama."));
    }

    @Test
    void endsTheLastSentenceWithoutAStop() {
        assertEquals(List.of("Apa Reaksi Anda ?", "like", "dislike"), sentences("Apa Reaksi Anda ?\n\nlike\n\ndislike"));
    }
}
