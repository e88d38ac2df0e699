package org.orrery.ui.diagram.internal.figures;

import java.util.List;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Where a line's label goes: centred on the line, at the first of a few places along its
 * segments (longest segment first, its middle first) that covers no box and no other label;
 * when every place covers something, the one covering least.
 */
final class LabelSpot {

    /** Places along a segment, as fractions of its length, best first. */
    private static final double[] ALONG = {0.5, 0.375, 0.625, 0.25, 0.75, 0.125, 0.875};

    private LabelSpot() {
    }

    static Rectangle find(PointList line, Dimension size, List<Rectangle> boxes, List<Rectangle> labels) {
        Integer[] segments = new Integer[Math.max(0, line.size() - 1)];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = i;
        }
        java.util.Arrays.sort(segments, (a, b) -> Double.compare(length(line, b), length(line, a)));
        Rectangle best = null;
        long bestCover = Long.MAX_VALUE;
        for (int segment : segments) {
            Point a = line.getPoint(segment);
            Point b = line.getPoint(segment + 1);
            boolean vertical = a.x == b.x;
            for (double t : ALONG) {
                int x = (int) Math.round(a.x + (b.x - a.x) * t);
                int y = (int) Math.round(a.y + (b.y - a.y) * t);
                // On the line, else beside it (in a narrow corridor between boxes, beside it fits).
                for (int side = 0; side < 3; side++) {
                    int shift = side == 0 ? 0 : side == 1 ? 1 : -1;
                    Rectangle r = new Rectangle(x - size.width / 2, y - size.height / 2, size.width, size.height);
                    if (vertical) {
                        r.x += shift * (size.width / 2 + 3);
                    } else {
                        r.y += shift * (size.height / 2 + 3);
                    }
                    long cover = cover(r, boxes) + 4 * cover(r, labels);
                    if (cover == 0) {
                        return r;
                    }
                    if (cover < bestCover) {
                        bestCover = cover;
                        best = r;
                    }
                }
            }
        }
        if (best == null) {
            Point p = line.size() > 0 ? line.getMidpoint() : new Point();
            best = new Rectangle(p.x - size.width / 2, p.y - size.height / 2, size.width, size.height);
        }
        return best;
    }

    private static double length(PointList line, int segment) {
        return line.getPoint(segment).getDistance(line.getPoint(segment + 1));
    }

    /** Pixels of {@code r} that {@code others} cover (overlaps counted once per other). */
    private static long cover(Rectangle r, List<Rectangle> others) {
        long sum = 0;
        for (Rectangle o : others) {
            if (o.intersects(r)) {
                Rectangle i = o.getIntersection(r);
                sum += (long) i.width * i.height;
            }
        }
        return sum;
    }
}
