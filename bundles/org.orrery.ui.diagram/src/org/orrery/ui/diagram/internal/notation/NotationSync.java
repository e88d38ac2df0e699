package org.orrery.ui.diagram.internal.notation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.orrery.model.notation.Diagram;
import org.orrery.model.notation.Node;
import org.orrery.model.notation.NotationFactory;
import org.orrery.ui.diagram.internal.structure.DiagramStructure;
import org.orrery.ui.diagram.internal.structure.NodeKind;

/**
 * Brings a diagram's layout in line with its model: one node per drawn element, nested as
 * {@link DiagramStructure} nests the elements. Nodes of elements that are gone (or drawn twice)
 * are dropped; elements without a node get one, sized from their texts and placed below what is
 * already there; nodes whose element moved to another box follow it. Every box then grows, if
 * needed, to hold the boxes inside it. On an empty diagram this is the automatic layout.
 * <p>
 * It changes nothing that is already right, so it can run after every command (inside the same
 * undoable step) and on every file that is opened.
 */
public final class NotationSync {

    /** What a reconciliation did: nodes placed anew (new or moved elements) and nodes dropped. */
    public record Report(int placed, int dropped) {
        public boolean changed() {
            return placed > 0 || dropped > 0;
        }
    }

    private final DiagramStructure structure;
    private final NodeMetrics metrics;

    public NotationSync(DiagramStructure structure, NodeMetrics metrics) {
        this.structure = structure;
        this.metrics = metrics;
    }

    /** Reconciles {@code diagram} with the model, keeping what is right. */
    public Report reconcile(Diagram diagram) {
        return run(diagram, false);
    }

    /** Lays the whole diagram out anew (sizes and places every box), keeping nothing. */
    public Report arrangeAll(Diagram diagram) {
        return run(diagram, true);
    }

    private Report run(Diagram diagram, boolean anew) {
        Map<EObject, Node> assigned = new HashMap<>();
        int dropped = 0;
        for (TreeIterator<EObject> it = diagram.eAllContents(); it.hasNext();) {
            Node node = (Node) it.next();
            EObject element = node.getElement();
            if (structure.drawn(element) && !assigned.containsKey(element)) {
                assigned.put(element, node);
            } else {
                dropped++;
            }
        }
        Pass pass = new Pass(assigned, anew);
        pass.syncChildren(structure.world(), diagram, diagram.getNodes());
        pass.arrange(null, diagram.getNodes());
        return new Report(anew ? 0 : pass.fresh.size(), dropped);
    }

    /** One reconciliation: which nodes are new or moved, then their placement, bottom-up. */
    private final class Pass {
        final Map<EObject, Node> assigned;
        final boolean anew;
        final Set<Node> fresh = new HashSet<>();
        final Set<Node> created = new HashSet<>();
        /** Boxes that grew or were pushed in this pass, with where they were before. */
        final Map<Node, int[]> moved = new HashMap<>();

        Pass(Map<EObject, Node> assigned, boolean anew) {
            this.assigned = assigned;
            this.anew = anew;
        }

        void syncChildren(EObject parentElement, EObject owner, EList<Node> list) {
            List<Node> desired = new ArrayList<>();
            for (EObject element : structure.childrenOf(parentElement)) {
                Node node = assigned.get(element);
                if (node == null) {
                    node = NotationFactory.eINSTANCE.createNode();
                    node.setElement(element);
                    assigned.put(element, node);
                    created.add(node);
                    fresh.add(node);
                } else if (anew || node.eContainer() != owner) {
                    fresh.add(node);
                }
                desired.add(node);
            }
            ECollections.setEList(list, desired);
            for (Node node : desired) {
                syncChildren(node.getElement(), node, node.getChildren());
            }
        }

        /** Sizes and places the fresh nodes among {@code children}, deepest first, then grows {@code parent}. */
        void arrange(Node parent, EList<Node> children) {
            for (Node child : children) {
                arrange(child, child.getChildren());
            }
            List<Node> settled = new ArrayList<>();
            List<Node> placing = new ArrayList<>();
            for (Node child : children) {
                (fresh.contains(child) ? placing : settled).add(child);
            }
            for (Node node : placing) {
                if (anew || created.contains(node) || node.getWidth() <= 0 || node.getHeight() <= 0) {
                    size(node);
                }
            }
            if (!placing.isEmpty()) {
                place(parent, settled, placing);
            }
            makeRoom(children);
            if (parent != null) {
                grow(parent);
            }
        }

        /**
         * A box that grew (it got a new VM, say) pushes the boxes it now covers out of the way:
         * those that were beside it to the right, those below it down; pushed boxes push in turn.
         * Overlaps the user made on purpose (by moving or resizing) are left alone.
         */
        private void makeRoom(List<Node> siblings) {
            java.util.Deque<Node> pushing = new java.util.ArrayDeque<>();
            for (Node n : siblings) {
                if (moved.containsKey(n)) {
                    pushing.add(n);
                }
            }
            int guard = siblings.size() * siblings.size() + 1;
            while (!pushing.isEmpty() && guard-- > 0) {
                Node a = pushing.poll();
                int[] before = moved.get(a);
                for (Node b : siblings) {
                    if (b == a || !overlap(a, b) || b.getY() < before[1]) {
                        continue;
                    }
                    moved.putIfAbsent(b, bounds(b));
                    if (b.getX() >= before[0] + before[2]) {
                        b.setX(a.getX() + a.getWidth() + NodeMetrics.GAP);
                    } else {
                        b.setY(a.getY() + a.getHeight() + NodeMetrics.GAP);
                    }
                    pushing.add(b);
                }
            }
        }

        private void size(Node node) {
            EObject element = node.getElement();
            if (node.getChildren().isEmpty()) {
                node.setWidth(metrics.emptyWidth(element));
                node.setHeight(metrics.emptyHeight(element));
            } else {
                node.setWidth(Math.max(metrics.headerWidth(element), right(node.getChildren()) + NodeMetrics.PAD));
                node.setHeight(bottom(node.getChildren()) + NodeMetrics.PAD);
            }
        }

        private void place(Node parent, List<Node> settled, List<Node> placing) {
            int left = parent == null ? NodeMetrics.MARGIN : NodeMetrics.PAD;
            int gap = parent == null ? 2 * NodeMetrics.GAP : NodeMetrics.GAP;
            int top = settled.isEmpty() ? (parent == null ? NodeMetrics.MARGIN : metrics.headerHeight(parent.getElement()))
                    : bottom(settled) + gap;
            int limit = Shelf.rowWidth(placing, gap, aspect(parent));
            if (!settled.isEmpty()) {
                limit = Math.max(limit, right(settled) - left);
            } else if (parent != null && !created.contains(parent) && !anew) {
                limit = Math.max(limit, parent.getWidth() - 2 * NodeMetrics.PAD);
            }
            Shelf.pack(placing, left, top, limit, gap, parent != null);
        }

        /**
         * How much wider than high the boxes inside {@code parent} are packed: wide on the diagram
         * (screens are), wide in a site (hosts side by side with their routers below, so links
         * run straight down), a row of overlay nodes or phone instances, a compact grid of VMs.
         */
        private double aspect(Node parent) {
            if (parent == null) {
                return 1.8;
            }
            return switch (NodeKind.of(parent.getElement())) {
                case SITE -> 2.4;
                case OVERLAY -> 3.2;
                case PHONE -> 5.0;
                case CLOUD, FEDERATION -> 1.6;
                default -> 1.3;
            };
        }

        private void grow(Node node) {
            if (node.getChildren().isEmpty()) {
                return;
            }
            int width = right(node.getChildren()) + NodeMetrics.PAD;
            int height = bottom(node.getChildren()) + NodeMetrics.PAD;
            if ((node.getWidth() < width || node.getHeight() < height) && !fresh.contains(node)) {
                moved.putIfAbsent(node, bounds(node));
            }
            if (node.getWidth() < width) {
                node.setWidth(width);
            }
            if (node.getHeight() < height) {
                node.setHeight(height);
            }
        }
    }

    private static int[] bounds(Node n) {
        return new int[] {n.getX(), n.getY(), n.getWidth(), n.getHeight()};
    }

    private static boolean overlap(Node a, Node b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    static int right(List<Node> nodes) {
        int right = 0;
        for (Node n : nodes) {
            right = Math.max(right, n.getX() + n.getWidth());
        }
        return right;
    }

    static int bottom(List<Node> nodes) {
        int bottom = 0;
        for (Node n : nodes) {
            bottom = Math.max(bottom, n.getY() + n.getHeight());
        }
        return bottom;
    }
}
