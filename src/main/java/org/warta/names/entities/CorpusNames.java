package org.warta.names.entities;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.names.EntityType;
import org.warta.names.Mention;

/**
 * What a corpus tells about the names of its entities, gathered document by document so that
 * {@link EntityFolds} can fold them once the whole corpus is read: each entity's mentions by
 * type and the documents that name it, and the other forms its mentions are written in
 * ("KPU" for Komisi Pemilihan Umum, "Jokowi" for Joko Widodo, "Lavrov" for Sergei Lavrov), with
 * the documents that write them. Two gatherings merge (a Spark job gathers one a partition).
 */
public final class CorpusNames implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DOCUMENTS = EntityType.values().length;

    /** Each entity's mentions by type (by ordinal), then its documents. */
    private final Map<String, int[]> entities = new HashMap<>();
    /** Each form written for another entity: that entity, and in how many documents. */
    private final Map<String, Map<String, Integer>> forms = new HashMap<>();
    private final Set<String> inDocument = new HashSet<>();
    private final Set<String> formsInDocument = new HashSet<>();

    /** Adds a mention of the document being read, resolved to its entity. */
    public void add(Mention mention) {
        String entity = mention.entity();
        int[] counts = entities.computeIfAbsent(entity, e -> new int[DOCUMENTS + 1]);
        counts[mention.type().ordinal()]++;
        if (inDocument.add(entity)) {
            counts[DOCUMENTS]++;
        }
        String text = EntityResolver.normalize(mention.text());
        if (!text.equals(entity) && !text.toLowerCase(Locale.ROOT).equals(entity.toLowerCase(Locale.ROOT))
                && formsInDocument.add(text + "\n" + entity)) {
            forms.computeIfAbsent(text, t -> new HashMap<>()).merge(entity, 1, Integer::sum);
        }
    }

    /** Ends the document being read: the next mention is of another. */
    public void endDocument() {
        inDocument.clear();
        formsInDocument.clear();
    }

    /** Adds what {@code other} gathered, of other documents. */
    public CorpusNames merge(CorpusNames other) {
        other.entities.forEach((entity, counts) -> entities.merge(entity, counts.clone(), (a, b) -> {
            for (int i = 0; i < a.length; i++) {
                a[i] += b[i];
            }
            return a;
        }));
        other.forms.forEach((form, named) -> named.forEach((entity, documents) ->
                forms.computeIfAbsent(form, f -> new HashMap<>()).merge(entity, documents, Integer::sum)));
        return this;
    }

    Map<String, int[]> entities() {
        return entities;
    }

    Map<String, Map<String, Integer>> forms() {
        return forms;
    }

    /** The mentions of the entity {@code name}, 0 when the corpus has no such entity. */
    int mentions(String name) {
        int[] counts = entities.get(name);
        int mentions = 0;
        for (int i = 0; counts != null && i < DOCUMENTS; i++) {
            mentions += counts[i];
        }
        return mentions;
    }

    static int documents(int[] counts) {
        return counts[DOCUMENTS];
    }
}
