package org.orrery.ui.diagram.internal.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.orrery.model.World;

/**
 * The lines of a model by their ends, read in one pass over the model, so that each box asks
 * for its lines in constant time (the diagram of a 2,000-VM model has thousands of boxes). Lines
 * with an end the diagram does not draw are left out.
 */
public final class ConnectionIndex {

    private final Map<EObject, List<DerivedConnection>> bySource = new HashMap<>();
    private final Map<EObject, List<DerivedConnection>> byTarget = new HashMap<>();
    private final Map<DerivedConnection, EObject[]> ends = new HashMap<>();

    public ConnectionIndex(World world, DiagramStructure structure) {
        ConnectionKind.collectAll(world, (kind, carrier, source, target) -> {
            if (structure.drawn(source) && structure.drawn(target)) {
                DerivedConnection line = new DerivedConnection(kind, carrier);
                bySource.computeIfAbsent(source, k -> new ArrayList<>(2)).add(line);
                byTarget.computeIfAbsent(target, k -> new ArrayList<>(2)).add(line);
                ends.put(line, new EObject[] {source, target});
            }
        });
    }

    public List<DerivedConnection> from(EObject element) {
        return bySource.getOrDefault(element, List.of());
    }

    public List<DerivedConnection> to(EObject element) {
        return byTarget.getOrDefault(element, List.of());
    }

    /** The element a line starts at, or {@code null} if the line is not in the model. */
    public EObject sourceOf(DerivedConnection line) {
        EObject[] e = ends.get(line);
        return e == null ? null : e[0];
    }

    /** The element a line ends at, or {@code null} if the line is not in the model. */
    public EObject targetOf(DerivedConnection line) {
        EObject[] e = ends.get(line);
        return e == null ? null : e[1];
    }

    /** Every line, for tests and exports. */
    public List<DerivedConnection> all() {
        return new ArrayList<>(ends.keySet());
    }
}
