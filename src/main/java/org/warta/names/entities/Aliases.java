package org.warta.names.entities;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

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
 */
public final class Aliases {

    public static final Aliases NONE = new Aliases(Map.of());

    private final Map<String, String> canonical;

    private Aliases(Map<String, String> canonical) {
        this.canonical = canonical;
    }

    public static Aliases read(Reader in) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(in)) {
            if (!record.isMapped("alias") || !record.isMapped("entity")) {
                throw new IOException("the aliases file needs the header alias,entity");
            }
            names.put(key(record.get("alias")), record.get("entity"));
        }
        return new Aliases(Map.copyOf(names));
    }

    /** The entity that {@code name} is an alias of, or {@code otherwise}. */
    public String canonical(String name, String otherwise) {
        return canonical.getOrDefault(key(name), otherwise);
    }

    private static String key(String name) {
        return EntityResolver.normalize(name).toLowerCase(Locale.ROOT);
    }
}
