package org.orrery.ui.lab.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.orrery.telemetry.XySeries;

/** Draws a series as a small line over a cell, with its latest value as text at the right. */
final class Sparkline {

    private static final int PAD = 3;
    private static final int LABEL_WIDTH = 62;

    private Sparkline() {
    }

    /**
     * Draws {@code series} into {@code cell}, scaled from 0 to {@code top} (or the series' largest
     * value when that is higher), and {@code label} (its latest value, formatted) at the right.
     */
    static void draw(GC gc, Rectangle cell, XySeries series, double top, String label, Color line) {
        int plotWidth = cell.width - LABEL_WIDTH - 2 * PAD;
        int height = cell.height - 2 * PAD;
        if (plotWidth < 8 || height < 4) {
            return;
        }
        double[] values = series.values();
        double max = top;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        int[] points = new int[values.length * 2];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            points[n++] = cell.x + PAD + (int) Math.round((double) i * plotWidth / Math.max(1, values.length - 1));
            points[n++] = cell.y + PAD + height - (int) Math.round(height * Math.max(0, values[i]) / Math.max(max, 1e-9));
        }
        Color old = gc.getForeground();
        int oldWidth = gc.getLineWidth();
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        gc.drawLine(cell.x + PAD, cell.y + PAD + height, cell.x + PAD + plotWidth, cell.y + PAD + height);
        gc.setForeground(line);
        gc.setLineWidth(2);
        if (n >= 4) {
            int[] used = new int[n];
            System.arraycopy(points, 0, used, 0, n);
            gc.drawPolyline(used);
        } else if (n == 2) {
            gc.drawPoint(points[0], points[1]);
        }
        gc.setLineWidth(oldWidth);
        gc.setForeground(old);
        if (label != null) {
            int textX = cell.x + cell.width - LABEL_WIDTH + PAD;
            int textY = cell.y + (cell.height - gc.getFontMetrics().getHeight()) / 2;
            gc.drawString(label, textX, textY, true);
        }
    }
}
