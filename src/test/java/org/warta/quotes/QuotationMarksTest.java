package org.warta.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which passages of a text stand between quotation marks. */
class QuotationMarksTest {

    /** The words of each outermost quoted passage of {@code text}. */
    private static List<String> quoted(String text) {
        return QuotationMarks.passages(text).stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void pairsCurlyAndStraightMarksAsPagesMixThem() {
        assertEquals(List.of("Kerja sama ini akan kuat,", "Tentu saja,", "Situasi ini,"),
                quoted("“Kerja sama ini akan kuat,\" ujarnya. \"Tentu saja,” kata Lavrov. “Situasi ini,” tambahnya."));
    }

    @Test
    void keepsNestedMarksInsideTheOuterQuotation() {
        assertEquals(List.of("Dia bilang ‘kami siap’ dan \"kami datang\" kemarin,"),
                quoted("“Dia bilang ‘kami siap’ dan \"kami datang\" kemarin,” kata Budi."));
        assertEquals(List.of("A “B” C"), quoted("“A “B” C” kata Budi."));
    }

    @Test
    void takesNoApostropheInsideAWordForAMark() {
        assertEquals(List.of("Kami siap,"), quoted("Abdul Mu'ti dan Hasyim Asy’ari: “Kami siap,” kata Mu'ti."));
        assertEquals(List.of("mematikan"), quoted("peperangan paling ‘mematikan’ di Eropa"));
    }

    @Test
    void runsAQuotationOverParagraphsThatOpenItAgain() {
        String text = "“Para tersangka beraksi sejak Juni.\n\n“Modusnya selalu sama,” kata Dwi.";
        assertEquals(List.of("Para tersangka beraksi sejak Juni.\n\n“Modusnya selalu sama,"), quoted(text));
    }

    @Test
    void runsAQuotationOverAParagraphThatDoesNotOpenItAgain() {
        String text = "\"Saya datang tanpa beban.\n\nSaya akan kembali lebih kuat,\" tutur Etxeberria.";
        assertEquals(List.of("Saya datang tanpa beban.\n\nSaya akan kembali lebih kuat,"), quoted(text));
    }

    @Test
    void endsAnUnclosedQuotationAtTheCommaBeforeItsVerb() {
        String text = "\"Situasi saat ini memperkuat hubungan, kata Lavrov pada Sabtu.\n“Kerja sama ini kuat,\" ujarnya.";
        assertEquals(List.of("Situasi saat ini memperkuat hubungan,", "Kerja sama ini kuat,"), quoted(text));
    }

    @Test
    void closesAQuotationWhoseMarkIsGluedToTheVerbOrSlippedOntoIt() {
        assertEquals(List.of("Bangsa kita kuat,", "Kerja sama ini sudah usai,"),
                quoted("“Bangsa kita kuat,”tandas Ayu. \"Kerja sama ini sudah usai, \"ujar Ahman Sya."));
    }

    @Test
    void opensALineWithAClosingShapedMark() {
        assertEquals(List.of("Indonesia dan Perancis sudah bekerja sama,"),
                quoted("” Indonesia dan Perancis sudah bekerja sama,” kata Ahman Sya."));
    }

    @Test
    void leavesAStrayMarkAlone() {
        assertEquals(List.of(), quoted("Gedung Putih mengatakan jalur komunikasi tetap terbuka.”\nMoskow dan Beijing makin dekat."));
        assertEquals(List.of(), quoted("Ia menyebut “tanpa batas\n\nlalu pergi.\n\nDua\n\nTiga\n\nEmpat\n\nLima"));
    }
}
