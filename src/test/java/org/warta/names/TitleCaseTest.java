package org.warta.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleCaseTest {

    private static int titleStart(String sentence) {
        return TitleCase.titleStart(List.of(sentence.split(" ")));
    }

    @Test
    void aHeadlineIsTitleCaseFromItsFirstWord() {
        assertEquals(0, titleStart("Sugiono Temui Abdelatty di Kairo , Bahas Pasukan Stabilisasi"));
    }

    @Test
    void aSentenceFullOfNamesThatEndsInAFullStopIsABodySentence() {
        assertEquals(12, titleStart("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Beijing , Selasa ."));
    }

    @Test
    void aBodySentenceMayQuoteATitleAfterJudul() {
        assertEquals(4, titleStart("Artikel ini tayang dengan judul Banjir Entrop Terulang , Wali Kota Jayapura Janji Bongkar".substring(8)));
        assertEquals(4, titleStart("drama Korea terbaru berjudul Bulan di Atas Seoul"));
        assertEquals(8, titleStart("drama itu berjudul bagus sekali , kata Lee"));
    }
}
