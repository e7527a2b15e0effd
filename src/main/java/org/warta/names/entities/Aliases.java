package org.warta.names.entities;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Line ends may be LF or CRLF; blank lines are skipped. Anything that would make counts depend on how the file happened to be
 * ordered is refused, with its line: a missing header, a missing or empty cell, one alias given
 * two entities, and an entity that is itself an alias of another (a chain). The same row twice is
 * fine.
 */
public final class Aliases {

    public static final Aliases NONE = new Aliases(Map.of());

    private static final List<String> HEADER = List.of("alias", "entity");

    private final Map<String, String> canonical;

    private Aliases(Map<String, String> canonical) {
        this.canonical = canonical;
    }

    /**
     * Reads an aliases file, decoded (and its byte order mark dropped) by the caller; an
     * IOException's message says what is wrong, and where ({@code line 3: ...}), to go after the
     * file's name.
     */
    public static Aliases read(Reader in) throws IOException {
        String text = IOUtils.toString(in);
        Map<String, Row> rows = new HashMap<>();
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
                header = false;
                continue;
            }
            Row row = new Row(cell(record, 0, "alias", line), cell(record, 1, "entity", line), line);
            Row earlier = rows.putIfAbsent(key(row.alias()), row);
            if (earlier != null && !earlier.entity().equals(row.entity())) {
                throw new IOException("line " + line + ": the alias " + row.alias() + " is given the entity "
                        + row.entity() + ", but line " + earlier.line() + " gave it " + earlier.entity());
            }
        }
        if (header) {
            throw new IOException("line 1: the file is empty; it needs the header alias,entity");
        }
        return new Aliases(withoutChains(rows));
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
        return canonical.getOrDefault(key(name), otherwise);
    }

    private static String key(String name) {
        return EntityResolver.normalize(name).toLowerCase(Locale.ROOT);
    }

    private record Row(String alias, String entity, int line) {
    }
}
