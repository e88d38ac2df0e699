package org.orrery.releng.modelgen;

import java.awt.Color;
import java.awt.Graphics2D;

/**
 * Draws one glyph on a 16x16 canvas from plain rectangles, ovals, lines and polygons, so each
 * shape stays legible at icon size and uses only the four colours it is given.
 */
final class GlyphDrawer {

    private final Graphics2D g;
    private final Color fill;
    private final Color outline;
    private final Color white;
    private final Color light;

    GlyphDrawer(Graphics2D g, Color fill, Color outline, Color white, Color light) {
        this.g = g;
        this.fill = fill;
        this.outline = outline;
        this.white = white;
        this.light = light;
    }

    void draw(IconPainter.Glyph glyph) {
        switch (glyph) {
            case GLOBE -> {
                oval(1, 1, 13, 13, fill);
                g.setColor(light);
                g.drawOval(4, 1, 6, 13);
                g.drawLine(1, 7, 14, 7);
                g.drawLine(2, 4, 13, 4);
                g.drawLine(2, 10, 13, 10);
                g.setColor(outline);
                g.drawOval(1, 1, 13, 13);
            }
            case CLOUD -> {
                g.setColor(fill);
                g.fillOval(1, 6, 7, 7);
                g.fillOval(4, 3, 8, 8);
                g.fillOval(8, 6, 7, 7);
                g.fillRect(4, 9, 8, 4);
                g.setColor(light);
                g.fillOval(5, 5, 3, 3);
                g.setColor(outline);
                g.drawLine(3, 13, 12, 13);
            }
            case TAG -> {
                polygon(new int[] {1, 9, 15, 9, 1}, new int[] {3, 3, 8, 13, 13}, fill);
                g.setColor(white);
                g.fillRect(4, 7, 2, 2);
            }
            case BUILDING -> {
                rect(2, 1, 12, 14, fill);
                g.setColor(white);
                for (int y = 3; y <= 9; y += 3) {
                    g.fillRect(4, y, 2, 2);
                    g.fillRect(7, y, 2, 2);
                    g.fillRect(10, y, 2, 2);
                }
                g.setColor(outline);
                g.fillRect(7, 12, 2, 3);
            }
            case SERVER -> {
                for (int y = 1; y <= 11; y += 5) {
                    rect(1, y, 14, 4, fill);
                    g.setColor(white);
                    g.drawLine(3, y + 2, 3, y + 2);
                    g.setColor(light);
                    g.drawLine(6, y + 2, 12, y + 2);
                }
            }
            case CHIP -> {
                g.setColor(outline);
                for (int i = 4; i <= 11; i += 3) {
                    g.drawLine(i, 0, i, 15);
                    g.drawLine(0, i, 15, i);
                }
                rect(3, 3, 10, 10, fill);
                g.setColor(light);
                g.fillRect(6, 6, 4, 4);
            }
            case CYLINDER -> {
                g.setColor(fill);
                g.fillRect(2, 4, 12, 9);
                g.fillOval(2, 10, 12, 5);
                g.setColor(outline);
                g.drawLine(2, 4, 2, 12);
                g.drawLine(13, 4, 13, 12);
                g.drawArc(2, 10, 11, 4, 180, 180);
                oval(2, 1, 11, 5, light);
            }
            case LINK -> {
                g.setColor(outline);
                g.drawRoundRect(1, 5, 8, 6, 4, 4);
                g.drawRoundRect(6, 4, 8, 6, 4, 4);
                g.setColor(fill);
                g.drawRoundRect(2, 6, 6, 4, 3, 3);
                g.drawRoundRect(7, 5, 6, 4, 3, 3);
            }
            case DIAMOND -> {
                polygon(new int[] {8, 15, 8, 1}, new int[] {1, 8, 15, 8}, fill);
                g.setColor(white);
                g.drawLine(5, 8, 11, 8);
                g.drawLine(8, 5, 8, 11);
            }
            case MONITOR -> {
                rect(1, 2, 14, 10, fill);
                g.setColor(light);
                g.fillRect(3, 4, 10, 6);
                g.setColor(outline);
                g.fillRect(7, 12, 2, 2);
                g.fillRect(4, 14, 8, 1);
            }
            case PLUG -> {
                rect(3, 5, 10, 8, fill);
                g.setColor(outline);
                g.fillRect(5, 1, 2, 4);
                g.fillRect(9, 1, 2, 4);
                g.fillRect(7, 13, 2, 3);
                g.setColor(light);
                g.fillRect(5, 7, 6, 2);
            }
            case CHART -> {
                g.setColor(outline);
                g.drawLine(1, 1, 1, 14);
                g.drawLine(1, 14, 15, 14);
                g.setColor(fill);
                g.fillRect(3, 9, 3, 5);
                g.fillRect(7, 5, 3, 9);
                g.fillRect(11, 2, 3, 12);
                g.setColor(light);
                g.drawLine(3, 8, 13, 1);
            }
            case DOCUMENT -> {
                polygon(new int[] {2, 10, 14, 14, 2}, new int[] {1, 1, 5, 15, 15}, light);
                g.setColor(fill);
                g.fillRect(4, 7, 8, 1);
                g.fillRect(4, 9, 8, 1);
                g.fillRect(4, 11, 6, 1);
                polygon(new int[] {10, 14, 10}, new int[] {1, 5, 5}, fill);
            }
            case TILE -> {
                rect(2, 2, 12, 12, fill);
                g.setColor(light);
                g.fillRect(5, 5, 6, 6);
                g.setColor(white);
                g.fillRect(7, 7, 2, 2);
            }
            case STACK -> {
                rect(5, 1, 10, 7, light);
                rect(3, 4, 10, 7, fill);
                rect(1, 7, 10, 7, fill);
                g.setColor(white);
                g.drawLine(3, 10, 8, 10);
            }
            case MESH -> {
                g.setColor(outline);
                int[][] nodes = {{3, 3}, {12, 3}, {3, 12}, {12, 12}, {8, 8}};
                for (int[] a : nodes) {
                    for (int[] b : nodes) {
                        g.drawLine(a[0], a[1], b[0], b[1]);
                    }
                }
                for (int[] n : nodes) {
                    oval(n[0] - 2, n[1] - 2, 4, 4, fill);
                }
            }
            case BRACKETS -> {
                g.setColor(fill);
                g.fillRect(2, 2, 2, 12);
                g.fillRect(2, 2, 4, 2);
                g.fillRect(2, 12, 4, 2);
                g.fillRect(12, 2, 2, 12);
                g.fillRect(10, 2, 4, 2);
                g.fillRect(10, 12, 4, 2);
                g.setColor(outline);
                g.fillRect(7, 7, 2, 2);
            }
            case SWITCH -> {
                rect(1, 5, 14, 7, fill);
                g.setColor(white);
                for (int x = 3; x <= 12; x += 3) {
                    g.fillRect(x, 9, 2, 2);
                }
                g.setColor(light);
                g.drawLine(3, 7, 12, 7);
            }
            case PHONE -> {
                g.setColor(outline);
                g.fillRoundRect(4, 0, 9, 16, 3, 3);
                g.setColor(fill);
                g.fillRoundRect(5, 1, 7, 14, 2, 2);
                g.setColor(light);
                g.fillRect(6, 3, 5, 8);
                g.setColor(white);
                g.fillRect(8, 12, 1, 2);
            }
            case ARROWS -> {
                g.setColor(fill);
                g.fillRect(2, 4, 9, 2);
                polygon(new int[] {10, 14, 10}, new int[] {1, 5, 9}, fill);
                g.setColor(outline);
                g.fillRect(5, 10, 9, 2);
                polygon(new int[] {6, 2, 6}, new int[] {7, 11, 15}, outline);
            }
            case WINDOW -> {
                rect(1, 2, 14, 12, light);
                g.setColor(fill);
                g.fillRect(1, 2, 15, 4);
                g.setColor(white);
                g.fillRect(12, 3, 2, 2);
                g.setColor(outline);
                g.drawRect(1, 2, 14, 12);
            }
            case BOX -> {
                polygon(new int[] {1, 8, 15, 8}, new int[] {4, 1, 4, 7}, light);
                polygon(new int[] {1, 8, 8, 1}, new int[] {4, 7, 15, 12}, fill);
                polygon(new int[] {8, 15, 15, 8}, new int[] {7, 4, 12, 15}, fill);
                g.setColor(white);
                g.drawLine(8, 8, 8, 14);
            }
            case DOT -> {
                oval(2, 2, 11, 11, fill);
                g.setColor(light);
                g.fillOval(4, 4, 4, 4);
            }
            case GEAR -> {
                g.setColor(outline);
                g.fillRect(7, 0, 2, 16);
                g.fillRect(0, 7, 16, 2);
                g.fillRect(2, 2, 2, 2);
                g.fillRect(12, 2, 2, 2);
                g.fillRect(2, 12, 2, 2);
                g.fillRect(12, 12, 2, 2);
                oval(2, 2, 11, 11, fill);
                oval(5, 5, 5, 5, white);
            }
            case PLAY -> {
                polygon(new int[] {3, 14, 3}, new int[] {1, 8, 15}, fill);
                g.setColor(light);
                g.drawLine(5, 5, 5, 11);
            }
            case LOCK -> {
                g.setColor(outline);
                g.drawArc(4, 1, 7, 9, 0, 180);
                g.drawLine(4, 5, 4, 7);
                g.drawLine(11, 5, 11, 7);
                rect(2, 7, 12, 8, fill);
                g.setColor(white);
                g.fillRect(7, 9, 2, 4);
            }
            case FLASK -> {
                g.setColor(outline);
                g.fillRect(6, 0, 4, 1);
                polygon(new int[] {6, 9, 9, 14, 14, 1, 1, 6}, new int[] {1, 1, 6, 12, 15, 15, 12, 6}, light);
                polygon(new int[] {3, 12, 14, 14, 1, 1}, new int[] {9, 9, 12, 15, 15, 12}, fill);
            }
            case CLOCK -> {
                oval(1, 1, 13, 13, light);
                g.setColor(fill);
                g.drawOval(2, 2, 11, 11);
                g.setColor(outline);
                g.drawLine(7, 7, 7, 3);
                g.drawLine(7, 7, 11, 7);
            }
            case SLIDERS -> {
                g.setColor(outline);
                for (int y = 3; y <= 13; y += 5) {
                    g.drawLine(1, y, 14, y);
                }
                rect(3, 1, 3, 4, fill);
                rect(9, 6, 3, 4, fill);
                rect(5, 11, 3, 4, fill);
            }
        }
    }

    private void rect(int x, int y, int w, int h, Color body) {
        g.setColor(body);
        g.fillRect(x, y, w, h);
        g.setColor(outline);
        g.drawRect(x, y, w - 1, h - 1);
    }

    private void oval(int x, int y, int w, int h, Color body) {
        g.setColor(body);
        g.fillOval(x, y, w, h);
        g.setColor(outline);
        g.drawOval(x, y, w, h);
    }

    private void polygon(int[] xs, int[] ys, Color body) {
        g.setColor(body);
        g.fillPolygon(xs, ys, xs.length);
        g.setColor(outline);
        g.drawPolygon(xs, ys, xs.length);
    }
}
