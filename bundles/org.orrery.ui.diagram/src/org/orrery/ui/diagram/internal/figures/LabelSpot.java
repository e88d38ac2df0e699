package org.orrery.ui.diagram.internal.figures;

import java.util.List;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Where a line's label goes: on the line or just beside it, at the first place along its
 * segments (longest segment first, from its middle outwards, every few pixels) that covers
 * nothing to avoid (boxes, their titles) and no other label; when every place covers something,
 * the one covering least.
 */
final class LabelSpot {

    /** Pixels between two places tried along a segment. */
    private static final int STEP = 10;
    /** Places tried per segment at most (a very long segment is tried at wider steps). */
    private static final int MAX_PLACES = 40;

    private LabelSpot() {
    }

    /**
     * @param within where the label belongs (the box holding both ends of its line), or null:
     *               a label reaching out of it costs what lies outside
     */
    static Rectangle find(PointList line, Dimension size, List<Rectangle> boxes, List<Rectangle> labels, Rectangle within) {
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
            int places = Math.max(1, Math.min(MAX_PLACES, (int) (a.getDistance(b) / STEP)));
            for (int k = 0; k < places; k++) {
                // the middle first, then alternately either side of it
                int offset = (k + 1) / 2 * (k % 2 == 0 ? 1 : -1);
                double t = 0.5 + (double) offset / (places + 1);
                int x = (int) Math.round(a.x + (b.x - a.x) * t);
                int y = (int) Math.round(a.y + (b.y - a.y) * t);
                // On the line, else beside it, then a little further off (in a narrow corridor between
                // boxes, or between two boxes side by side, beside it fits).
                int across = vertical ? size.width : size.height;
                for (int side = 0; side < 9; side++) {
                    int away = side == 0 ? 0 : across / 2 + 3 + (side - 1) / 2 * Math.min(12, across / 2);
                    int shift = side % 2 == 1 ? away : -away;
                    Rectangle r = new Rectangle(x - size.width / 2, y - size.height / 2, size.width, size.height);
                    if (vertical) {
                        r.x += shift;
                    } else {
                        r.y += shift;
                    }
                    long cover = cover(r, boxes) + 4 * cover(r, labels) + outside(r, within);
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

    private static long outside(Rectangle r, Rectangle within) {
        if (within == null) {
            return 0;
        }
        Rectangle in = r.getIntersection(within);
        return (long) r.width * r.height - (long) in.width * in.height;
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
