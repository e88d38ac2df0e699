package org.orrery.ui.diagram.internal.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The shortest path of horizontal and vertical segments between two points that keeps
 * {@link #GAP} pixels away from a set of rectangles, with a price on every bend so that lines
 * turn rarely. It searches (A*) the sparse grid made of the lines just outside each obstacle's
 * sides and through the two points: a path with fewest bends between rectangles always runs on
 * such lines, and the grid stays small (a few dozen lines for a few dozen boxes) where a pixel
 * grid would have millions of cells.
 */
final class ManhattanSearch {

    /** Distance a path keeps from an obstacle: small, boxes of the automatic layout stand 10 pixels apart. */
    static final int GAP = 4;
    /** What a bend costs, in pixels of length: a line one bend shorter may be this much longer. */
    private static final int BEND = 40;

    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private final int[] xs;
    private final int[] ys;
    /** Per grid point: inside an obstacle. */
    private final boolean[] blocked;
    /** Per grid point (i, j): the segment to (i + 1, j), resp. (i, j + 1), crosses an obstacle. */
    private final boolean[] blockedRight;
    private final boolean[] blockedDown;

    private ManhattanSearch(int[] xs, int[] ys) {
        this.xs = xs;
        this.ys = ys;
        blocked = new boolean[xs.length * ys.length];
        blockedRight = new boolean[blocked.length];
        blockedDown = new boolean[blocked.length];
    }

    /**
     * The path from {@code from} to {@code to} (both included, bends between) inside
     * {@code area} around {@code obstacles}, or {@code null} when there is none inside the area.
     */
    static List<Point> route(Point from, Point to, List<Rectangle> obstacles, Rectangle area) {
        TreeSet<Integer> x = new TreeSet<>();
        TreeSet<Integer> y = new TreeSet<>();
        x.add(from.x);
        x.add(to.x);
        y.add(from.y);
        y.add(to.y);
        x.add(area.x);
        x.add(area.right());
        y.add(area.y);
        y.add(area.bottom());
        for (Rectangle o : obstacles) {
            x.add(o.x - GAP);
            x.add(o.right() + GAP);
            y.add(o.y - GAP);
            y.add(o.bottom() + GAP);
        }
        ManhattanSearch search = new ManhattanSearch(inside(x, area.x, area.right()), inside(y, area.y, area.bottom()));
        for (Rectangle o : obstacles) {
            search.block(o);
        }
        return search.find(from, to);
    }

    private static int[] inside(TreeSet<Integer> values, int min, int max) {
        return values.subSet(min, true, max, true).stream().mapToInt(Integer::intValue).toArray();
    }

    /** Marks the grid points and segments that fall inside {@code o} (grown by less than the gap). */
    private void block(Rectangle o) {
        int left = o.x - GAP + 1;
        int right = o.right() + GAP - 1;
        int top = o.y - GAP + 1;
        int bottom = o.bottom() + GAP - 1;
        int i0 = firstAtLeast(xs, left);
        int i1 = firstAtLeast(xs, right + 1) - 1;
        int j0 = firstAtLeast(ys, top);
        int j1 = firstAtLeast(ys, bottom + 1) - 1;
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                blocked[j * xs.length + i] = true;
            }
        }
        // A segment between two neighbours crosses o when it runs inside o's extent: its ends may be
        // outside on both sides (neighbours on the sparse grid can be far apart).
        for (int j = j0; j <= j1; j++) {
            for (int i = Math.max(0, i0 - 1); i <= i1 && i + 1 < xs.length; i++) {
                if (xs[i] < right && xs[i + 1] > left) {
                    blockedRight[j * xs.length + i] = true;
                }
            }
        }
        for (int i = i0; i <= i1; i++) {
            for (int j = Math.max(0, j0 - 1); j <= j1 && j + 1 < ys.length; j++) {
                if (ys[j] < bottom && ys[j + 1] > top) {
                    blockedDown[j * xs.length + i] = true;
                }
            }
        }
    }

    private static int firstAtLeast(int[] values, int v) {
        int i = Arrays.binarySearch(values, v);
        return i >= 0 ? i : -i - 1;
    }

    private boolean open(int i, int j, int dir) {
        int n = xs.length;
        return switch (dir) {
            case 0 -> i + 1 < n && !blockedRight[j * n + i];
            case 1 -> j + 1 < ys.length && !blockedDown[j * n + i];
            case 2 -> i > 0 && !blockedRight[j * n + i - 1];
            default -> j > 0 && !blockedDown[(j - 1) * n + i];
        };
    }

    private List<Point> find(Point from, Point to) {
        int n = xs.length;
        int si = Arrays.binarySearch(xs, from.x);
        int sj = Arrays.binarySearch(ys, from.y);
        int ti = Arrays.binarySearch(xs, to.x);
        int tj = Arrays.binarySearch(ys, to.y);
        if (si < 0 || sj < 0 || ti < 0 || tj < 0) {
            return null;
        }
        int states = n * ys.length * 4;
        double[] cost = new double[states];
        Arrays.fill(cost, Double.MAX_VALUE);
        int[] previous = new int[states];
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        for (int d = 0; d < 4; d++) {
            int s = ((sj * n + si) << 2) | d;
            cost[s] = 0;
            previous[s] = -1;
            queue.add(new double[] {estimate(si, sj, ti, tj), s});
        }
        int goal = -1;
        while (!queue.isEmpty()) {
            double[] head = queue.poll();
            int s = (int) head[1];
            int cell = s >> 2;
            int dir = s & 3;
            int i = cell % n;
            int j = cell / n;
            if (head[0] - estimate(i, j, ti, tj) > cost[s] + 1e-6) {
                continue;
            }
            if (i == ti && j == tj) {
                goal = s;
                break;
            }
            for (int d = 0; d < 4; d++) {
                if (d == (dir + 2) % 4 || !open(i, j, d)) {
                    continue;
                }
                int ni = i + DX[d];
                int nj = j + DY[d];
                int ncell = nj * n + ni;
                if (blocked[ncell] && !(ni == ti && nj == tj)) {
                    continue;
                }
                double step = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]) + (d == dir ? 0 : BEND);
                int next = (ncell << 2) | d;
                if (cost[s] + step < cost[next]) {
                    cost[next] = cost[s] + step;
                    previous[next] = s;
                    queue.add(new double[] {cost[next] + estimate(ni, nj, ti, tj), next});
                }
            }
        }
        return goal < 0 ? null : path(goal, previous);
    }

    private double estimate(int i, int j, int ti, int tj) {
        return Math.abs(xs[i] - xs[ti]) + Math.abs(ys[j] - ys[tj]);
    }

    /** The corners of the path ending in state {@code goal}: its ends and where it turns. */
    private List<Point> path(int goal, int[] previous) {
        int n = xs.length;
        List<Point> reversed = new ArrayList<>();
        int lastDir = -1;
        for (int s = goal; s >= 0; s = previous[s]) {
            int cell = s >> 2;
            int dir = s & 3;
            if (previous[s] < 0 || dir != lastDir) {
                reversed.add(new Point(xs[cell % n], ys[cell / n]));
            }
            lastDir = dir;
        }
        List<Point> points = new ArrayList<>(reversed.size());
        for (int k = reversed.size() - 1; k >= 0; k--) {
            Point p = reversed.get(k);
            if (points.isEmpty() || !points.get(points.size() - 1).equals(p)) {
                points.add(p);
            }
        }
        return points;
    }
}
