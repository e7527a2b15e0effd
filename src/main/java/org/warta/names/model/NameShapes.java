package org.warta.names.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shapes of personal names that news from many countries brings and that no name list
 * holds: Russian and Ukrainian surnames (Lavrov, Belousova, Kovalenko, Zelensky), Chinese names
 * of one to three pinyin syllables (Xi, Jinping, Youxia), Korean given names joined by a hyphen
 * (Heung-min), Arabic names with Al- or Abdul, Indonesian names ending like Sulistyowati,
 * Haryanto or Sukarno, and names with an inner capital or an apostrophe (DiCaprio, Asy'ari).
 * They are features, weighed by the model: "Bandung" and "Dan" fit the Chinese shape too.
 */
final class NameShapes {

    private static final Pattern RUSSIAN = Pattern.compile(".*(ov|ova|ev|eva|yev|yeva|enko|sky|skiy|skaya|vich|vych|shin|chuk)");
    private static final Pattern PINYIN = Pattern.compile(
            "((zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u)){1,3}");
    private static final Pattern HYPHENATED_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{2,5}");
    private static final Pattern ARABIC = Pattern.compile("(al|el|abd|abdul|abdel|abu)(-.+|[a-z]{3,})");
    private static final Pattern INDONESIAN = Pattern.compile(".*(wati|yanto|yanti|ianto|iyah|ningsih|ningrum|udin|uddin|ono|adi|ati)");
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+");

    private NameShapes() {
    }

    /** The shapes a capitalised word has; none for a word in lower case. */
    static List<String> of(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return List.of();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> shapes = new ArrayList<>(2);
        if (RUSSIAN.matcher(lower).matches()) {
            shapes.add("ru");
        }
        if (lower.length() <= 9 && PINYIN.matcher(lower).matches()) {
            shapes.add("zh");
        }
        if (HYPHENATED_GIVEN.matcher(word).matches()) {
            shapes.add("ko");
        }
        if (ARABIC.matcher(lower).matches()) {
            shapes.add("ar");
        }
        if (INDONESIAN.matcher(lower).matches()) {
            shapes.add("id");
        }
        if (INNER_CAPITAL.matcher(word).matches()) {
            shapes.add("camel");
        }
        if (word.indexOf('\'') > 0) {
            shapes.add("apostrophe");
        }
        return shapes;
    }
}
