package org.orrery.ui.diagram.internal;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Color;

/**
 * A row of small cells, one per CPU: pCPUs of a host, vCPUs of a VM. Counting cells is how a
 * reader sees overcommit at a glance (more vCPU cells in a host than pCPU cells).
 */
final class CpuCellsFigure extends Figure {

    static final int CELL = 10;
    static final int GAP = 3;
    private static final int PER_ROW = 16;

    private final int count;
    private final Color fill;

    CpuCellsFigure(int count, Color fill) {
        this.count = count;
        this.fill = fill;
    }

    int count() {
        return count;
    }

    @Override
    public Dimension getPreferredSize(int wHint, int hHint) {
        int cols = Math.max(1, Math.min(count, PER_ROW));
        int rows = Math.max(1, (count + PER_ROW - 1) / PER_ROW);
        return new Dimension(cols * (CELL + GAP), rows * (CELL + GAP));
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle b = getBounds();
        g.setBackgroundColor(fill);
        g.setForegroundColor(ColorConstants.gray);
        for (int i = 0; i < count; i++) {
            int x = b.x + (i % PER_ROW) * (CELL + GAP);
            int y = b.y + (i / PER_ROW) * (CELL + GAP);
            g.fillRectangle(x, y, CELL, CELL);
            g.drawRectangle(x, y, CELL - 1, CELL - 1);
        }
    }
}
