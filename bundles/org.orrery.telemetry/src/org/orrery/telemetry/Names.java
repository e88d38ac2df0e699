package org.orrery.telemetry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The store-wide dictionary of the names spilled events refer to by number: subjects and
 * attribute keys. Both come from the model (a run has as many as it has objects and attribute
 * kinds, not as many as events), so the dictionary stays small while every spilled event can be
 * decoded alone. Text attribute values, which may be unbounded (messages), are not in it: they
 * are spilled inline.
 * <p>
 * One writer adds (under the store's lock); readers look up ids without locking: an id is
 * written into the array before the array is published, and a reader only meets ids of chunks
 * spilled after that.
 */
final class Names {

    private final Map<String, Integer> ids = new HashMap<>();
    private volatile String[] names = new String[256];

    /** Writer only: the id of {@code name}, added if new. */
    int id(String name) {
        Integer id = ids.get(name);
        if (id == null) {
            id = ids.size();
            String[] n = names;
            if (id == n.length) {
                n = Arrays.copyOf(n, n.length * 2);
            }
            n[id] = name;
            names = n;
            ids.put(name, id);
        }
        return id;
    }

    /** The name with id {@code id}, which a spilled chunk holds. */
    String name(int id) {
        return names[id];
    }
}
