package org.warta.names.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.warta.names.Words;

class RolesTest {

    private static String role(String sentence, int nameStart) {
        Words tokens = Words.wrapping(sentence.split(" "));
        return String.join(" ", tokens.subList(Roles.roleStart(tokens, nameStart), nameStart));
    }

    @Test
    void theRoleIsTheRunOfTitlesCountriesAndRegionsBeforeTheName() {
        assertEquals("Menteri Luar Negeri Rusia", role("oleh Menteri Luar Negeri Rusia Sergei Lavrov", 5));
        assertEquals("Wali Kota Jayapura", role("kata Wali Kota Jayapura Yeremias Ireeuw", 4));
        assertEquals("", role("kata Sergei Lavrov", 1));
    }

    @Test
    void theRoleTakesTheBodyBetweenAnOfficeAndARank() {
        assertEquals("Kapolsek Jagakarsa AKP", role("Kapolsek Jagakarsa AKP Nurma Dewi Siregar", 3));
        assertEquals("Kepala Sekolah SMA Negeri 5 Makassar Drs . H .", role("Kepala Sekolah SMA Negeri 5 Makassar Drs . H . Andi", 10));
    }

    @Test
    void theRoleTakesARegionOfTwoWordsWhole() {
        assertEquals("Gubernur Jawa Barat", role("Mantan Gubernur Jawa Barat Ridwan Kamil", 4));
    }

    @Test
    void theRoleTakesTheBodyAfterAnOfficeInLowerCase() {
        assertEquals("Juru bicara Kementerian Luar Negeri Tiongkok", role("Juru bicara Kementerian Luar Negeri Tiongkok Lin Jian", 6));
    }
}
