package org.orrery.ui.diagram.internal.notation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.orrery.model.notation.Diagram;
import org.orrery.model.notation.Node;

/**
 * The node of each drawn element, rebuilt on demand after the layout's structure changed
 * (one pass over the nodes), so that lines and validation marks find their boxes quickly.
 */
public final class NotationIndex {

    private final Diagram diagram;
    private Map<EObject, Node> nodes;

    public NotationIndex(Diagram diagram) {
        this.diagram = diagram;
    }

    /** The layout gained, lost or moved nodes: read it again when next asked. */
    public void invalidate() {
        nodes = null;
    }

    /** The node drawing {@code element}, or {@code null}. */
    public Node nodeOf(EObject element) {
        if (nodes == null) {
            Map<EObject, Node> index = new HashMap<>();
            for (TreeIterator<EObject> it = diagram.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Node node && node.getElement() != null) {
                    index.putIfAbsent(node.getElement(), node);
                }
            }
            nodes = index;
        }
        return nodes.get(element);
    }

    /**
     * The nearest element at or above {@code object} (following containment) that has a node:
     * where a validation problem about a vCPU or a NIC is shown. {@code null} if none.
     */
    public Node nearestNode(EObject object) {
        for (EObject e = object; e != null; e = e.eContainer()) {
            Node node = nodeOf(e);
            if (node != null) {
                return node;
            }
        }
        return null;
    }
}
