package org.warta.names.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.warta.names.EntityType;
import org.warta.names.NameLexicon;
import org.warta.names.WhiteSpace;

/**
 * The entities of a whole corpus: which entity each name a document gives stands for, with one
 * name to display and one type, and the table of the names folded into another.
 *
 * <p>Names fold into one entity when they differ only in case ("JAKARTA" of a dateline and
 * "Jakarta"), in an administrative prefix ("Kota Nanping" and "Nanping", unless the corpus
 * writes the name after two prefixes, as "Kota Bandung" and "Kabupaten Bandung", two places),
 * or when they name one country ({@code country-names.txt}: "Tiongkok" and "China"); a short
 * form that a document gives in brackets ("Komisi Pemilihan Umum (KPU)", "Joko Widodo (Jokowi)")
 * folds into the name before the brackets wherever the corpus writes it, unless documents pair
 * it with two names; a person's name written with a body's or place's name of the corpus before
 * or after it ("Golkar Setya Novanto") folds into the person's name ("Setya Novanto"); and a
 * person named by part of a name ("Xi", "Erick") is the one person of the corpus whose fuller
 * name holds every word of it ("Xi Jinping"), when there is exactly one.
 * The aliases file the user gives comes first: its entities are never folded into another.
 *
 * <p>The displayed name is the file's entity; else the country's name in the table; else, of
 * the names folded together, the one written neither beside a body's name, nor only as a short
 * form in brackets, nor in capitals alone, nor after a prefix, then the one mentioned most, then
 * the first in order; a short name shows the full name. The type is the one the file gives; else
 * an organisation for international bodies (PBB, NATO, Uni Eropa); else the type most of the
 * entity's mentions have across the corpus, a tie going to a person for a name of two words or
 * more of which none is a title, country or word of bodies' and places' names ("Zinedine
 * Zidane"), else to an organisation, then a place.
 */
public final class EntityFolds implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An entity of the corpus: the name displayed and its type. */
    public record Entity(String name, EntityType type) implements Serializable {
        private static final long serialVersionUID = 1L;

        // written out: see NameSpan
        @Override
        public boolean equals(Object other) {
            return other instanceof Entity entity && type == entity.type && Objects.equals(name, entity.name);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(name) + (type == null ? -1 : type.ordinal());
        }
    }

    /** A row of the table: a name, the entity it counts for, why, and how many documents write it. */
    public record Alias(String alias, String entity, EntityType type, FoldReason reason, int documents) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The order in which a tie of types is broken. */
    private static final List<EntityType> TIE_ORDER = List.of(EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.PERSON);
    /** The same for a name that looks like a person's. */
    private static final List<EntityType> PERSON_TIE_ORDER = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

    private final Map<String, Entity> entities;
    private final List<Alias> table;

    private EntityFolds(Map<String, Entity> entities, List<Alias> table) {
        this.entities = entities;
        this.table = table;
    }

    /**
     * The entities of {@code corpus}: the file's aliases first, then, when {@code auto}, the
     * folds found; with {@code auto} off, names fold only as the file says, and each entity still
     * takes one type.
     */
    public static EntityFolds of(CorpusNames corpus, Aliases file, boolean auto) {
        return new Folding(corpus, file, auto).folds();
    }

    /** The entity that {@code name}, found as {@code type}, stands for. */
    public Entity of(String name, EntityType type) {
        Entity entity = entities.get(name);
        return entity == null ? new Entity(name, type) : entity;
    }

    /** The names folded into another, by entity, then name. */
    public List<Alias> table() {
        return table;
    }

    /** The folding of one corpus: its names as nodes, joined into groups, each group one entity. */
    private static final class Folding {

        private final CorpusNames corpus;
        private final Aliases file;
        private final boolean auto;
        /** Every name: the corpus's entities, and the short forms in brackets that may fold into them. */
        private final List<String> names;
        private final Map<String, Integer> index = new HashMap<>();
        private final int[] parent;
        /** The short forms in brackets, each with the names it stands for in some document. */
        private final Map<String, Set<String>> shortForms = new TreeMap<>();
        private final Set<String> foldedAsShortName = new HashSet<>();
        /** The people's names written with a body's or place's name before or after them, in lower case, folded into the person's. */
        private final Set<String> besideBodies = new HashSet<>();
        /**
         * Which of a group's names it is displayed by when neither the aliases nor the country
         * names choose: one the corpus names as an entity, not written beside a body, not a short
         * form, not in capitals, without a prefix, the most mentioned, then the first in order.
         * Made once, not for each group: the quick compiler makes lambdas that capture slowly.
         */
        private final Comparator<String> displayOrder;

        Folding(CorpusNames corpus, Aliases file, boolean auto) {
            this.corpus = corpus;
            this.file = file;
            this.auto = auto;
            this.displayOrder = Comparator.<String, Boolean>comparing(n -> !corpus.entities().containsKey(n))
                    .thenComparing(this::isBesideBody)
                    .thenComparing(shortForms::containsKey).thenComparing(Folding::isInCapitals)
                    .thenComparing(n -> prefix(n) != null)
                    .thenComparing(n -> -corpus.mentions(n))
                    .thenComparing(Comparator.naturalOrder());
            Set<String> all = new TreeSet<>(corpus.entities().keySet());
            corpus.forms().forEach((form, named) -> {
                if (file.canonical(form, null) == null) {
                    for (String entity : named.keySet()) {
                        if (!words(entity).containsAll(words(form))) {
                            shortForms.computeIfAbsent(form, f -> new TreeSet<>()).add(entity);
                        }
                    }
                }
            });
            all.addAll(shortForms.keySet());
            names = List.copyOf(all);
            parent = new int[names.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                index.put(names.get(i), i);
            }
        }

        EntityFolds folds() {
            if (auto) {
                joinFormsOfOneName();
                joinPrefixedNames();
                joinPersonsBesideBodies();
                joinShortForms();
            }
            Map<Integer, Group> groups = groups();
            if (auto) {
                joinShortNames(groups);
            }
            Map<String, Entity> entities = new HashMap<>();
            List<Alias> table = new ArrayList<>();
            for (Group group : new HashSet<>(groups.values())) {
                Group target = group.foldedInto == null ? group : group.foldedInto;
                Entity entity = new Entity(target.displayed, target.type);
                for (String name : group.members) {
                    entities.put(name, entity);
                    if (!name.equals(entity.name())) {
                        int documents = documents(name);
                        table.add(new Alias(name, entity.name(), entity.type(), reason(name, group, entity), documents));
                    }
                }
            }
            corpus.forms().forEach((form, named) -> {
                String entity = file.canonical(form, null);
                if (entity != null) {
                    Entity folded = entities.getOrDefault(entity, new Entity(entity, EntityType.PERSON));
                    table.add(new Alias(form, folded.name(), folded.type(), FoldReason.FILE,
                            named.values().stream().mapToInt(Integer::intValue).sum()));
                }
            });
            table.removeIf(alias -> alias.documents() == 0 && alias.reason() != FoldReason.FILE);
            table.sort(Comparator.comparing(Alias::entity).thenComparing(Alias::alias));
            return new EntityFolds(Map.copyOf(entities), List.copyOf(table));
        }

        /** Names that differ only in case, and the names of one country. */
        private void joinFormsOfOneName() {
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String country = CountryNames.displayed(names.get(i));
                String key = country != null ? "\u0000" + country : lower(names.get(i));
                Integer other = first.putIfAbsent(key, i);
                if (other != null) {
                    join(other, i);
                }
            }
        }

        /** A place after an administrative prefix and the place without it, when the corpus writes one prefix only before it. */
        private void joinPrefixedNames() {
            Map<String, Set<String>> prefixes = new HashMap<>();
            Map<String, Integer> byLowerName = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                byLowerName.putIfAbsent(lower(names.get(i)), i);
                String prefix = prefix(names.get(i));
                if (prefix != null) {
                    prefixes.computeIfAbsent(withoutPrefix(names.get(i)), p -> new HashSet<>()).add(prefix);
                }
            }
            for (int i = 0; i < names.size(); i++) {
                if (prefix(names.get(i)) != null) {
                    String bare = withoutPrefix(names.get(i));
                    Integer place = byLowerName.get(bare);
                    if (place != null && prefixes.get(bare).size() == 1) {
                        join(place, i);
                    }
                }
            }
        }

        /** A short form in brackets and the name it stands for, when the documents pair it with one name only. */
        private void joinShortForms() {
            shortForms.forEach((form, named) -> {
                Set<Integer> roots = new HashSet<>();
                for (String entity : named) {
                    roots.add(root(index.get(entity)));
                }
                if (roots.size() == 1 && !file.isEntity(form)) {
                    join(roots.iterator().next(), index.get(form));
                }
            });
        }

        /**
         * A person's name written with the name of a body or place of the corpus before or after
         * it, whose other words, two or more, are the name of a person of the corpus, is that
         * person: the tagger took the body, written between an office and the name or after it,
         * into the name ("Ketua Umum Golkar Setya Novanto", "pelatih Arsenal Arsene Wenger",
         * "juara MotoGP Valentino Rossi", "pembalap Sebastian Vettel Ferrari"). The body must be
         * one that two documents or more name and that is a person in less than a quarter of its
         * mentions, so that a first name the corpus once took for a place ("Orlando" of "Orlando
         * Bloom") is not one.
         */
        private void joinPersonsBesideBodies() {
            for (int i = 0; i < names.size(); i++) {
                if (!isMostlyPerson(names.get(i)) || file.isEntity(names.get(i))) {
                    continue; // an entity of the aliases file is never folded into another
                }
                List<String> words = Arrays.asList(WhiteSpace.split(names.get(i)));
                for (int split = 1; split < words.size(); split++) {
                    String before = String.join(" ", words.subList(0, split));
                    String after = String.join(" ", words.subList(split, words.size()));
                    String person = words.size() - split >= 2 && isBody(before) ? after
                            : split >= 2 && isBody(after) ? before : null;
                    if (person != null && isMostlyPerson(person)) {
                        join(index.get(person), i);
                        besideBodies.add(lower(names.get(i)));
                        break;
                    }
                }
            }
        }

        /** Whether {@code name} is two people's full names joined by a dash: "Anies Baswedan - Sandiaga Uno", not "Alex Oxlade - Chamberlain". */
        private static boolean isPair(String name) {
            List<String> words = Arrays.asList(WhiteSpace.split(name));
            int dash = words.indexOf("-");
            return dash >= 2 && words.size() - dash - 1 >= 2;
        }

        private boolean isBesideBody(String name) {
            return besideBodies.contains(lower(name));
        }

        /** Whether most of the corpus's mentions of {@code name} are a person's. */
        private boolean isMostlyPerson(String name) {
            int[] counts = corpus.entities().get(name);
            return counts != null && 2 * counts[EntityType.PERSON.ordinal()] > corpus.mentions(name);
        }

        /** Whether {@code name} is a body's or place's: in two documents or more, a person's in less than a quarter of its mentions. */
        private boolean isBody(String name) {
            int[] counts = corpus.entities().get(name);
            return counts != null && CorpusNames.documents(counts) >= 2
                    && 4 * counts[EntityType.PERSON.ordinal()] < corpus.mentions(name);
        }

        /**
         * A person whose words are all words of exactly one fuller name of a person that no
         * fuller name holds, is that person; not a person the corpus writes beside a body's name,
         * whose name is a full name already ("MotoGP Valentino Rossi": Valentino Rossi is not
         * "Valentino Rossi ITA Movistar Yamaha", a tagger's mistake), and not one that five times
         * as many documents name as the fuller name: a name that one headline or a tagger's
         * mistake lengthened ("Mungkinkah Jose Mourinho", "Biarpun Barack Obama") is not the full
         * name of a person that dozens of documents name ({@link #refuses}).
         */
        private void joinShortNames(Map<Integer, Group> groups) {
            List<Group> persons = new ArrayList<>();
            Map<String, List<Group>> byWord = new HashMap<>();
            for (Group group : new TreeSet<>(groups.values())) {
                if (group.type == EntityType.PERSON) {
                    persons.add(group);
                    for (String word : group.words) {
                        byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(group);
                    }
                }
            }
            Map<Group, List<Group>> fuller = new HashMap<>();
            for (Group group : persons) {
                List<Group> holding = new ArrayList<>();
                for (Group other : byWord.get(group.words.iterator().next())) {
                    if (other.words.size() > group.words.size() && other.words.containsAll(group.words) && !other.pair) {
                        holding.add(other);
                    }
                }
                fuller.put(group, holding);
            }
            // loops, not streams with lambdas that capture: this runs for every person of the corpus,
            // once, at the end of a run, where the quick compiler makes such lambdas slowly
            Set<Group> lengthened = new HashSet<>();
            for (Group group : persons) {
                if (group.words.size() > 1) { // a first name of many people ("Joko") says nothing of the full names that hold it
                    for (Group other : fuller.get(group)) {
                        if (refuses(group, other)) {
                            lengthened.add(other);
                        }
                    }
                }
            }
            for (Group group : persons) {
                Group fullest = null;
                int found = 0;
                for (Group other : fuller.get(group)) {
                    if (!lengthened.contains(other) && lengthened.containsAll(fuller.get(other))) {
                        fullest = other;
                        found++;
                    }
                }
                if (found == 1 && !group.pinned && !refuses(group, fullest)) {
                    group.foldedInto = fullest;
                    foldedAsShortName.addAll(group.members);
                }
            }
        }

        /**
         * Whether {@code group} is not short for {@code fuller}, a name that holds its words: it is
         * a full name already, written beside a body's name, or five times as many documents write
         * it; the fuller name is then a name that a headline or a tagger's mistake lengthened, and a
         * name it holds ("Mourinho" in "Mungkinkah Jose Mourinho") is short for the name it
         * lengthened instead ("Jose Mourinho").
         */
        private boolean refuses(Group group, Group fuller) {
            return group.besideBody || 5 * fuller.documents <= group.documents;
        }

        private Map<Integer, Group> groups() {
            Map<Integer, List<String>> members = new TreeMap<>();
            for (int i = 0; i < names.size(); i++) {
                members.computeIfAbsent(root(i), r -> new ArrayList<>()).add(names.get(i));
            }
            Map<Integer, Group> groups = new HashMap<>();
            members.forEach((root, names) -> {
                for (String name : names) {
                    if (corpus.entities().containsKey(name)) {
                        groups.put(root, new Group(names));
                        break;
                    }
                }
            });
            return groups;
        }

        /** The names joined into one entity, its displayed name and type, and the fuller name's group it may fold into. */
        private final class Group implements Comparable<Group> {
            final List<String> members;
            final String displayed;
            final EntityType type;
            final boolean pinned;
            final Set<String> words;
            /** Whether the corpus writes the person beside a body's name: a full name already. */
            final boolean besideBody;
            /** Whether its name is two people's joined by a dash, no one's full name. */
            final boolean pair;
            /** The documents that write its most written name. */
            final int documents;
            Group foldedInto;

            Group(List<String> members) {
                this.members = members;
                boolean anyPinned = false;
                boolean anyBesideBody = false;
                int mostDocuments = 0;
                for (String name : members) { // loops, not streams: there is a group for every name of the corpus
                    anyPinned = anyPinned || file.isEntity(name);
                    anyBesideBody = anyBesideBody || isBesideBody(name);
                    mostDocuments = Math.max(mostDocuments, documents(name));
                }
                this.pinned = anyPinned;
                this.besideBody = anyBesideBody;
                this.documents = mostDocuments;
                this.displayed = displayed();
                this.type = type();
                this.words = words(displayed);
                this.pair = isPair(displayed);
            }

            private String displayed() {
                for (String name : members) {
                    if (file.isEntity(name)) {
                        return name;
                    }
                }
                for (String name : members) {
                    String country = auto ? CountryNames.displayed(name) : null;
                    if (country != null) {
                        return country;
                    }
                }
                String first = members.get(0);
                for (int i = 1; i < members.size(); i++) {
                    if (displayOrder.compare(members.get(i), first) < 0) {
                        first = members.get(i);
                    }
                }
                return first;
            }

            private EntityType type() {
                EntityType given = file.type(displayed);
                if (given != null) {
                    return given;
                }
                if (isInternationalBody(displayed)) {
                    return EntityType.ORGANIZATION;
                }
                int[] votes = new int[EntityType.values().length];
                for (String name : members) {
                    int[] counts = corpus.entities().get(name);
                    for (int t = 0; counts != null && t < votes.length; t++) {
                        votes[t] += counts[t];
                    }
                }
                List<EntityType> order = looksLikePerson(displayed) ? PERSON_TIE_ORDER : TIE_ORDER;
                EntityType best = order.get(0);
                for (EntityType type : order) {
                    if (votes[type.ordinal()] > votes[best.ordinal()]) {
                        best = type;
                    }
                }
                return best;
            }

            @Override
            public int compareTo(Group other) {
                return displayed.equals(other.displayed) ? members.get(0).compareTo(other.members.get(0))
                        : displayed.compareTo(other.displayed);
            }
        }

        private FoldReason reason(String name, Group group, Entity entity) {
            if (lower(name).equals(lower(entity.name()))) {
                return FoldReason.CASE;
            }
            if (CountryNames.displayed(name) != null) {
                return FoldReason.COUNTRY;
            }
            if (isBesideBody(name)) {
                return FoldReason.BODY;
            }
            if (shortForms.containsKey(name) && !corpus.entities().containsKey(name) || isShortFormOf(name, group)) {
                return entity.type() == EntityType.PERSON ? FoldReason.NICKNAME : FoldReason.ACRONYM;
            }
            if (prefix(name) != null && !foldedAsShortName.contains(name)) {
                return FoldReason.PREFIX;
            }
            return foldedAsShortName.contains(name) ? FoldReason.SHORT_NAME : FoldReason.CASE;
        }

        private boolean isShortFormOf(String name, Group group) {
            Set<String> named = shortForms.get(name);
            return named != null && group.members.stream().anyMatch(named::contains);
        }

        /** The documents that name {@code name} as an entity or write it as a short form. */
        private int documents(String name) {
            int[] counts = corpus.entities().get(name);
            int documents = counts == null ? 0 : CorpusNames.documents(counts);
            Map<String, Integer> named = corpus.forms().get(name);
            Set<String> standsFor = shortForms.get(name);
            if (named != null && standsFor != null) {
                for (String entity : standsFor) {
                    documents += named.get(entity);
                }
            }
            return documents;
        }

        private int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private void join(int a, int b) {
            int rootA = root(a);
            int rootB = root(b);
            if (rootA != rootB) {
                parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
            }
        }

        private static boolean isInCapitals(String name) {
            return name.codePoints().noneMatch(Character::isLowerCase);
        }
    }

    /** The administrative prefix a place's name starts with (Kota, Kabupaten, Provinsi), in full and lower case, or null. */
    private static String prefix(String name) {
        int space = name.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String word = lower(name.substring(0, space));
        word = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (!NameLexicon.isRegionPrefix(word)) {
            return null;
        }
        return switch (word) {
            case "kab" -> "kabupaten";
            case "prov" -> "provinsi";
            default -> word;
        };
    }

    /** The name after its prefix, in lower case. */
    private static String withoutPrefix(String name) {
        return lower(name.substring(name.indexOf(' ') + 1).strip());
    }

    /**
     * Whether {@code name} looks like a person's: two words or more, none a word that is never a
     * person's (a title, function word, country, region's prefix, or a word of bodies' and
     * places' names).
     */
    private static boolean looksLikePerson(String name) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (NameLexicon.isNeverAName(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every word of {@code name} is an international body or a country, and one is a body: PBB, Uni Eropa. */
    private static boolean isInternationalBody(String name) {
        boolean body = false;
        for (String word : name.split(" ")) {
            if (NameLexicon.isInternationalBody(word)) {
                body = true;
            } else if (!NameLexicon.isCountry(word)) {
                return false;
            }
        }
        return body;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(WhiteSpace.split(lower(name))));
    }
}
