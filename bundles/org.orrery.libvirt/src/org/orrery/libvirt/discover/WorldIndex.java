package org.orrery.libvirt.discover;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.orrery.model.NamedElement;
import org.orrery.model.World;

/** The objects of a world by id, for resolving the ids Orrery's metadata names; and fresh ids. */
final class WorldIndex {

    private final Map<String, NamedElement> byId = new HashMap<>();

    WorldIndex(World world) {
        add(world);
        for (TreeIterator<EObject> it = world.eAllContents(); it.hasNext();) {
            if (it.next() instanceof NamedElement e) {
                add(e);
            }
        }
    }

    /** The object with {@code id} if it is a {@code type}, else null. */
    <T> T find(String id, Class<T> type) {
        NamedElement e = id == null ? null : byId.get(id);
        return type.isInstance(e) ? type.cast(e) : null;
    }

    /** Registers {@code e} (just added to the world) under its id. */
    void add(NamedElement e) {
        if (e.getId() != null && !e.getId().isEmpty()) {
            byId.putIfAbsent(e.getId(), e);
        }
    }

    /** An id not yet used in the world: {@code base} made id-safe, with a number when taken. */
    String freshId(String base) {
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "-");
        String id = safe;
        for (int n = 2; byId.containsKey(id); n++) {
            id = safe + "-" + n;
        }
        return id;
    }
}
