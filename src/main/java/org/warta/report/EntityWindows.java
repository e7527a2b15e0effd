package org.warta.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.warta.names.EntityType;
import org.warta.names.entities.EntityFolds;

/**
 * The entities of each document read, kept until the corpus is read and its names folded: a
 * document is windows (the whole document, or its sentences), and a window its entities with
 * their mentions. Kept as numbers in one array, names once each, since a corpus report holds
 * every document's.
 */
public final class EntityWindows implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Ends a document in {@link #data}. */
    private static final int END = -1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<EntityType> types = new ArrayList<>();
    /** Each window, its size and then its entities' numbers and mentions; each document ends in END. */
    private int[] data = new int[256];
    private int size;

    /** Adds a window of the document being read: each entity (by name and type as found) with its mentions. */
    void add(Map<String, Integer> mentions, Map<String, EntityType> typesFound) {
        ensure(1 + 2 * mentions.size());
        data[size++] = mentions.size();
        mentions.forEach((name, count) -> {
            data[size++] = id(name, typesFound.get(name));
            data[size++] = count;
        });
    }

    /** Ends the document being read. */
    void endDocument() {
        ensure(1);
        data[size++] = END;
    }

    private int id(String name, EntityType type) {
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
            types.add(type);
        }
        return id;
    }

    private void ensure(int more) {
        if (size + more > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
        }
    }

    /** Gives each document in turn, its windows with the entities as {@code folds} names them, mentions summed. */
    void forEachDocument(EntityFolds folds, Consumer<List<Map<EntityFolds.Entity, Integer>>> document) {
        List<EntityFolds.Entity> folded = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            folded.add(folds.of(names.get(i), types.get(i)));
        }
        List<Map<EntityFolds.Entity, Integer>> windows = new ArrayList<>();
        for (int i = 0; i < size;) {
            int entities = data[i++];
            if (entities == END) {
                document.accept(windows);
                windows = new ArrayList<>();
                continue;
            }
            Map<EntityFolds.Entity, Integer> window = new LinkedHashMap<>();
            for (int e = 0; e < entities; e++, i += 2) {
                window.merge(folded.get(data[i]), data[i + 1], Integer::sum);
            }
            windows.add(window);
        }
    }
}
