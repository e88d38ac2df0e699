package org.orrery.ui.diagram.internal.live;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.orrery.ui.diagram.internal.figures.DiagramFonts;
import org.orrery.ui.diagram.internal.figures.KindStyle;
import org.orrery.ui.diagram.internal.structure.NodeKind;

/**
 * One migration drawn over the diagram: a ghost of the VM on its destination host (dashed while
 * it moves, solid once it runs there), an arrow from the VM to the ghost, a progress bar along the
 * ghost's foot and a caption with the round and the data sent. Once the VM has moved, its old box
 * is veiled. It paints only: clicks go through to the boxes below.
 */
public final class MigrationFigure extends Figure {

    /** The colour of migrations in the overlay. */
    public static final Color MOVING = new Color(25, 105, 215);
    static final Color FAILED = KindStyle.ERROR;

    private final Rectangle vm;
    private final Rectangle ghost;
    private final String name;
    private final String caption;
    private final double progress;
    private final boolean done;
    private final boolean failed;
    private final Rectangle captionBox;

    MigrationFigure(Rectangle vm, Rectangle ghost, String name, String caption, double progress, boolean done,
            boolean failed) {
        this.vm = vm;
        this.ghost = ghost;
        this.name = name;
        this.caption = caption;
        this.progress = progress;
        this.done = done;
        this.failed = failed;
        Dimension text = FigureUtilities.getTextExtents(caption, DiagramFonts.regular()).expand(8, 4);
        Point middle = failed ? new Point(vm.getCenter().x, vm.bottom() + text.height / 2 + 4)
                : new Point((vm.getCenter().x + ghost.getCenter().x) / 2, (vm.getCenter().y + ghost.getCenter().y) / 2);
        captionBox = new Rectangle(middle.x - text.width / 2, middle.y - text.height / 2, text.width, text.height);
        Rectangle all = vm.getUnion(ghost).union(captionBox);
        setBounds(all.expand(12, 12));
    }

    public Rectangle ghost() {
        return ghost;
    }

    public String caption() {
        return caption;
    }

    public double progress() {
        return progress;
    }

    public boolean done() {
        return done;
    }

    @Override
    public boolean containsPoint(int x, int y) {
        return false;
    }

    @Override
    protected void paintFigure(Graphics g) {
        g.setAntialias(SWT.ON);
        if (failed) {
            paintCaption(g, FAILED);
            return;
        }
        KindStyle style = KindStyle.of(NodeKind.VIRTUAL_MACHINE);
        if (done) {
            // The VM's old place: veiled, it runs elsewhere now.
            g.setAlpha(170);
            g.setBackgroundColor(KindStyle.CANVAS);
            g.fillRoundRectangle(vm, 10, 10);
            g.setAlpha(255);
        }
        // The arrow, from the VM's box to the ghost.
        Point from = edgeToward(vm, ghost.getCenter());
        Point to = edgeToward(ghost, vm.getCenter());
        g.setForegroundColor(MOVING);
        g.setBackgroundColor(MOVING);
        g.setLineWidth(3);
        g.setLineStyle(done ? Graphics.LINE_DOT : Graphics.LINE_SOLID);
        g.drawLine(from, to);
        g.setLineStyle(Graphics.LINE_SOLID);
        g.fillPolygon(head(from, to));
        // The ghost: translucent while the VM moves, the VM itself once it runs there.
        g.setAlpha(done ? 255 : 150);
        g.setBackgroundColor(style.fill());
        g.fillRoundRectangle(ghost, 10, 10);
        g.setAlpha(255);
        g.setLineWidth(2);
        g.setLineStyle(done ? Graphics.LINE_SOLID : Graphics.LINE_DASH);
        g.setForegroundColor(done ? style.line() : MOVING);
        g.drawRoundRectangle(ghost.getCopy().shrink(1, 1), 10, 10);
        g.setLineStyle(Graphics.LINE_SOLID);
        g.setFont(DiagramFonts.bold());
        g.setForegroundColor(KindStyle.TEXT);
        g.drawText(name, ghost.x + 8, ghost.y + 6);
        if (!done) {
            Rectangle bar = new Rectangle(ghost.x + 8, ghost.bottom() - 12, ghost.width - 16, 6);
            g.setBackgroundColor(KindStyle.CANVAS);
            g.fillRectangle(bar);
            g.setBackgroundColor(MOVING);
            g.fillRectangle(bar.x, bar.y, (int) Math.round(bar.width * progress), bar.height);
            g.setForegroundColor(MOVING);
            g.setLineWidth(1);
            g.drawRectangle(bar);
        }
        paintCaption(g, MOVING);
    }

    private void paintCaption(Graphics g, Color colour) {
        g.setBackgroundColor(KindStyle.CANVAS);
        g.fillRectangle(captionBox);
        g.setForegroundColor(colour);
        g.setLineWidth(1);
        g.drawRectangle(captionBox.x, captionBox.y, captionBox.width - 1, captionBox.height - 1);
        g.setFont(DiagramFonts.regular());
        g.drawText(caption, captionBox.x + 4, captionBox.y + 2);
    }

    /** Where the line from {@code box}'s centre towards {@code p} leaves the box. */
    private static Point edgeToward(Rectangle box, Point p) {
        Point c = box.getCenter();
        double dx = p.x - c.x;
        double dy = p.y - c.y;
        if (dx == 0 && dy == 0) {
            return c;
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : box.width / 2.0 / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : box.height / 2.0 / Math.abs(dy));
        return new Point((int) Math.round(c.x + dx * scale), (int) Math.round(c.y + dy * scale));
    }

    private static PointList head(Point from, Point to) {
        double angle = Math.atan2(to.y - from.y, to.x - from.x);
        PointList head = new PointList();
        head.addPoint(to);
        head.addPoint((int) Math.round(to.x - 14 * Math.cos(angle - 0.4)), (int) Math.round(to.y - 14 * Math.sin(angle - 0.4)));
        head.addPoint((int) Math.round(to.x - 14 * Math.cos(angle + 0.4)), (int) Math.round(to.y - 14 * Math.sin(angle + 0.4)));
        return head;
    }
}
