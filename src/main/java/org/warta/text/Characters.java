package org.warta.text;

/** Classes of code points that the tokenizer and the sentence splitter agree on. */
public final class Characters {

    static final int ZERO_WIDTH_JOINER = 0x200D;

    private Characters() {
    }

    /** Letters, digits, other numerals (², ½) and the marks that combine with them. */
    static boolean isWordPart(int cp) {
        if (cp < 0x80) {
            return isAsciiWordPart(cp);
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK:
                return true;
            default:
                return cp == 0x200C || cp == ZERO_WIDTH_JOINER; // joiners inside Indic and Arabic words
        }
    }

    static boolean isAsciiWordPart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** What stands between tokens: white space, control and format characters. */
    public static boolean isSeparator(int cp) {
        if (cp < 0x80) {
            return cp <= ' ' || cp == 0x7F;
        }
        if (cp == 0x200C || cp == ZERO_WIDTH_JOINER) {
            return false;
        }
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }

    /** A character that ends a line: LF, CR, NEL, the Unicode line and paragraph separators, VT, FF. */
    static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** Marks whose runs make one token: "--", "``", "''", "**", "==". */
    static boolean isRepeatable(int cp) {
        return cp == '-' || cp == '`' || cp == '\'' || cp == '*' || cp == '=' || cp == '_';
    }

    /** What continues a symbol token: combining marks, variation selectors, emoji modifiers. */
    static boolean extendsSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    static boolean isQuote(int cp) {
        return cp == '"' || cp == '\'' || cp == '`' || (cp >= 0x2018 && cp <= 0x201F) || cp == 0xAB || cp == 0xBB
                || cp == 0x2039 || cp == 0x203A;
    }

    static boolean isOpeningQuote(int cp) {
        return cp == '"' || cp == '\'' || cp == '`' || cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0x201E;
    }

    /** Closing quotes and brackets: they stay with the sentence that they follow. */
    static boolean isCloser(int cp) {
        return cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == ')' || cp == ']'
                || cp == '}';
    }
}
