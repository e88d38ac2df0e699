package org.orrery.ui.diagram.internal.notation;

import org.eclipse.emf.ecore.EObject;
import org.orrery.ui.diagram.internal.structure.NodeKind;
import org.orrery.ui.diagram.internal.structure.NodeLabels;

/**
 * The geometry of a box, shared by the figure that paints it and the layout that places it:
 * the header (icon and name, summary line, CPU cells) and where the boxes inside it start.
 */
public final class NodeMetrics {

    /** Inner margin of a box, and its distance to the boxes inside. */
    public static final int PAD = 8;
    /** Space between neighbouring boxes. */
    public static final int GAP = 12;
    /** Margin around the whole drawing. */
    public static final int MARGIN = 20;
    public static final int ICON = 16;
    /** Side of a CPU cell, and the space between cells. */
    public static final int CELL = 9;
    public static final int CELL_GAP = 3;
    public static final int CELLS_PER_ROW = 16;
    /** Widest a box gets from its texts alone; longer names are shortened with an ellipsis. */
    static final int MAX_TEXT_WIDTH = 260;

    private final TextMeasure measure;

    public NodeMetrics(TextMeasure measure) {
        this.measure = measure;
    }

    public TextMeasure measure() {
        return measure;
    }

    /** Top of the title row. */
    public int titleTop() {
        return 6;
    }

    /** Height of the title row (icon and name). */
    public int titleHeight() {
        return Math.max(ICON, measure.lineHeight());
    }

    /** Top of the summary line. */
    public int summaryTop() {
        return titleTop() + titleHeight() + 1;
    }

    /** Top of the CPU cells. */
    public int cellsTop(EObject element) {
        return summaryTop() + (NodeLabels.summary(element).isEmpty() ? 0 : measure.lineHeight() + 3);
    }

    /** Where the boxes inside start: below the header. */
    public int headerHeight(EObject element) {
        int cells = NodeLabels.cells(element);
        int rows = cells == 0 ? 0 : (cells + CELLS_PER_ROW - 1) / CELLS_PER_ROW;
        return cellsTop(element) + rows * (CELL + CELL_GAP) + (rows > 0 ? 3 : 0) + 4;
    }

    /** Width the header's texts and cells want, at most {@link #MAX_TEXT_WIDTH} plus margins. */
    public int headerWidth(EObject element) {
        int title = ICON + 5 + measure.width(NodeLabels.title(element), true);
        int summary = measure.width(NodeLabels.summary(element), false);
        int cells = Math.min(NodeLabels.cells(element), CELLS_PER_ROW) * (CELL + CELL_GAP);
        return 2 * PAD + Math.min(MAX_TEXT_WIDTH, Math.max(title, Math.max(summary, cells)));
    }

    /** Width of a box holding nothing: wide enough for its header, never narrower than its kind's. */
    public int emptyWidth(EObject element) {
        return Math.max(NodeKind.of(element).width(), headerWidth(element));
    }

    /** Height of a box holding nothing: a leaf is its header; a container keeps room to drop into. */
    public int emptyHeight(EObject element) {
        NodeKind kind = NodeKind.of(element);
        int header = headerHeight(element) + 2;
        return kind.holdsOthers() ? Math.max(kind.height(), header + 3 * GAP) : header;
    }
}
