package org.orrery.ui.diagram.internal.live;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.orrery.ui.diagram.internal.figures.DiagramFonts;
import org.orrery.ui.diagram.internal.figures.KindStyle;

/**
 * The strip above the diagram while a run is shown: the run's name, the host load scale (idle to
 * full) and the colour of migrations. Hidden when no run is shown.
 */
final class RunLegend {

    private static final int HEIGHT = 24;
    private static final int SCALE_WIDTH = 120;

    private final Canvas canvas;
    private String run = "";

    RunLegend(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = HEIGHT;
        data.exclude = true;
        canvas.setLayoutData(data);
        canvas.setVisible(false);
        canvas.addPaintListener(e -> paint(e.gc));
        // Made after the diagram (when the viewer exists), shown above it.
        org.eclipse.swt.widgets.Control[] siblings = parent.getChildren();
        if (siblings.length > 1) {
            canvas.moveAbove(siblings[siblings.length - 2]);
        }
    }

    /** Shows the legend for run {@code name}, or hides it for {@code null}. */
    void show(String name) {
        boolean visible = name != null;
        String text = name == null ? "" : name;
        if (visible == canvas.getVisible() && text.equals(run)) {
            return;
        }
        run = text;
        ((GridData) canvas.getLayoutData()).exclude = !visible;
        canvas.setVisible(visible);
        canvas.getParent().layout(true);
        canvas.redraw();
    }

    boolean visible() {
        return canvas.getVisible();
    }

    private void paint(GC gc) {
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        gc.setBackground(KindStyle.CANVAS);
        gc.fillRectangle(area);
        gc.setFont(DiagramFonts.regular());
        gc.setForeground(KindStyle.TEXT);
        int x = 8;
        int y = (area.height - gc.getFontMetrics().getHeight()) / 2;
        gc.setFont(DiagramFonts.bold());
        gc.drawText(run, x, y, true);
        x += gc.textExtent(run).x + 20;
        gc.setFont(DiagramFonts.regular());
        String legend = Messages.Overlay_legend + ":";
        gc.drawText(legend, x, y, true);
        x += gc.textExtent(legend).x + 6;
        gc.drawText(Messages.Overlay_idle, x, y, true);
        x += gc.textExtent(Messages.Overlay_idle).x + 4;
        for (int i = 0; i < SCALE_WIDTH; i++) {
            gc.setForeground(LoadColours.of((double) i / (SCALE_WIDTH - 1)));
            gc.drawLine(x + i, 5, x + i, area.height - 6);
        }
        gc.setForeground(KindStyle.SUBTLE_TEXT);
        gc.drawRectangle(x, 5, SCALE_WIDTH, area.height - 11);
        x += SCALE_WIDTH + 4;
        gc.setForeground(KindStyle.TEXT);
        gc.drawText(Messages.Overlay_busy, x, y, true);
        x += gc.textExtent(Messages.Overlay_busy).x + 20;
        Color moving = MigrationFigure.MOVING;
        gc.setForeground(moving);
        gc.setLineWidth(3);
        gc.drawLine(x, area.height / 2, x + 24, area.height / 2);
        gc.setLineWidth(1);
        x += 30;
        gc.drawText(Messages.Overlay_migrating, x, y, true);
    }
}
