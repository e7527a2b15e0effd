package org.warta.names.entities;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.warta.names.EntityType;
import org.warta.names.Mention;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.IOUtils;

/**
 * A user's names for entities across a corpus, read from CSV with the header
 * {@code alias,entity}: each alias (a spelling variant, a nickname) counts for the entity.
 * Matching ignores case.
 *
 * <pre>
 * alias,entity
 * Sergey Lavrov,Sergei Lavrov
 * Jokowi,Joko Widodo
 * </pre>
 *
 * <p>More columns may follow, as {@code warta aliases} writes them
 * ({@code alias,entity,type,reason,documents}): a {@code type} (PERSON, ORGANIZATION, LOCATION)
 * makes every mention of the entity one of that type, when it is not empty; the others are
 * read by people, not by warta.
 *
 * <p>Line ends may be LF or CRLF; blank lines are skipped. Anything that would make counts depend on how the file happened to be
 * ordered is refused, with its line: a missing header, a missing or empty alias or entity, one alias given
 * two entities, an entity that is itself an alias of another (a chain), a type that is none, and
 * one entity given two types. The same row twice is fine.
 */
public final class Aliases implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Aliases NONE = new Aliases(Map.of(), Map.of(), List.of());

    private static final List<String> HEADER = List.of("alias", "entity");

    /** The entity of each alias, by the alias's key. */
    private final Map<String, String> canonical;
    /** The type each entity is given, by the entity's key. */
    private final Map<String, EntityType> types;
    /** The rows, as the file gives them, first line first. */
    private final List<Entry> entries;
    /** The keys of the entities. */
    private final Set<String> entityKeys;

    /** One row of the file: an alias, its entity, and the entity's type or null. */
    public record Entry(String alias, String entity, EntityType type) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private Aliases(Map<String, String> canonical, Map<String, EntityType> types, List<Entry> entries) {
        this.canonical = canonical;
        this.types = types;
        this.entries = entries;
        this.entityKeys = canonical.values().stream().map(Aliases::key).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Reads an aliases file, decoded (and its byte order mark dropped) by the caller; an
     * IOException's message says what is wrong, and where ({@code line 3: ...}), to go after the
     * file's name.
     */
    public static Aliases read(Reader in) throws IOException {
        String text = IOUtils.toString(in);
        Map<String, Row> rows = new HashMap<>();
        Map<String, Row> typed = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        int typeColumn = -1;
        boolean header = true;
        for (CSVRecord record : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            int line = lineOf(text, record.getCharacterPosition());
            if (header) {
                if (record.size() < 2 || !HEADER.equals(record.toList().subList(0, 2).stream()
                        .map(name -> name.toLowerCase(Locale.ROOT)).toList())) {
                    throw new IOException("line " + line + ": the first line must be the header alias,entity (it is "
                            + String.join(",", record.toList()) + ")");
                }
                typeColumn = record.toList().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList().indexOf("type");
                header = false;
                continue;
            }
            Row row = new Row(cell(record, 0, "alias", line), cell(record, 1, "entity", line), type(record, typeColumn, line), line);
            Row earlier = rows.putIfAbsent(key(row.alias()), row);
            if (earlier != null && !earlier.entity().equals(row.entity())) {
                throw new IOException("line " + line + ": the alias " + row.alias() + " is given the entity "
                        + row.entity() + ", but line " + earlier.line() + " gave it " + earlier.entity());
            }
            if (row.type() != null) {
                Row typedBefore = typed.putIfAbsent(key(row.entity()), row);
                if (typedBefore != null && typedBefore.type() != row.type()) {
                    throw new IOException("line " + line + ": the entity " + row.entity() + " is given the type " + row.type()
                            + ", but line " + typedBefore.line() + " gave it " + typedBefore.type());
                }
            }
            entries.add(new Entry(row.alias(), row.entity(), row.type()));
        }
        if (header) {
            throw new IOException("line 1: the file is empty; it needs the header alias,entity");
        }
        Map<String, EntityType> types = new HashMap<>();
        typed.forEach((entity, row) -> types.put(entity, row.type()));
        return new Aliases(withoutChains(rows), Map.copyOf(types), List.copyOf(entries));
    }

    /** The type in {@code column} of the record, null when there is no such column or it is empty. */
    private static EntityType type(CSVRecord record, int column, int line) throws IOException {
        String value = column >= 0 && column < record.size() ? record.get(column) : "";
        if (value.isEmpty()) {
            return null;
        }
        try {
            return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("line " + line + ": the type " + value + " is none of PERSON, ORGANIZATION, LOCATION", e);
        }
    }

    /** The entity of each alias, once no entity is found to be an alias of another. */
    private static Map<String, String> withoutChains(Map<String, Row> rows) throws IOException {
        Row firstChain = null;
        Map<String, String> names = new HashMap<>();
        for (Map.Entry<String, Row> entry : rows.entrySet()) {
            Row row = entry.getValue();
            Row further = rows.get(key(row.entity()));
            if (further != null && !key(further.entity()).equals(key(row.entity()))
                    && (firstChain == null || row.line() < firstChain.line())) {
                firstChain = row;
            }
            names.put(entry.getKey(), row.entity());
        }
        if (firstChain != null) {
            Row further = rows.get(key(firstChain.entity()));
            throw new IOException("line " + firstChain.line() + ": the entity " + firstChain.entity()
                    + " is itself an alias, of " + further.entity() + " (line " + further.line() + "); give "
                    + further.entity() + " here");
        }
        return Map.copyOf(names);
    }

    private static String cell(CSVRecord record, int column, String name, int line) throws IOException {
        String value = column < record.size() ? record.get(column) : "";
        if (value.isEmpty()) {
            throw new IOException("line " + line + ": the " + name + " is missing");
        }
        return value;
    }

    /**
     * The line a record starts on, counting from 1: Commons CSV gives the position where it
     * began to read the record, before the blank lines it skipped.
     */
    private static int lineOf(String text, long position) {
        int start = (int) position;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        int line = 1;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The entity that {@code name} is an alias of, or {@code otherwise}. */
    public String canonical(String name, String otherwise) {
        return canonical.isEmpty() ? otherwise : canonical.getOrDefault(key(name), otherwise);
    }

    /** Whether {@code name} is an entity the file gives, case aside. */
    public boolean isEntity(String name) {
        return !entityKeys.isEmpty() && entityKeys.contains(key(name));
    }

    /** The type the file gives the entity {@code name}, or null. */
    public EntityType type(String name) {
        return types.isEmpty() ? null : types.get(key(name));
    }

    /** The file's rows, first line first. */
    public List<Entry> entries() {
        return entries;
    }

    /** {@code mentions} with each mention of an entity the file gives a type of that type. */
    List<Mention> withTypes(List<Mention> mentions) {
        if (types.isEmpty()) {
            return mentions;
        }
        List<Mention> typed = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            EntityType type = type(mention.entity());
            typed.add(type == null ? mention : mention.withType(type));
        }
        return typed;
    }

    private static String key(String name) {
        return EntityResolver.normalize(name).toLowerCase(Locale.ROOT);
    }

    private record Row(String alias, String entity, EntityType type, int line) {
    }
}
