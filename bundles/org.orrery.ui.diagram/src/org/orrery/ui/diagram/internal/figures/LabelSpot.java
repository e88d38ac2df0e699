package org.orrery.ui.diagram.internal.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The places a line's label may go, best first, each with what it covers of the diagram: on the
 * line or a little beside it, along its segments (longest segment first, from its middle
 * outwards, every few pixels). The cost of a place is the area of boxes and titles it covers,
 * a quarter of what reaches out of the box holding the line (a gap between boxes is fine),
 * and four times what lies off the diagram (it would be cut off). Other labels count sixteen
 * times, when the labels are placed together ({@link #best}).
 */
final class LabelSpot {

    private static final Rectangle DIAGRAM = new Rectangle(0, 0, Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2);
    /** Pixels between two places tried along a segment. */
    private static final int STEP = 10;
    /** Places tried per segment at most (a very long segment is tried at wider steps). */
    private static final int MAX_PLACES = 40;
    /** A label over another one hides both texts: far worse than covering a box's edge. */
    private static final int LABEL_WEIGHT = 16;
    /** Places beside a point of the line: on it, then alternately either side, further each time. */
    private static final int SIDES = 13;

    final Rectangle[] places;
    final long[] costs;
    /** How many places cover nothing: the fewer, the earlier the label gets its pick. */
    final int free;

    private LabelSpot(Rectangle[] places, long[] costs) {
        this.places = places;
        this.costs = costs;
        this.free = (int) Arrays.stream(costs).filter(c -> c == 0).count();
    }

    /**
     * @param boxes  what the label must not cover
     * @param within the box holding both ends of the line, or null
     */
    static LabelSpot of(PointList line, Dimension size, List<Rectangle> boxes, Rectangle within) {
        List<Rectangle> places = new ArrayList<>();
        Integer[] segments = new Integer[Math.max(0, line.size() - 1)];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = i;
        }
        Arrays.sort(segments, (a, b) -> Double.compare(length(line, b), length(line, a)));
        for (int segment : segments) {
            Point a = line.getPoint(segment);
            Point b = line.getPoint(segment + 1);
            boolean vertical = a.x == b.x;
            int count = Math.max(1, Math.min(MAX_PLACES, (int) (a.getDistance(b) / STEP)));
            int across = vertical ? size.width : size.height;
            for (int k = 0; k < count; k++) {
                int offset = (k + 1) / 2 * (k % 2 == 0 ? 1 : -1);
                double t = 0.5 + (double) offset / (count + 1);
                int x = (int) Math.round(a.x + (b.x - a.x) * t);
                int y = (int) Math.round(a.y + (b.y - a.y) * t);
                for (int side = 0; side < SIDES; side++) {
                    int away = side == 0 ? 0 : across / 2 + 3 + (side - 1) / 2 * Math.min(12, across / 2);
                    int shift = side % 2 == 1 ? away : -away;
                    Rectangle r = new Rectangle(x - size.width / 2, y - size.height / 2, size.width, size.height);
                    if (vertical) {
                        r.x += shift;
                    } else {
                        r.y += shift;
                    }
                    places.add(r);
                }
            }
        }
        if (places.isEmpty()) {
            Point p = line.size() > 0 ? line.getMidpoint() : new Point();
            places.add(new Rectangle(p.x - size.width / 2, p.y - size.height / 2, size.width, size.height));
        }
        long[] costs = new long[places.size()];
        for (int i = 0; i < costs.length; i++) {
            Rectangle r = places.get(i);
            costs[i] = cover(r, boxes) + outside(r, within) / 4 + 4 * outside(r, DIAGRAM);
        }
        return new LabelSpot(places.toArray(new Rectangle[0]), costs);
    }

    /** The best place given the labels already placed: the first covering nothing, else the cheapest. */
    Rectangle best(List<Rectangle> labels) {
        int best = 0;
        long bestCost = Long.MAX_VALUE;
        for (int i = 0; i < places.length; i++) {
            if (costs[i] >= bestCost) {
                continue;
            }
            long cost = costs[i] + LABEL_WEIGHT * cover(places[i], labels);
            if (cost == 0) {
                return places[i];
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = i;
            }
        }
        return places[best];
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
    static long cover(Rectangle r, List<Rectangle> others) {
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
