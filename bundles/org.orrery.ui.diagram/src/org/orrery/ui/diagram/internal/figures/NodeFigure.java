package org.orrery.ui.diagram.internal.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.orrery.ui.diagram.internal.notation.NodeMetrics;
import org.orrery.ui.diagram.internal.structure.NodeKind;

/**
 * A model element as a rounded box of its kind's colours: a header with its icon, name,
 * summary and CPU cells, and below it the boxes of the elements drawn inside it (children use
 * coordinates relative to this box, as the layout stores them). A validation problem turns the
 * outline red or orange, adds the problem icon and puts the message in the tool tip.
 * <p>
 * The header is painted, not made of child figures: a diagram of 2,000 VMs then has one figure
 * per box. Zoomed far out, texts too small to read are skipped and only boxes are drawn.
 */
public final class NodeFigure extends Figure {

    /** Below this scale texts are too small to read: only boxes (and containers' names) are drawn. */
    static final double DETAIL_SCALE = 0.45;
    static final double CONTAINER_TITLE_SCALE = 0.2;
    private static final int ARC = 10;

    private final NodeKind kind;
    private final KindStyle style;
    private final Image icon;
    private final NodeMetrics metrics;
    private String title = "";
    private String summary = "";
    private int cells;
    private int severity = Diagnostic.OK;
    private String problem;
    /** The fill a watched run gives the box (a host's load), or null for its kind's. */
    private Color runFill;
    private final Label tip = new Label();
    private final Ellipsized shownTitle = new Ellipsized();
    private final Ellipsized shownSummary = new Ellipsized();

    public NodeFigure(NodeKind kind, Image icon, NodeMetrics metrics) {
        this.kind = kind;
        this.style = KindStyle.of(kind);
        this.icon = icon;
        this.metrics = metrics;
        setLayoutManager(new XYLayout());
        setToolTip(tip);
    }

    @Override
    protected boolean useLocalCoordinates() {
        return true;
    }

    public NodeKind kind() {
        return kind;
    }

    /** Shows the element's name, summary and CPU cells. */
    public void setTexts(String newTitle, String newSummary, int newCells) {
        if (newTitle.equals(title) && newSummary.equals(summary) && newCells == cells) {
            return;
        }
        title = newTitle;
        summary = newSummary;
        cells = newCells;
        updateTip();
        repaint();
    }

    /** Shows a validation problem ({@link Diagnostic#ERROR} or WARNING, with its message), or none ({@link Diagnostic#OK}). */
    public void setProblem(int newSeverity, String message) {
        if (newSeverity == severity && java.util.Objects.equals(message, problem)) {
            return;
        }
        severity = newSeverity;
        problem = message;
        updateTip();
        repaint();
    }

    public int severity() {
        return severity;
    }

    /** Fills the box with {@code fill} while a run is watched (a host's load); {@code null} gives back its kind's fill. */
    public void setRunFill(Color fill) {
        if (!java.util.Objects.equals(fill, runFill)) {
            runFill = fill;
            repaint();
        }
    }

    public Color runFill() {
        return runFill;
    }

    public String problem() {
        return problem;
    }

    public String title() {
        return title;
    }

    /** Where the name is drawn, relative to this box: the name editor opens over it. */
    public Rectangle titleArea() {
        int left = NodeMetrics.PAD + NodeMetrics.ICON + 5;
        return new Rectangle(left, metrics.titleTop(), Math.max(60, getBounds().width - left - NodeMetrics.PAD),
                metrics.titleHeight());
    }

    private void updateTip() {
        String text = summary.isEmpty() ? title : title + "\n" + summary;
        tip.setText(problem == null ? text : text + "\n\n" + problem);
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy();
        double scale = g.getAbsoluteScale();
        boolean detail = scale >= DETAIL_SCALE;
        g.setAntialias(detail ? SWT.ON : SWT.OFF);
        g.setBackgroundColor(runFill != null ? runFill : style.fill());
        Rectangle box = new Rectangle(r.x, r.y, r.width - 1, r.height - 1);
        g.fillRoundRectangle(box, ARC, ARC);
        int lineWidth = severity >= Diagnostic.WARNING || kind.holdsOthers() ? 2 : 1;
        g.setLineWidth(lineWidth);
        g.setForegroundColor(outline());
        g.drawRoundRectangle(lineWidth > 1 ? box.getCopy().shrink(1, 1) : box, ARC, ARC);
        if (!detail && !(kind.holdsOthers() && scale >= CONTAINER_TITLE_SCALE)) {
            return;
        }
        paintTitle(g, r);
        if (detail) {
            paintSummaryAndCells(g, r);
            paintProblemIcon(g, r);
        }
    }

    private Color outline() {
        if (severity >= Diagnostic.ERROR) {
            return KindStyle.ERROR;
        }
        return severity == Diagnostic.WARNING ? KindStyle.WARNING : style.line();
    }

    private void paintTitle(Graphics g, Rectangle r) {
        int x = r.x + NodeMetrics.PAD;
        int y = r.y + metrics.titleTop();
        if (icon != null) {
            g.drawImage(icon, x, y + (metrics.titleHeight() - NodeMetrics.ICON) / 2);
        }
        Font bold = DiagramFonts.bold();
        int available = r.width - 2 * NodeMetrics.PAD - NodeMetrics.ICON - 5 - (severity >= Diagnostic.WARNING ? 20 : 0);
        g.setFont(bold);
        g.setForegroundColor(KindStyle.TEXT);
        int lineHeight = metrics.measure().lineHeight();
        g.drawText(shownTitle.of(title, bold, available), x + NodeMetrics.ICON + 5,
                y + (metrics.titleHeight() - lineHeight) / 2);
    }

    private void paintSummaryAndCells(Graphics g, Rectangle r) {
        int x = r.x + NodeMetrics.PAD;
        if (!summary.isEmpty()) {
            Font regular = DiagramFonts.regular();
            g.setFont(regular);
            g.setForegroundColor(KindStyle.SUBTLE_TEXT);
            g.drawText(shownSummary.of(summary, regular, r.width - 2 * NodeMetrics.PAD), x, r.y + metrics.summaryTop());
        }
        if (cells > 0) {
            int top = r.y + metrics.summaryTop() + (summary.isEmpty() ? 0 : metrics.measure().lineHeight() + 3);
            g.setBackgroundColor(kind == NodeKind.HOST ? KindStyle.PCPU : KindStyle.VCPU);
            g.setForegroundColor(KindStyle.SUBTLE_TEXT);
            g.setLineWidth(1);
            int step = NodeMetrics.CELL + NodeMetrics.CELL_GAP;
            for (int i = 0; i < cells; i++) {
                int cx = x + (i % NodeMetrics.CELLS_PER_ROW) * step;
                int cy = top + (i / NodeMetrics.CELLS_PER_ROW) * step;
                g.fillRectangle(cx, cy, NodeMetrics.CELL, NodeMetrics.CELL);
                g.drawRectangle(cx, cy, NodeMetrics.CELL - 1, NodeMetrics.CELL - 1);
            }
        }
    }

    private void paintProblemIcon(Graphics g, Rectangle r) {
        if (severity < Diagnostic.WARNING) {
            return;
        }
        Image image = PlatformUI.getWorkbench().getSharedImages().getImage(
                severity >= Diagnostic.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
        g.drawImage(image, r.right() - NodeMetrics.PAD - 16, r.y + metrics.titleTop());
    }

    /** The last shortened text, kept while text and width stay the same (painting is frequent, measuring is not free). */
    private static final class Ellipsized {
        private String text;
        private int width = -1;
        private String shown;

        String of(String newText, Font font, int newWidth) {
            if (!newText.equals(text) || newWidth != width) {
                text = newText;
                width = newWidth;
                shown = ellipsize(newText, font, newWidth);
            }
            return shown;
        }
    }

    /** {@code text} cut to {@code width} pixels with an ellipsis. */
    static String ellipsize(String text, Font font, int width) {
        if (width <= 0) {
            return "";
        }
        if (FigureUtilities.getTextWidth(text, font) <= width) {
            return text;
        }
        String ellipsis = "\u2026";
        int end = text.length();
        while (end > 0 && FigureUtilities.getTextWidth(text.substring(0, end) + ellipsis, font) > width) {
            end--;
        }
        return text.substring(0, end) + ellipsis;
    }
}
