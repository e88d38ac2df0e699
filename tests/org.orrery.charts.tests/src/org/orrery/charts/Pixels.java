package org.orrery.charts;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Counting colours in a drawing. */
final class Pixels {

    private Pixels() {
    }

    /**
     * Pixels inside {@code area} within {@code tolerance} (per channel) of {@code colour}; the
     * tolerance takes in the edge pixels antialiasing blends with white.
     */
    static int count(BufferedImage image, Rectangle2D area, Color colour, int tolerance) {
        int n = 0;
        int x0 = (int) Math.max(0, Math.floor(area.getMinX()));
        int y0 = (int) Math.max(0, Math.floor(area.getMinY()));
        int x1 = (int) Math.min(image.getWidth(), Math.ceil(area.getMaxX()));
        int y1 = (int) Math.min(image.getHeight(), Math.ceil(area.getMaxY()));
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - colour.getRed()) <= tolerance
                        && Math.abs(((rgb >> 8) & 0xFF) - colour.getGreen()) <= tolerance
                        && Math.abs((rgb & 0xFF) - colour.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
