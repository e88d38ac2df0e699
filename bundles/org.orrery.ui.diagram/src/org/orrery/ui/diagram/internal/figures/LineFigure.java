package org.orrery.ui.diagram.internal.figures;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.LineBorder;
import org.eclipse.draw2d.Locator;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;

/**
 * A line of the diagram, styled by its kind: network links solid and dark with their bandwidth
 * as a label, overlay membership dashed in the overlay's teal, a phone instance's clone and a
 * VM's substrate as arrows in their family's colours, tunnels solid teal.
 */
public final class LineFigure extends PolylineConnection {

    private final ConnectionKind kind;
    private final Color colour;
    private final Label label;
    private final Label tip = new Label();
    private String description = "";
    /** Where the router put the label (it avoids boxes and other labels), or null before routing. */
    private Rectangle labelBounds;
    private int severity = Diagnostic.OK;
    private String problem;

    public LineFigure(ConnectionKind kind) {
        this.kind = kind;
        switch (kind) {
            case NETWORK_LINK -> {
                colour = new Color(70, 80, 95);
                setLineWidth(2);
            }
            case OVERLAY_MEMBERSHIP -> {
                colour = new Color(30, 140, 160);
                setLineStyle(Graphics.LINE_DASH);
            }
            case CLONE_OF -> {
                colour = new Color(214, 90, 60);
                setLineWidth(2);
                setLineStyle(Graphics.LINE_DASH);
                setTargetDecoration(arrow());
            }
            case ACTIVATED_FROM -> {
                colour = new Color(128, 80, 170);
                setLineStyle(Graphics.LINE_DASHDOT);
                setTargetDecoration(arrow());
            }
            default -> {
                colour = new Color(20, 110, 130);
                setLineWidth(2);
            }
        }
        setForegroundColor(colour);
        if (kind == ConnectionKind.NETWORK_LINK) {
            label = new DetailLabel();
            label.setOpaque(true);
            label.setBackgroundColor(ColorConstants.white);
            label.setForegroundColor(KindStyle.TEXT);
            label.setBorder(new LineBorder(colour, 1));
            label.setFont(DiagramFonts.regular());
            add(label, new Locator() {
                @Override
                public void relocate(IFigure target) {
                    target.setBounds(labelBounds != null ? labelBounds : midpoint());
                }
            });
        } else {
            label = null;
        }
        setToolTip(tip);
    }

    /** A line's label, left out when zoomed too far out to read it (the line is still drawn). */
    private static final class DetailLabel extends Label {
        @Override
        public void paint(Graphics g) {
            if (g.getAbsoluteScale() >= NodeFigure.DETAIL_SCALE) {
                super.paint(g);
            }
        }
    }

    private static PolygonDecoration arrow() {
        PolygonDecoration arrow = new PolygonDecoration();
        arrow.setTemplate(PolygonDecoration.TRIANGLE_TIP);
        arrow.setScale(8, 4);
        return arrow;
    }

    public ConnectionKind kind() {
        return kind;
    }

    /** The label on the line (a link's bandwidth) and what the tool tip says about it. */
    public void setTexts(String labelText, String newDescription) {
        if (label != null) {
            label.setText(" " + labelText + " ");
        }
        description = newDescription;
        updateTip();
    }

    boolean hasLabel() {
        return label != null;
    }

    Dimension labelSize() {
        return label.getPreferredSize();
    }

    /** Puts the label at {@code bounds} (the router's choice) when the line is laid out. */
    void placeLabel(Rectangle bounds) {
        labelBounds = bounds;
    }

    /** Moves the label to {@code bounds} now, without routing the line again. */
    void moveLabel(Rectangle to) {
        if (!to.equals(labelBounds) || !to.equals(label.getBounds())) {
            erase();
            labelBounds = to;
            label.setBounds(to);
            // A line's bounds include its label's; computed again on the next call.
            this.bounds = null;
            repaint();
        }
    }

    /** Where the label is, in the line's coordinates, or {@code null} for kinds without one. */
    public Rectangle labelBounds() {
        return label == null ? null : labelBounds != null ? labelBounds.getCopy() : label.getBounds().getCopy();
    }

    private Rectangle midpoint() {
        Dimension size = label.getPreferredSize();
        Point p = getPoints().size() > 1 ? getPoints().getMidpoint() : new Point();
        return new Rectangle(p.x - size.width / 2, p.y - size.height / 2, size.width, size.height);
    }

    /** The label text, or {@code null} for kinds without one. */
    public String labelText() {
        return label == null ? null : label.getText().strip();
    }

    /** Shows a validation problem of the line's model object (a link to itself...). */
    public void setProblem(int newSeverity, String message) {
        severity = newSeverity;
        problem = message;
        setForegroundColor(newSeverity >= Diagnostic.ERROR ? KindStyle.ERROR
                : newSeverity == Diagnostic.WARNING ? KindStyle.WARNING : colour);
        updateTip();
    }

    public int severity() {
        return severity;
    }

    private void updateTip() {
        tip.setText(problem == null ? description : description + "\n\n" + problem);
    }

    @Override
    public void paintFigure(Graphics g) {
        // Smooth lines where they can be seen; zoomed far out, hundreds of them are drawn plainly and fast.
        g.setAntialias(g.getAbsoluteScale() >= NodeFigure.DETAIL_SCALE ? SWT.ON : SWT.OFF);
        if (kind == ConnectionKind.OVERLAY_MEMBERSHIP && severity < Diagnostic.WARNING) {
            // Every VM of an overlay has one: translucent, so many of them do not hide the boxes.
            g.setAlpha(150);
        }
        super.paintFigure(g);
    }
}
