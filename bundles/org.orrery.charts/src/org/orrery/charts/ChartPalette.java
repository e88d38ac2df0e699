package org.orrery.charts;

import java.awt.Color;

/**
 * One colour per series, in the order a chart lists them. The first seven are Okabe and Ito's
 * colour-blind-safe set without black (axes and text are black) and without yellow (unreadable
 * on white); then three more of similar strength; beyond ten, hues spread by the golden angle,
 * so no two series of a chart share a colour.
 */
public final class ChartPalette {

    private static final Color[] COLOURS = {
        new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
        new Color(230, 159, 0), new Color(86, 180, 233), new Color(148, 103, 189), new Color(140, 86, 75),
        new Color(188, 189, 34), new Color(110, 110, 110)};

    /** How many series get a colour from the fixed set. */
    public static final int FIXED = COLOURS.length;

    private ChartPalette() {
    }

    /** The colour of the {@code index}-th series of a chart (0 first). */
    public static Color colour(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("series index must not be negative: " + index);
        }
        if (index < COLOURS.length) {
            return COLOURS[index];
        }
        float hue = (float) ((index - COLOURS.length) * 0.618033988749895 % 1.0);
        return Color.getHSBColor(hue, 0.75f, 0.75f);
    }
}
