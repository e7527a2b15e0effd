package org.warta.names.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortFormsTest {

    @ParameterizedTest(name = "{0} of {1}: {2}")
    @CsvSource({
        "KPU, Komisi Pemilihan Umum, true",
        "BKPSDM, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia, true",
        "Unhas, Universitas Hasanuddin, true",
        "Jabar, Jawa Barat, true",
        "AS, Amerika Serikat, true",
        "Pelindo, PT Pelabuhan Indonesia, true",
        "JAFF, Jogja-NETPAC Asian Film Festival, true",
        "Panenku, PT Panen Kita Sejahtera, true",
        "Persero, PT Pelabuhan Indonesia, false",
        "GCC, Teluk, false",
        "Indonesia, Kota Jayapura, false",
        "KPK, Komisi Pemilihan Umum, false",
        "Papua, Kota Jayapura, false"})
    void aShortFormInBracketsStandsForTheNameBefore(String shortForm, String name, boolean stands) {
        assertEquals(stands, ShortForms.isAbbreviation(shortForm, name));
    }
}
