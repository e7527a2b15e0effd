package org.warta.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WhiteSpaceTest {

    private static final Pattern ASCII_SPACES = Pattern.compile("\\s+");
    private static final Pattern ANY_SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s-]+");

    static List<String> names() {
        return List.of("", " ", "   ", "Joko", "Joko Widodo", "Joko  Widodo", " Joko Widodo", "Joko Widodo ",
                "Joko\nWidodo", "Joko\r\n\tWidodo", "Joko\u000BWidodo\fAgus", "Joko\u00A0Widodo", "Joko\u2009Widodo",
                "Joko\u2028Widodo\u2029", "\u00A0Joko", "Park Jun-seo", "a b  c   d", "𝐀𝐁 Widodo", "\t",
                "Joko\u001CWidodo", "Joko\u0085Widodo", "Joko\u200BWidodo", "Joko\u1680Widodo", "Joko\u3000Widodo",
                "\uD800", "Joko \uD800 Widodo", "Joko\u00A0", "-", "-Joko", "Jawa--Barat -", "Ja-bar", "Park Jun - seo");
    }

    @ParameterizedTest
    @MethodSource("names")
    void splitsAsTheRegularExpressionOfAsciiWhiteSpace(String name) {
        assertArrayEquals(ASCII_SPACES.split(name), WhiteSpace.split(name));
    }

    @ParameterizedTest
    @MethodSource("names")
    void splitsAsTheRegularExpressionOfEverySpace(String name) {
        assertArrayEquals(ANY_SPACES.split(name), WhiteSpace.splitAtAnySpace(name));
    }

    @ParameterizedTest
    @MethodSource("names")
    void splitsAsTheRegularExpressionOfSpacesAndHyphens(String name) {
        assertArrayEquals(SPACES_AND_HYPHENS.split(name), WhiteSpace.splitAtSpacesAndHyphens(name));
    }
}
