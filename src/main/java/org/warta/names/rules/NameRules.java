package org.warta.names.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.NameSpan;
import org.warta.names.TitleCase;
import org.warta.names.Words;

/**
 * Fixes what the statistical name finder gets wrong in Indonesian news, by rules that hold for
 * any article, applied to one sentence's names:
 * <ul>
 *   <li>between an office and a person in commas stands a body, not a person ("Kapten
 *       Tottenham Hotspur, Son Heung-min, ...");</li>
 *   <li>function words and degrees are never part of a name ("Dia", "Baca Juga", "Apa Reaksi
 *       Anda", "M.Pd.");</li>
 *   <li>a country that the finder joined to the person after it is a place, and the rest the
 *       person ("Rusia Sergei Lavrov" after "Menteri Luar Negeri");</li>
 *   <li>titles and offices are not part of a person's name ("Presiden Rusia Vladimir Putin" is
 *       Vladimir Putin), and a name made only of country words is a place ("Rusia-China"), or an
 *       organisation when one is an international body ("Uni Eropa", "Sekjen NATO");</li>
 *   <li>institutions and places named after people are not those people ("RSUP Dr. Sardjito",
 *       "Gelora Bung Tomo"): see {@link Institutions};</li>
 *   <li>outside headlines, the capitalised words after a role are a person's name ("Menteri
 *       Keuangan AS Janet Yellen"), and a person's name goes on over the capitalised words that
 *       follow it ("Joe" + "Biden").</li>
 * </ul>
 */
public final class NameRules {

    /** The longest name the role rule reads after a role, in name words. */
    private static final int MAX_NAME_WORDS = 4;
    /** The longest run of particles inside a name: "von der", "van den", "bin". */
    private static final int MAX_PARTICLES = 2;
    /** The words before the last item of a list. */
    static final Set<String> LIST_CONTINUATIONS = Set.of("dan", "serta", "atau");
    /** The generational suffixes of a name: "Jr." of "Martin Luther King Jr.". */
    private static final Set<String> NAME_SUFFIXES = Set.of("Jr", "Sr");
    private static final String SOURCE = "Sumber";
    /** "jalan", a street, but also the way someone's win opens ("membuka jalan Greysia"): only a name the finder saw after it is a street. */
    private static final String WAY = "jalan";
    private static final String OR = "atau";

    private NameRules() {
    }

    public static List<NameSpan> refine(List<String> words, List<NameSpan> found) {
        return refine(words, found, TitleCase.titleStart(words));
    }

    /**
     * The same, for a sentence whose part in title case starts at {@code title} ({@link
     * TitleCase#titleStart}): a caller that knows it spares the rules finding it again.
     */
    public static List<NameSpan> refine(List<String> words, List<NameSpan> found, int title) {
        Words tokens = Words.of(words);
        if (title == 0 || title == tokens.size()) {
            return refinePart(tokens, found, title == 0);
        }
        List<NameSpan> names = refinePart(tokens.subList(0, title), within(found, 0, title), false);
        for (NameSpan name : refinePart(tokens.subList(title, tokens.size()), within(found, title, tokens.size()), true)) {
            names.add(new NameSpan(name.start() + title, name.end() + title, name.type()));
        }
        return names;
    }

    /** The names of {@code found} cut to the tokens {@code [from, to)}, counted from {@code from}. */
    private static List<NameSpan> within(List<NameSpan> found, int from, int to) {
        List<NameSpan> names = new ArrayList<>(found.size());
        for (NameSpan name : found) {
            int start = Math.max(name.start(), from);
            int end = Math.min(name.end(), to);
            if (start < end) {
                names.add(new NameSpan(start - from, end - from, name.type()));
            }
        }
        return names;
    }

    private static List<NameSpan> refinePart(Words tokens, List<NameSpan> found, boolean headline) {
        List<NameSpan> names = new ArrayList<>(found.size() + 2);
        for (NameSpan name : found) {
            for (NameSpan part : Pairs.split(tokens, name)) {
                trimmed(tokens, part, names);
            }
        }
        Institutions.apply(tokens, names);
        Ages.apply(tokens, names);
        if (!headline) {
            bodiesBeforeAppositions(tokens, names);
            bodiesBeforeNames(tokens, names);
            namesAfterRoles(tokens, names);
            speakersAndAppositions(tokens, names);
            Appositions.apply(tokens, names);
            Contests.apply(tokens, names);
            extendPersons(tokens, names);
            RegionsInRoles.apply(tokens, names);
            Pairs.addPartners(tokens, names);
        } else {
            Headlines.splitAtCommonWords(tokens, names);
            Headlines.namesAfterRoles(tokens, names);
        }
        sourcesAreBodies(tokens, names);
        GroupNames.apply(tokens, names);
        otherNamesOfBodies(tokens, names);
        PlaceLists.apply(tokens, names);
        Capitals.apply(tokens, names);
        placesInRoles(tokens, names);
        placeClassesInPlaces(tokens, names);
        gluedShortForms(tokens, names);
        organisationEnds(tokens, names);
        return mergeAdjacentPersons(tokens, names);
    }

    /**
     * A name that ends in a word only a club's or company's name ends in ("Sriwijaya FC",
     * "Valencia CF", "Starwave Entertainment", "Teras Kopi Records") is an organisation, though
     * its first words are a place or look like a person's: the word joins the name when the
     * finder left it out.
     */
    private static void organisationEnds(Words tokens, List<NameSpan> names) {
        names.replaceAll(name -> {
            if (name.end() < tokens.size() && isOrganisationEnd(tokens.get(name.end()))
                    && names.stream().noneMatch(other -> other.start() == name.end())) {
                return new NameSpan(name.start(), name.end() + 1, EntityType.ORGANIZATION);
            }
            return isOrganisationEnd(tokens.get(name.end() - 1))
                    ? new NameSpan(name.start(), name.end(), EntityType.ORGANIZATION) : name;
        });
    }

    /** A capitalised word that ends clubs' and companies' names: "FC", "Entertainment" (not "inc." in a sentence). */
    private static boolean isOrganisationEnd(String token) {
        return Character.isUpperCase(token.codePointAt(0)) && NameLexicon.isOrganisationEnd(token);
    }

    /**
     * Text tokenized elsewhere (a CoNLL file) may keep a body's short form and its brackets as one
     * token, "Partai Persatuan Pembangunan (PPP)": the short form is the body's, as a short form in
     * brackets after a body is wherever warta reads it, so the token joins the body's name; after a
     * person, such a token is the person's other name, "Joko Widodo (Jokowi)", a name of its own as
     * it is in warta's text. warta's own tokenizer splits brackets off, so only such text has these
     * tokens.
     */
    private static void gluedShortForms(Words tokens, List<NameSpan> names) {
        for (int i = 0; i < names.size(); i++) {
            NameSpan body = names.get(i);
            boolean glued = body.end() < tokens.size() && isGluedShortForm(tokens.get(body.end()));
            if (glued && body.type() == EntityType.PERSON && isUncommonName(unbracketed(tokens.get(body.end())))
                    && names.stream().noneMatch(name -> name.start() == body.end())) {
                names.add(new NameSpan(body.end(), body.end() + 1, EntityType.PERSON)); // "Joko Widodo (Jokowi)"
            } else if (glued && body.type() == EntityType.ORGANIZATION) {
                names.removeIf(name -> name.start() == body.end());
                int at = names.indexOf(body);
                names.set(at, new NameSpan(body.start(), body.end() + 1, EntityType.ORGANIZATION));
                i = at;
            }
        }
    }

    private static String unbracketed(String token) {
        return token.substring(1, token.length() - 1);
    }

    /** A capitalised short form in brackets written as one token: "(PPP)", "(Persero)", "(Jokowi)". */
    private static boolean isGluedShortForm(String token) {
        return token.length() > 2 && token.charAt(0) == '(' && token.charAt(token.length() - 1) == ')'
                && Character.isUpperCase(token.charAt(1)) && token.indexOf('(', 1) < 0 && token.indexOf(')') == token.length() - 1;
    }

    /**
     * A kind of place written in lower case just before a place's name belongs to the name, as it
     * does when capitalised: "desa Kramas" is the place "Desa Kramas" is, and the finder, which
     * reads only capitalised words, leaves it out; the name words after one that the finder left
     * untagged are a place too. "ibu kota Qatar" is Qatar's capital, not a town called Qatar.
     */
    private static void placeClassesInPlaces(Words tokens, List<NameSpan> names) {
        names.replaceAll(name -> name.type() == EntityType.LOCATION && name.start() > 0 && isPlaceClassAt(tokens, name.start() - 1)
                ? new NameSpan(name.start() - 1, name.end(), EntityType.LOCATION) : name);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isCapitalised(tokens.get(i + 1)) && isPlaceClassAt(tokens, i) && !tokens.get(i).equals(WAY) && isNameWord(tokens.get(i + 1))
                    && !overlaps(names, i, i + 2)) {
                int end = nameEnd(tokens, i + 1);
                if (!overlaps(names, i, end)) {
                    names.add(new NameSpan(i, end, EntityType.LOCATION)); // "desa Kemu" the finder did not see
                }
            }
        }
    }

    private static boolean isPlaceClassAt(Words tokens, int i) {
        return NameLexicon.isPlaceClass(tokens.get(i)) && !(i > 0 && Capitals.capitalWordEnd(tokens, i - 1) == i + 1);
    }

    /**
     * The countries and regions in a person's role are places the text mentions, whether or not
     * the finder took the role into the name: "Rusia" of "Presiden Rusia Vladimir Putin", "Jawa
     * Barat" of "Gubernur Jawa Barat Ridwan Kamil".
     */
    private static void placesInRoles(Words tokens, List<NameSpan> names) {
        for (NameSpan person : List.copyOf(names)) {
            if (person.type() == EntityType.PERSON) {
                addPlaces(tokens, Roles.roleStart(tokens, person.start()), person.start(), names);
            }
        }
    }

    /**
     * The name after "atau" that follows an organisation's name, past a short form or legal form
     * in brackets, is the organisation's other name: "PT Pelabuhan Indonesia (Persero) atau
     * Pelindo", "Badan Pusat Statistik atau BPS".
     */
    private static void otherNamesOfBodies(Words tokens, List<NameSpan> names) {
        for (NameSpan body : List.copyOf(names)) {
            int or = body.end();
            if (or + 2 < tokens.size() && tokens.get(or).equals("(") && tokens.get(or + 2).equals(")")) {
                or += 3;
            }
            if (body.type() != EntityType.ORGANIZATION || or + 1 >= tokens.size() || !tokens.get(or).equals(OR)
                    || !isCapitalised(tokens.get(or + 1))) {
                continue;
            }
            int start = or + 1;
            int end = nameEnd(tokens, start);
            if (end > start) {
                names.removeIf(name -> name.overlaps(start, end));
                names.add(new NameSpan(start, end, EntityType.ORGANIZATION));
            }
        }
    }

    /**
     * A credit line names where a story or a figure comes from, a news agency or a body, not a
     * person: the one-word names after "Sumber:" ("(Sumber: Anadolu)", "Sumber : TASS /
     * Anadolu") are organisations.
     */
    private static void sourcesAreBodies(Words tokens, List<NameSpan> names) {
        int colon = tokens.indexOf(":");
        if (colon < 1 || !tokens.get(colon - 1).equalsIgnoreCase(SOURCE)) {
            return;
        }
        names.replaceAll(name -> name.start() > colon && name.end() - name.start() == 1 && name.type() == EntityType.PERSON
                ? new NameSpan(name.start(), name.end(), EntityType.ORGANIZATION) : name);
    }

    /**
     * Adds {@code name} without its function words, a first word with a clitic or a passive
     * prefix ("Mungkinkah", "Dipantau"), degrees, country prefix and role, as what it really is.
     */
    private static void trimmed(Words tokens, NameSpan name, List<NameSpan> names) {
        int start = name.start();
        int end = name.end();
        while (start < end && (NameLexicon.isFunctionWord(tokens.get(start))
                || (end - start > 1 && NameLexicon.isInflectedCommonWord(tokens.get(start))))) {
            start++; // "Mungkinkah Jose Mourinho kembali ...?", "Biarpun Barack Obama ..."
        }
        boolean person = name.type() == EntityType.PERSON;
        while (end > start && (NameLexicon.isFunctionWord(tokens.get(end - 1)) || (person && Degrees.isDegree(tokens.get(end - 1))))) {
            end--;
        }
        if (start == end) {
            return;
        }
        EntityType type = name.type();
        if (end == start + 1 && NameLexicon.isNameParticle(tokens.get(start).toLowerCase(Locale.ROOT))
                && nameEnd(tokens, start) > end) {
            names.add(new NameSpan(start, nameEnd(tokens, start), EntityType.PERSON)); // "Von der Leyen menyebut ..."
            return;
        }
        int countries = start;
        while (countries < end && NameLexicon.isCountry(tokens.get(countries))) {
            countries++;
        }
        if (countries == end) {
            names.add(new NameSpan(start, end, placeOrBody(tokens, start, end)));
            return;
        }
        if (countries > start && (type == EntityType.PERSON || (start > 0 && NameLexicon.isTitle(tokens.get(start - 1))))) {
            names.add(new NameSpan(start, countries, placeOrBody(tokens, start, countries)));
            start = countries;
            type = EntityType.PERSON;
        }
        if (type == EntityType.PERSON) {
            int nameStart = Roles.nameStart(tokens, start, end);
            if (nameStart == start && isOnlyTitles(tokens, start, end)) {
                return; // "Ir" of "Dr. Ir. Muhammad Ilham Rasyid"
            }
            addPlaces(tokens, start, nameStart, names);
            start = nameStart;
        }
        names.add(new NameSpan(start, end, type));
    }

    /** Whether the tokens {@code [from, to)} are only titles and their full stops. */
    private static boolean isOnlyTitles(Words tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!NameLexicon.isTitle(tokens.get(i)) && !tokens.get(i).equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** Adds the runs of country words and the regions in a role as places: "Rusia" of "Presiden Rusia", "Kota Jayapura". */
    static void addPlaces(Words tokens, int from, int to, List<NameSpan> names) {
        for (int i = from; i < to; i++) {
            int end = i;
            while (end < to && NameLexicon.isCountry(tokens.get(end))) {
                end++;
            }
            if (end == i) {
                int region = NameLexicon.regionAt(tokens, i);
                end = i + region <= to ? i + region : i;
            }
            if (end > i && !overlaps(names, i, end)) {
                names.add(new NameSpan(i, end, placeOrBody(tokens, i, end)));
            }
            i = Math.max(i, end - 1);
        }
    }

    /** Country words are a place, unless one is an international body: "Uni Eropa", "Sekjen NATO". */
    private static EntityType placeOrBody(Words tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NameLexicon.isInternationalBody(tokens.get(i))) {
                return EntityType.ORGANIZATION;
            }
        }
        return EntityType.LOCATION;
    }

    /**
     * Between an office and a person set off by commas, the name the finder took for a person
     * is the body the office belongs to: "Kapten Tottenham Hotspur, Son Heung-min, mencetak",
     * "CEO Apple, Tim Cook, mengatakan". A list goes on after the second comma ("Presiden Joko
     * Widodo, Prabowo Subianto, dan ..."), so there it is left alone.
     */
    private static void bodiesBeforeAppositions(Words tokens, List<NameSpan> names) {
        names.sort(NameSpan.BY_START);
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
     * Subiyanto", and in a span the finder took for a person's, "Menteri BUMN Ardiansyah Rahman",
     * "Ketua Umum PSSI Erick Thohir", "Direktur Festival JAFF Dimas Hapsoro") or, before a name of
     * two words at least, at a country word ("Gubernur Bank Indonesia Perry Warjiyo").
     */
    private static void bodiesBeforeNames(Words tokens, List<NameSpan> names) {
        for (int n = 0; n < names.size(); n++) {
            NameSpan name = names.get(n);
            int start = name.start();
            boolean person = name.type() == EntityType.PERSON;
            boolean afterOffice = start > 0 && (person ? Roles.roleStart(tokens, start) < start : NameLexicon.isRoleHead(tokens.get(start - 1)));
            if (!afterOffice) {
                continue;
            }
            for (int bodyEnd = start + 1; bodyEnd < name.end(); bodyEnd++) {
                String last = tokens.get(bodyEnd - 1);
                boolean endsBody = isAcronym(last) || (!person && NameLexicon.isCountry(last) && name.end() - bodyEnd >= 2);
                if (endsBody && nameEnd(tokens, bodyEnd) == name.end() && isUncommonName(tokens.get(bodyEnd))
                        && NameLexicon.regionAt(tokens, bodyEnd) != name.end() - bodyEnd) {
                    names.set(n, new NameSpan(start, bodyEnd, EntityType.ORGANIZATION));
                    names.add(new NameSpan(bodyEnd, name.end(), EntityType.PERSON));
                    break;
                }
            }
        }
    }

    /** A word of two capitals or more and nothing else: KPU, PSSI, MBS. */
    public static boolean isAcronym(String token) {
        if (token.length() < 2) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isUpperCase(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the person named after each role that ends in a country or a rank or honorific
     * ("Presiden China Xi Jinping", "Menhan China Laksamana Dong Jun", "Ny. Herawati", and with
     * a comma after a country, "Sekretaris Dewan Keamanan Rusia, Nikolai Patrushev"; before a
     * country the title may be in lower case, "diplomat China Yang Jiechi"), that ends in the
     * place or body the finder found after the title ("Gubernur Jawa Tengah Ganjar Pranowo"), and
     * each name of two words or more right after an occupation in lower case ("penyerang
     * Mohamed Salah"), and after any role, a name of two words or more that news never writes in
     * lower case, with the sentence going on in lower case after it ("Menteri Sri Mulyani tiba"):
     * such a role is always followed by a person, where an office alone may be
     * followed by its organisation ("Ketua Umum Partai Golkar", "Kapten Tottenham Hotspur").
     * Replaces what the finder saw in the name's place.
     */
    private static void namesAfterRoles(Words tokens, List<NameSpan> names) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!NameLexicon.isTitle(tokens.get(i)) || inInstitution(tokens, names, i)) {
                continue; // "Sultan" of "Jalan Sultan Alauddin"
            }
            int nameStart = i + 1;
            boolean region = false; // "Bupati Cianjur Wahyu Hidayat Permana", "Wali Kota Jayapura Yeremias Ireeuw"
            for (int unit; nameStart < tokens.size() && (unit = Roles.roleUnitAt(tokens, nameStart, i)) > 0; nameStart += unit) {
                region = !isRoleWord(tokens.get(nameStart)) && !tokens.get(nameStart).equals(".");
            }
            String last = tokens.get(nameStart - 1).equals(".") ? tokens.get(nameStart - 2) : tokens.get(nameStart - 1);
            boolean placeOrBody = false;
            for (NameSpan name : names) {
                if (name.start() == nameStart && name.type() != EntityType.PERSON) {
                    nameStart = name.end(); // "Gubernur Jawa Tengah Ganjar Pranowo", "Ketua KPU Hasyim Asy'ari"
                    placeOrBody = true;
                }
            }
            if (nameStart + 1 < tokens.size() && tokens.get(nameStart).equals(",") && (NameLexicon.isCountry(last) || placeOrBody || region)) {
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
            if (to < tokens.size() && Character.isUpperCase(tokens.get(to).codePointAt(0)) && NameLexicon.isBodyWord(tokens.get(to))) {
                continue; // a body's name goes on: "Informasi Publik Kementerian Kesehatan"
            }
            boolean occupation = !isCapitalised(tokens.get(i)) && i + 1 == from && to - from >= 2
                    && !NameLexicon.isCommonWord(tokens.get(from));
            boolean fullNameGoesOn = to - from >= 2 && to < tokens.size() && Character.isLowerCase(tokens.get(to).codePointAt(0))
                    && tokens.subList(from, to).stream().allMatch(NameRules::isUncommonName);
            boolean roleIsSure = NameLexicon.isCountry(last) || occupation || placeOrBody || region || fullNameGoesOn
                    || (NameLexicon.isHonorific(last) && isCapitalised(tokens.get(i)));
            if (to > from && roleIsSure && NameLexicon.isRoleHead(tokens.get(i)) && !Roles.isNickname(tokens, i, to)) {
                names.removeIf(n -> n.start() < to && n.end() > from);
                names.add(new NameSpan(from, to, EntityType.PERSON));
                if (region) {
                    addPlaces(tokens, i + 1, from, names);
                }
                i = Math.max(i, nameEnd - 1);
            } // else a title further on may start a role of its own ("Menteri Negara Urusan Luar Negeri Qatar Sheikh Mansour")
        }
    }

    /**
     * A name word that news never writes in lower case, in this form, with a clitic or as the
     * verb it is the stem of, and not an acronym: Xi, Jinping, Kadyrov, not Temui (menemui),
     * Soroti (menyoroti) or Mungkinkah (mungkin).
     */
    public static boolean isUncommonName(String token) {
        return isNameWord(token) && !NameLexicon.isCommonWordForm(token) && !NameLexicon.isVerbStem(token)
                && !token.equals(token.toUpperCase(Locale.ROOT));
    }

    /**
     * Adds the person named right after a verb of saying ("..., ujar Zhang") and the person
     * whose name a comma and a title follow ("Zhang Youxia, Wakil Ketua Komisi ...").
     */
    private static void speakersAndAppositions(Words tokens, List<NameSpan> names) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!isNameWord(tokens.get(i)) || overlaps(names, i, i + 1)) {
                continue;
            }
            int end = nameEnd(tokens, i);
            while (end > i && overlaps(names, end - 1, end)) {
                end--;
            }
            boolean afterSpeech = i > 0 && NameLexicon.isSpeechVerb(tokens.get(i - 1))
                    && !NameLexicon.isBodyWord(tokens.get(i)) && !NameLexicon.isCommonWord(tokens.get(i)); // "kata Kantor Meteorologi Islandia"
            boolean beforeTitle = end + 1 < tokens.size() && tokens.get(end).equals(",")
                    && NameLexicon.isRoleHead(tokens.get(end + 1)) && isCapitalised(tokens.get(end + 1));
            if (afterSpeech || (beforeTitle && i > 0)) {
                names.add(new NameSpan(i, end, EntityType.PERSON));
            }
            i = end - 1;
        }
    }

    /** Whether token {@code i} lies inside the name of an institution or place, after its head word. */
    private static boolean inInstitution(Words tokens, List<NameSpan> names, int i) {
        for (NameSpan name : names) {
            if (name.type() != EntityType.PERSON && name.start() <= i && i < name.end()) {
                if (Institutions.followsShortFormHead(tokens, name.start())) {
                    return true; // "Syekh" of "Institut Agama Islam Negeri (IAIN) Syekh Nurjati"
                }
                for (int head = name.start(); head < i; head++) {
                    if (Institutions.headAt(tokens, head) > 0) {
                        return true; // "Sultan" of "Jalan Sultan Alauddin", "Dr" of "PICU RSUP Dr. Sardjito"
                    }
                }
            }
        }
        return false;
    }

    /** Whether a name of {@code names} shares a token with {@code [start, end)}. */
    static boolean overlaps(List<NameSpan> names, int start, int end) {
        for (NameSpan name : names) { // a loop, not a stream: the rules ask this for most names of every sentence
            if (name.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }


    /** Joins person names that touch ("Dong" + "Jun"), but not to a glued other name, and sorts the names by position. */
    private static List<NameSpan> mergeAdjacentPersons(Words tokens, List<NameSpan> names) {
        names.sort(NameSpan.BY_START);
        List<NameSpan> merged = new ArrayList<>(names.size());
        for (NameSpan name : names) {
            NameSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.type() == EntityType.PERSON && name.type() == EntityType.PERSON
                    && last.end() == name.start() && !isGluedShortForm(tokens.get(name.start()))) {
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

    /**
     * Lets each person's name run on over the capitalised name words right before and after it
     * that news does not write in lower case,
     * and back over its particles ("Dennis van Leeuwen"), taking back the word that the finder
     * gave to the body before it, as it may a Balinese name's "I" ("Pelatih Timnas Indonesia
     * Dennis van Leeuwen", "Kepala Dinas PUPR Kota Jayapura I Ketut Widiasa Putra").
     */
    private static void extendPersons(Words tokens, List<NameSpan> names) {
        names.sort(NameSpan.BY_START);
        for (int n = 0; n < names.size(); n++) {
            NameSpan name = names.get(n);
            if (name.type() != EntityType.PERSON) {
                continue;
            }
            int floor = n > 0 ? names.get(n - 1).end() : 0;
            int limit = n + 1 < names.size() ? names.get(n + 1).start() : tokens.size();
            int start = name.start();
            int end = name.end();
            int back = start;
            while (back > floor && start - back < MAX_PARTICLES && NameLexicon.isNameParticle(tokens.get(back - 1))) {
                back--;
            }
            boolean particles = back < start || NameLexicon.isNameParticle(tokens.get(start));
            int first = back - 1; // "Dennis" of "Dennis van Leeuwen", "I" of "I Ketut Widiasa Putra"
            boolean takesBack = first >= 0 && (particles ? isNameWord(tokens.get(first)) : tokens.get(first).equals("I"));
            NameSpan before = n > 0 ? names.get(n - 1) : null;
            if (takesBack && before != null && before.end() == back && before.end() - before.start() > 1
                    && before.type() != EntityType.PERSON) {
                names.set(n - 1, new NameSpan(before.start(), before.end() - 1, before.type()));
                floor = start = first;
            } else if (takesBack && particles && first >= floor) {
                start = first;
            }
            while (start > floor && end - start < MAX_NAME_WORDS && startsName(tokens, start - 1)) {
                start--;
            }
            boolean overInitialsStop = end + 1 < limit && isInitialsStop(tokens, end) && !NameLexicon.isCommonWord(tokens.get(end + 1));
            int goesOn = overInitialsStop ? end + 1 : end; // "Arifin C" + ". Noer"
            int runEnd = Math.min(limit, nameEnd(tokens, goesOn));
            while (goesOn < runEnd && (NameLexicon.isNameParticle(tokens.get(goesOn))
                    || !NameLexicon.isCommonWord(tokens.get(goesOn)))) {
                goesOn++; // not over "Bersaudara" of "Mendur Bersaudara", nor into the next sentence's "Ratusan"
            }
            names.set(n, new NameSpan(start, suffixEnd(tokens, goesOn, limit), name.type()));
        }
    }

    /**
     * Where a name that starts at {@code start} ends: over capitalised name words, over a run of
     * name particles between two of them ("Faisal bin Farhan", "Ursula von der Leyen"; the name
     * may have started before {@code start}), and over a particle joined to a name word after a
     * name word ("Abdel Fattah el-Sisi", and after a name that ends at {@code start}, "Mohammed" +
     * "al-Ghu"), {@value #MAX_NAME_WORDS} name words at the most.
     */
    public static int nameEnd(Words tokens, int start) {
        int end = start;
        int words = 0;
        while (end < tokens.size() && words < MAX_NAME_WORDS) {
            String token = tokens.get(end);
            if (isNameWord(token) || (end > 0 && isNameWord(tokens.get(end - 1)) && isJoinedParticle(token))
                    || (end > start && isInitialsStop(tokens, end))) {
                end++;
                words++;
                continue;
            }
            int particles = 0;
            while (end + particles < tokens.size() && particles < MAX_PARTICLES && NameLexicon.isNameParticle(tokens.get(end + particles))) {
                particles++;
            }
            if (particles == 0 || end + particles >= tokens.size() || !isNameWord(tokens.get(end + particles))
                    || end == 0 || (end == start && !isNameWord(tokens.get(end - 1)))) {
                break;
            }
            end += particles + 1;
            words++;
        }
        return end;
    }

    /**
     * Where a person's name that ends at {@code end} ends with its generational suffix, written
     * with or without a comma before it: "Martin Luther King Jr", "Harold George Belafonte, Jr".
     * The suffix's full stop stays out, as it does at a sentence's end, so that the name is
     * written one way wherever the document gives it.
     */
    private static int suffixEnd(Words tokens, int end, int limit) {
        int suffix = end < limit && tokens.get(end).equals(",") ? end + 1 : end;
        return suffix < limit && NAME_SUFFIXES.contains(tokens.get(suffix)) ? suffix + 1 : end;
    }

    /**
     * Whether token {@code i} is the full stop of an initial inside a name, between the initial
     * and a name word: "Arifin C. Noer", "John F. Kennedy" (warta's tokenizer writes the initial's
     * full stop as a token of its own).
     */
    private static boolean isInitialsStop(Words tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i).equals(".")) {
            return false;
        }
        String initial = tokens.get(i - 1);
        return initial.length() == 1 && Character.isUpperCase(initial.charAt(0)) && isNameWord(tokens.get(i + 1));
    }

    /** A lower-case name particle joined by a hyphen to a name word: el-Sisi, al-Assad. */
    private static boolean isJoinedParticle(String token) {
        int hyphen = token.indexOf('-');
        return hyphen > 0 && hyphen + 1 < token.length() && NameLexicon.isNameParticle(token.substring(0, hyphen))
                && isNameWord(token.substring(hyphen + 1));
    }

    /**
     * Whether token {@code i}, just before a person's name, is the start of that name: a name
     * word that news does not write in lower case, bare or with a clitic ("Nikolai", not "Kantor"
     * or "Mungkinkah" at a sentence's start nor "Perekonomian" of "Menko Perekonomian
     * Boediono"), or a capitalised function word after a lower-case word ("dengan Yang Jiechi"); never an
     * acronym, which ends the body before the name ("Ketua Umum PSSI Erick Thohir").
     */
    public static boolean startsName(Words tokens, int i) {
        String token = tokens.get(i);
        if (isAcronym(token)) {
            return false;
        }
        return (isNameWord(token) && !NameLexicon.isCommonWordForm(token)) || (i > 0 && isCapitalised(token)
                && NameLexicon.isFunctionWord(token) && Character.isLowerCase(tokens.get(i - 1).codePointAt(0)));
    }

    /** A capitalised word that can be part of a person's name: not a function word, title, country, Kota, Kabupaten or degree. */
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
        return !NameLexicon.isNeverAName(token) && !Degrees.isDegree(token);
    }

    private static boolean isCapitalised(String token) {
        return Character.isUpperCase(token.codePointAt(0));
    }
}
