package org.warta.names.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;
import org.warta.names.TitleCase;

/**
 * Fixes what the statistical name finder gets wrong in Indonesian news, by rules that hold for
 * any article, applied to one sentence's names:
 * <ul>
 *   <li>between an office and a person in commas stands a body, not a person ("Kapten
 *       Tottenham Hotspur, Son Heung-min, ...");</li>
 *   <li>function words are never part of a name ("Dia", "Baca Juga", "Apa Reaksi Anda");</li>
 *   <li>a country that the finder joined to the person after it is a place, and the rest the
 *       person ("Rusia Sergei Lavrov" after "Menteri Luar Negeri");</li>
 *   <li>titles and offices are not part of a person's name ("Presiden Rusia Vladimir Putin" is
 *       Vladimir Putin), and a name made only of country words is a place ("Rusia-China");</li>
 *   <li>outside headlines, the capitalised words after a role are a person's name ("Menteri
 *       Keuangan AS Janet Yellen"), and a person's name goes on over the capitalised words that
 *       follow it ("Joe" + "Biden").</li>
 * </ul>
 */
public final class NameRules {

    /** The longest name the role rule reads after a role. */
    private static final int MAX_NAME_WORDS = 4;
    private static final Set<String> LIST_CONTINUATIONS = Set.of("dan", "serta", "atau");
    private static final String SOURCE = "Sumber";

    private NameRules() {
    }

    public static List<NameSpan> refine(List<String> tokens, List<NameSpan> found) {
        List<NameSpan> names = new ArrayList<>(found.size() + 2);
        for (NameSpan name : found) {
            trimmed(tokens, name, names);
        }
        if (!TitleCase.isTitleCase(tokens)) {
            bodiesBeforeAppositions(tokens, names);
            bodiesBeforeNames(tokens, names);
            namesAfterRoles(tokens, names);
            speakersAndAppositions(tokens, names);
            extendPersons(tokens, names);
        } else {
            namesAfterRolesInHeadline(tokens, names);
        }
        sourcesAreBodies(tokens, names);
        return mergeAdjacentPersons(names);
    }

    /**
     * A credit line names where a story or a figure comes from, a news agency or a body, not a
     * person: the one-word names after "Sumber:" ("(Sumber: Anadolu)", "Sumber : TASS /
     * Anadolu") are organisations.
     */
    private static void sourcesAreBodies(List<String> tokens, List<NameSpan> names) {
        int colon = tokens.indexOf(":");
        if (colon < 1 || !tokens.get(colon - 1).equalsIgnoreCase(SOURCE)) {
            return;
        }
        names.replaceAll(name -> name.start() > colon && name.end() - name.start() == 1 && name.type() == EntityType.PERSON
                ? new NameSpan(name.start(), name.end(), EntityType.ORGANIZATION) : name);
    }

    /** Adds {@code name} without its function words, country prefix and role, as what it really is. */
    private static void trimmed(List<String> tokens, NameSpan name, List<NameSpan> names) {
        int start = name.start();
        int end = name.end();
        while (start < end && NameLexicon.isFunctionWord(tokens.get(start))) {
            start++;
        }
        while (end > start && NameLexicon.isFunctionWord(tokens.get(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        EntityType type = name.type();
        int countries = start;
        while (countries < end && NameLexicon.isCountry(tokens.get(countries))) {
            countries++;
        }
        if (countries == end) {
            names.add(new NameSpan(start, end, EntityType.LOCATION));
            return;
        }
        if (countries > start && (type == EntityType.PERSON || (start > 0 && NameLexicon.isTitle(tokens.get(start - 1))))) {
            names.add(new NameSpan(start, countries, EntityType.LOCATION));
            start = countries;
            type = EntityType.PERSON;
        }
        if (type == EntityType.PERSON) {
            int nameStart = Roles.nameStart(tokens, start, end);
            addCountries(tokens, start, nameStart, names);
            start = nameStart;
        }
        names.add(new NameSpan(start, end, type));
    }

    /** Adds the runs of country words in a role as places: "Rusia" of "Presiden Rusia". */
    private static void addCountries(List<String> tokens, int from, int to, List<NameSpan> names) {
        for (int i = from; i < to; i++) {
            int end = i;
            while (end < to && NameLexicon.isCountry(tokens.get(end))) {
                end++;
            }
            if (end > i) {
                names.add(new NameSpan(i, end, EntityType.LOCATION));
                i = end;
            }
        }
    }

    /**
     * Between an office and a person set off by commas, the name the finder took for a person
     * is the body the office belongs to: "Kapten Tottenham Hotspur, Son Heung-min, mencetak",
     * "CEO Apple, Tim Cook, mengatakan". A list goes on after the second comma ("Presiden Joko
     * Widodo, Prabowo Subianto, dan ..."), so there it is left alone.
     */
    private static void bodiesBeforeAppositions(List<String> tokens, List<NameSpan> names) {
        names.sort(Comparator.comparingInt(NameSpan::start));
        for (int n = 0; n + 1 < names.size(); n++) {
            NameSpan body = names.get(n);
            NameSpan person = names.get(n + 1);
            int after = person.end();
            boolean apposition = body.type() == EntityType.PERSON && person.type() == EntityType.PERSON
                    && body.start() > 0 && NameLexicon.isRoleHead(tokens.get(body.start() - 1))
                    && person.start() == body.end() + 1 && tokens.get(body.end()).equals(",")
                    && after + 1 < tokens.size() && tokens.get(after).equals(",")
                    && !LIST_CONTINUATIONS.contains(tokens.get(after + 1)) && !isCapitalised(tokens.get(after + 1));
            if (apposition) {
                names.set(n, new NameSpan(body.start(), body.end(), EntityType.ORGANIZATION));
            }
        }
    }

    /**
     * After an office, a body and its officer's name that the finder joined in one span are split
     * where the body's name ends: at an acronym ("Ketua KPU Hasyim Asy'ari", "Panglima TNI Agus
     * Subiyanto") or, before a name of two words at least, at a country word ("Gubernur Bank
     * Indonesia Perry Warjiyo").
     */
    private static void bodiesBeforeNames(List<String> tokens, List<NameSpan> names) {
        for (int n = 0; n < names.size(); n++) {
            NameSpan name = names.get(n);
            int start = name.start();
            if (name.type() == EntityType.PERSON || start == 0 || !NameLexicon.isRoleHead(tokens.get(start - 1))) {
                continue;
            }
            for (int bodyEnd = start + 1; bodyEnd < name.end(); bodyEnd++) {
                String last = tokens.get(bodyEnd - 1);
                boolean endsBody = isAcronym(last) || (NameLexicon.isCountry(last) && name.end() - bodyEnd >= 2);
                if (endsBody && nameEnd(tokens, bodyEnd) == name.end() && isUncommonName(tokens.get(bodyEnd))) {
                    names.set(n, new NameSpan(start, bodyEnd, EntityType.ORGANIZATION));
                    names.add(new NameSpan(bodyEnd, name.end(), EntityType.PERSON));
                    break;
                }
            }
        }
    }

    private static boolean isAcronym(String token) {
        return token.length() >= 2 && token.chars().allMatch(c -> Character.isUpperCase(c));
    }

    /**
     * Adds the person named after each role that ends in a country or a rank or honorific
     * ("Presiden China Xi Jinping", "Menhan China Laksamana Dong Jun", "Ny. Herawati", and with
     * a comma after a country, "Sekretaris Dewan Keamanan Rusia, Nikolai Patrushev"; before a
     * country the title may be in lower case, "diplomat China Yang Jiechi"), that ends in the
     * place or body the finder found after the title ("Gubernur Jawa Tengah Ganjar Pranowo"), and
     * each name of two words or more right after an occupation in lower case ("penyerang
     * Mohamed Salah"): such a role is always followed by a person, where an office alone may be
     * followed by its organisation ("Ketua Umum Partai Golkar", "Kapten Tottenham Hotspur").
     * Replaces what the finder saw in the name's place.
     */
    private static void namesAfterRoles(List<String> tokens, List<NameSpan> names) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!NameLexicon.isTitle(tokens.get(i))) {
                continue;
            }
            int nameStart = i + 1;
            while (nameStart < tokens.size() && (isRoleWord(tokens.get(nameStart)) || tokens.get(nameStart).equals("."))) {
                nameStart++;
            }
            String last = tokens.get(nameStart - 1).equals(".") ? tokens.get(nameStart - 2) : tokens.get(nameStart - 1);
            boolean placeOrBody = false;
            for (NameSpan name : names) {
                if (name.start() == nameStart && name.type() != EntityType.PERSON) {
                    nameStart = name.end(); // "Gubernur Jawa Tengah Ganjar Pranowo", "Ketua KPU Hasyim Asy'ari"
                    placeOrBody = true;
                }
            }
            if (nameStart + 1 < tokens.size() && tokens.get(nameStart).equals(",") && (NameLexicon.isCountry(last) || placeOrBody)) {
                nameStart++; // "Sekretaris Dewan Keamanan Nasional Rusia, Nikolai Patrushev"
            }
            int nameEnd = nameStart;
            if (nameEnd + 1 < tokens.size() && isCapitalised(tokens.get(nameEnd)) && NameLexicon.isFunctionWord(tokens.get(nameEnd))
                    && isNameWord(tokens.get(nameEnd + 1))) {
                nameEnd++; // a surname that is also a function word: "Yang Jiechi"
            }
            nameEnd = nameEnd(tokens, nameEnd);
            int from = nameStart;
            int to = nameEnd;
            boolean occupation = !isCapitalised(tokens.get(i)) && i + 1 == from && to - from >= 2
                    && !NameLexicon.isCommonWord(tokens.get(from));
            boolean roleIsSure = NameLexicon.isCountry(last) || occupation || placeOrBody
                    || (NameLexicon.isHonorific(last) && isCapitalised(tokens.get(i)));
            if (to > from && roleIsSure && NameLexicon.isRoleHead(tokens.get(i))) {
                names.removeIf(n -> n.start() < to && n.end() > from);
                names.add(new NameSpan(from, to, EntityType.PERSON));
            }
            i = Math.max(i, nameEnd - 1);
        }
    }

    /**
     * In a title-case headline, capitals do not delimit a name, but common words do: after a
     * role (a title, country words, perhaps a comma) the words that news never writes in lower
     * case are the name ("Presiden China, Xi Jinping Dikhawatirkan ...", "Sanksi Kerabat Ramzan
     * Kadyrov dan ..."). Two such words at least, or it is too weak to take.
     */
    private static void namesAfterRolesInHeadline(List<String> tokens, List<NameSpan> names) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!NameLexicon.isRoleHead(tokens.get(i))) {
                continue;
            }
            int from = i + 1;
            while (from < tokens.size() && (NameLexicon.isCountry(tokens.get(from)) || tokens.get(from).equals(","))) {
                from++;
            }
            int to = from;
            while (to < tokens.size() && isUncommonName(tokens.get(to))) {
                to++;
            }
            if (to - from >= 2) {
                int start = from;
                int end = to;
                names.removeIf(n -> n.start() < end && n.end() > start);
                names.add(new NameSpan(start, end, EntityType.PERSON));
                i = to - 1;
            }
        }
    }

    /** A name word that news never writes in lower case, and not an acronym: Xi, Jinping, Kadyrov. */
    public static boolean isUncommonName(String token) {
        return isNameWord(token) && !NameLexicon.isCommonWord(token) && !token.equals(token.toUpperCase(Locale.ROOT));
    }

    /**
     * Adds the person named right after a verb of saying ("..., ujar Zhang") and the person
     * whose name a comma and a title follow ("Zhang Youxia, Wakil Ketua Komisi ...").
     */
    private static void speakersAndAppositions(List<String> tokens, List<NameSpan> names) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!isNameWord(tokens.get(i)) || isCovered(names, i)) {
                continue;
            }
            int end = nameEnd(tokens, i);
            while (end > i && isCovered(names, end - 1)) {
                end--;
            }
            boolean afterSpeech = i > 0 && NameLexicon.isSpeechVerb(tokens.get(i - 1));
            boolean beforeTitle = end + 1 < tokens.size() && tokens.get(end).equals(",")
                    && NameLexicon.isTitle(tokens.get(end + 1)) && isCapitalised(tokens.get(end + 1));
            if (afterSpeech || (beforeTitle && i > 0)) {
                names.add(new NameSpan(i, end, EntityType.PERSON));
            }
            i = end - 1;
        }
    }

    private static boolean isCovered(List<NameSpan> names, int token) {
        for (NameSpan name : names) {
            if (name.start() <= token && token < name.end()) {
                return true;
            }
        }
        return false;
    }

    /** Joins person names that touch ("Dong" + "Jun"), and sorts the names by position. */
    private static List<NameSpan> mergeAdjacentPersons(List<NameSpan> names) {
        names.sort(Comparator.comparingInt(NameSpan::start));
        List<NameSpan> merged = new ArrayList<>(names.size());
        for (NameSpan name : names) {
            NameSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.type() == EntityType.PERSON && name.type() == EntityType.PERSON
                    && last.end() == name.start()) {
                merged.set(merged.size() - 1, new NameSpan(last.start(), name.end(), EntityType.PERSON));
            } else {
                merged.add(name);
            }
        }
        return merged;
    }

    private static boolean isRoleWord(String token) {
        return isCapitalised(token) && (NameLexicon.isTitle(token) || NameLexicon.isCountry(token));
    }

    /** Lets each person's name run on over the capitalised name words right before and after it. */
    private static void extendPersons(List<String> tokens, List<NameSpan> names) {
        names.sort(Comparator.comparingInt(NameSpan::start));
        for (int n = 0; n < names.size(); n++) {
            NameSpan name = names.get(n);
            if (name.type() != EntityType.PERSON) {
                continue;
            }
            int floor = n > 0 ? names.get(n - 1).end() : 0;
            int limit = n + 1 < names.size() ? names.get(n + 1).start() : tokens.size();
            int start = name.start();
            int end = name.end();
            while (start > floor && end - start < MAX_NAME_WORDS && startsName(tokens, start - 1)) {
                start--;
            }
            end = Math.min(limit, Math.max(end, nameEnd(tokens, end)));
            names.set(n, new NameSpan(start, end, name.type()));
        }
    }

    /**
     * Where a name that starts at {@code start} ends: over capitalised name words, and over a
     * name particle between two of them ("Faisal bin Farhan"), {@value #MAX_NAME_WORDS} words
     * at the most.
     */
    public static int nameEnd(List<String> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < MAX_NAME_WORDS) {
            if (isNameWord(tokens.get(end))) {
                end++;
            } else if (end > start && end + 1 < tokens.size() && NameLexicon.isNameParticle(tokens.get(end))
                    && isNameWord(tokens.get(end + 1))) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Whether token {@code i}, just before a person's name, is the start of that name: a name
     * word that, at the start of the sentence, is not a common word ("Nikolai", not "Kantor"),
     * or a capitalised function word after a lower-case word ("dengan Yang Jiechi").
     */
    public static boolean startsName(List<String> tokens, int i) {
        String token = tokens.get(i);
        if (i == 0) {
            return isNameWord(token) && !NameLexicon.isCommonWord(token);
        }
        return isNameWord(token) || (isCapitalised(token) && NameLexicon.isFunctionWord(token)
                && Character.isLowerCase(tokens.get(i - 1).codePointAt(0)));
    }

    /** A capitalised word that can be part of a person's name: not a function word, title or country. */
    public static boolean isNameWord(String token) {
        if (!isCapitalised(token)) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return !NameLexicon.isFunctionTitleOrCountry(token);
    }

    private static boolean isCapitalised(String token) {
        return Character.isUpperCase(token.codePointAt(0));
    }
}
