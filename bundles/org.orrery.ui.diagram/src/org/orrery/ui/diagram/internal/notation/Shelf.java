package org.orrery.ui.diagram.internal.notation;

import java.util.List;

import org.orrery.model.notation.Node;
import org.orrery.ui.diagram.internal.structure.NodeKind;

/**
 * Packs boxes in rows, left to right, starting a new row where a box would pass the row width.
 * Inside a box, the boxes of its main kind (a site's hosts, a cloud's sites, a host's VMs) come
 * first and the others (routers, datastores, pools...) start a row of their own below them, so
 * the lines from the main boxes to the others run down rather than across their neighbours.
 */
final class Shelf {

    /** Space between the main boxes and the others: a line's label (about 20 pixels) fits in it. */
    static final int GROUP_GAP = 28;

    private Shelf() {
    }

    static void pack(List<Node> nodes, int left, int top, int rowWidth, int gap, boolean groupMainKind) {
        int x = left;
        int y = top;
        int rowHeight = 0;
        NodeKind main = nodes.isEmpty() ? null : NodeKind.of(nodes.get(0).getElement());
        boolean inMain = true;
        for (Node node : nodes) {
            boolean leavesMain = groupMainKind && inMain && NodeKind.of(node.getElement()) != main;
            if (leavesMain) {
                inMain = false;
            }
            if (x > left && (leavesMain || x + node.getWidth() > left + rowWidth)) {
                x = left;
                // Below the main boxes, room for the labels of the lines that run down from them.
                y += rowHeight + (leavesMain ? GROUP_GAP : gap);
                rowHeight = 0;
            }
            node.setX(x);
            node.setY(y);
            x += node.getWidth() + gap;
            rowHeight = Math.max(rowHeight, node.getHeight());
        }
    }

    /**
     * A row width that packs {@code nodes} about {@code aspect} times wider than high, rounded to
     * a whole number of average boxes (so four VMs become two rows of two, not a column of four).
     */
    static int rowWidth(List<Node> nodes, int gap, double aspect) {
        double area = 0;
        int widest = 0;
        double widths = 0;
        for (Node n : nodes) {
            area += (double) (n.getWidth() + gap) * (n.getHeight() + gap);
            widest = Math.max(widest, n.getWidth());
            widths += n.getWidth() + gap;
        }
        if (nodes.isEmpty()) {
            return 0;
        }
        double stride = widths / nodes.size();
        long columns = Math.max(1, Math.round(Math.sqrt(area * aspect) / stride));
        return Math.max(widest, (int) (columns * stride - gap));
    }
}
