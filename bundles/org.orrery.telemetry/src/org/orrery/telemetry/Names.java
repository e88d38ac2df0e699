package org.orrery.telemetry;

import java.util.HashMap;
import java.util.Map;

/**
 * The store-wide dictionary of the names spilled events refer to by number: subjects and
 * attribute keys. Both come from the model (a run has as many as it has objects and attribute
 * kinds, not as many as events), so the dictionary stays small while every spilled event can be
 * decoded alone. Text attribute values, which may be unbounded (messages), are not in it: they
 * are spilled inline.
 * <p>
 * One writer adds (under the store's lock); readers look up ids without locking: a reader only
 * meets the ids of chunks spilled after the ids were added.
 */
final class Names {

    private final Map<String, Integer> ids = new HashMap<>();
    private final AppendOnlyArray<String> names = new AppendOnlyArray<>(String[]::new, 256);

    /** Writer only: the id of {@code name}, added if new. */
    int id(String name) {
        Integer id = ids.get(name);
        if (id == null) {
            id = ids.size();
            names.append(name);
            ids.put(name, id);
        }
        return id;
    }

    /** The name with id {@code id}, which a spilled chunk holds. */
    String name(int id) {
        return names.get(id);
    }
}
