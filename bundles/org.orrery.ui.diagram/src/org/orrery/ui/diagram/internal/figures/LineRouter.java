package org.orrery.ui.diagram.internal.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.AbstractRouter;
import org.eclipse.draw2d.Connection;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Routes the diagram's lines around the boxes they do not join, in horizontal and vertical
 * segments ({@link ManhattanSearch}), and places each line's label where it covers neither a box
 * nor another label.
 * <p>
 * Boxes nest, so what a line must avoid depends on its ends: the boxes beside each end and
 * beside each box around it, up to the box holding both (a link from a host to its site's
 * router avoids the other hosts of the site, not the site; a VM's overlay line also avoids the
 * other VMs of its host). A line leaves its box at right angles from the middle of a side.
 * <p>
 * Speed: a line only considers the boxes near the rectangle spanning its two ends; when more
 * than {@link #MAX_OBSTACLES} are there (a site of hundreds of hosts), or no way exists around
 * them nearby, it is drawn straight, as before routing existed. Labels are placed in the order
 * lines are routed; {@link #reset()} forgets them all before a full re-route.
 */
public final class LineRouter extends AbstractRouter {

    /** Above this many boxes near a line, it is drawn straight: the search would cost too much. */
    public static final int MAX_OBSTACLES = 60;
    /** How far around its two ends a line looks for a way (and for boxes to avoid). */
    private static final int REACH = 60;

    /** Each labelled line's places for its label. */
    private final Map<LineFigure, LabelSpot> spots = new HashMap<>();
    private boolean placementScheduled;
    /** Lines drawn straight now (too many boxes near them, or no way around). */
    private final Set<Connection> straight = new HashSet<>();

    @Override
    public void route(Connection connection) {
        IFigure source = connection.getSourceAnchor() == null ? null : connection.getSourceAnchor().getOwner();
        IFigure target = connection.getTargetAnchor() == null ? null : connection.getTargetAnchor().getOwner();
        PointList points = null;
        List<Rectangle> obstacles = List.of();
        if (source != null && target != null && source != target && !encloses(source, target)
                && !encloses(target, source)) {
            Rectangle s = boundsIn(source, connection);
            Rectangle t = boundsIn(target, connection);
            Rectangle near = s.getUnion(t).expand(REACH, REACH);
            IFigure common = commonBox(source, target);
            if (common != null) {
                // Inside the box holding both ends first: a line between two hosts of a site stays in the site.
                Rectangle inside = near.getIntersection(boundsIn(common, connection).shrink(2, 2));
                obstacles = obstacles(source, target, connection, inside);
                points = search(s, t, obstacles, inside);
            }
            if (points == null) {
                // Packed too tightly inside it: around the outside, still clear of the boxes.
                obstacles = obstacles(source, target, connection, near);
                points = search(s, t, obstacles, near);
            }
        }
        if (points == null && source != null && target != null) {
            straight.add(connection);
        } else {
            straight.remove(connection);
        }
        if (points == null) {
            points = new PointList();
            points.addPoint(getStartPoint(connection));
            points.addPoint(getEndPoint(connection));
        }
        connection.setPoints(points);
        if (connection instanceof LineFigure line && line.hasLabel()) {
            Dimension size = line.labelSize();
            List<Rectangle> avoid = source == null || target == null ? List.of()
                    : labelObstacles(source, target, connection, points.getBounds().getExpanded(size.width * 2, size.height * 3));
            IFigure common = source == null || target == null ? null : commonBox(source, target);
            LabelSpot spot = LabelSpot.of(points, size, avoid, common != null ? boundsIn(common, connection) : null);
            spots.put(line, spot);
            // Its best place regardless of other labels for now: the labels are placed together once
            // the lines of this round are routed (comparing each with all others here would cost
            // the square of the lines at every routing).
            line.placeLabel(spot.best(List.of()));
            schedulePlacement();
        }
    }

    /**
     * Places the labels of all lines together, those with the fewest free places first (a label
     * squeezed between boxes gets its one free place before a label with room elsewhere takes it).
     */
    void placeLabels() {
        placementScheduled = false;
        List<Map.Entry<LineFigure, LabelSpot>> all = new ArrayList<>();
        for (Map.Entry<LineFigure, LabelSpot> e : spots.entrySet()) {
            if (e.getKey().getParent() != null) {
                all.add(e);
            }
        }
        all.sort((a, b) -> Integer.compare(a.getValue().free, b.getValue().free));
        List<Rectangle> placed = new ArrayList<>();
        for (Map.Entry<LineFigure, LabelSpot> e : all) {
            Rectangle r = e.getValue().best(placed);
            placed.add(r);
            e.getKey().moveLabel(r);
        }
    }

    private void schedulePlacement() {
        if (placementScheduled) {
            return;
        }
        placementScheduled = true;
        // After the update that routes the lines (Draw2D validates them one by one in one pass).
        org.eclipse.swt.widgets.Display.getCurrent().asyncExec(this::placeLabels);
    }

    private static PointList search(Rectangle s, Rectangle t, List<Rectangle> obstacles, Rectangle area) {
        if (obstacles.size() > MAX_OBSTACLES) {
            return null;
        }
        List<Point> path = ManhattanSearch.route(s.getCenter(), t.getCenter(), obstacles, area);
        return path == null ? null : clip(path, s, t);
    }

    @Override
    public void remove(Connection connection) {
        spots.remove(connection);
        straight.remove(connection);
    }

    /** Forgets where labels are: every line is about to be routed again. */
    public void reset() {
        spots.clear();
    }

    /** How many lines are drawn straight (too many boxes near them, or no way around). */
    public int straightLines() {
        return straight.size();
    }

    /**
     * The boxes a line from {@code source} to {@code target} must go around that lie in
     * {@code area}: the siblings of each end and of each box around it, below the box holding both.
     */
    private static List<Rectangle> obstacles(IFigure source, IFigure target, IFigure connection, Rectangle area) {
        Set<IFigure> chain = new HashSet<>();
        for (IFigure f = source; f != null; f = f.getParent()) {
            chain.add(f);
        }
        for (IFigure f = target; f != null; f = f.getParent()) {
            chain.add(f);
        }
        Set<IFigure> seen = new HashSet<>();
        List<Rectangle> out = new ArrayList<>();
        for (IFigure end : List.of(source, target)) {
            for (IFigure f = end; f.getParent() != null; f = f.getParent()) {
                IFigure parent = f.getParent();
                if (!seen.add(parent)) {
                    break;
                }
                for (Object child : parent.getChildren()) {
                    if (child instanceof NodeFigure box && !chain.contains(box)) {
                        Rectangle r = boundsIn(box, connection);
                        if (r.intersects(area)) {
                            out.add(r);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The innermost box around both {@code a} and {@code b}, or {@code null} when it is the diagram. */
    private static IFigure commonBox(IFigure a, IFigure b) {
        for (IFigure f = a.getParent(); f != null; f = f.getParent()) {
            if (f instanceof NodeFigure && encloses(f, b)) {
                return f;
            }
        }
        return null;
    }

    /**
     * What a label near the line must not cover, inside {@code area}: every box that holds no
     * other box (VMs, routers, empty hosts), the two ends, and the title of every box that holds
     * others (the label may sit in such a box's free margin, as the line does).
     */
    private static List<Rectangle> labelObstacles(IFigure source, IFigure target, IFigure connection, Rectangle area) {
        IFigure top = source;
        while (top.getParent() instanceof NodeFigure) {
            top = top.getParent();
        }
        List<Rectangle> out = new ArrayList<>();
        collectLabelObstacles(top.getParent(), source, target, connection, area, out);
        return out;
    }

    private static void collectLabelObstacles(IFigure parent, IFigure source, IFigure target, IFigure connection,
            Rectangle area, List<Rectangle> out) {
        for (Object child : parent.getChildren()) {
            if (!(child instanceof NodeFigure box)) {
                continue;
            }
            Rectangle r = boundsIn(box, connection);
            if (!r.intersects(area)) {
                continue;
            }
            int firstChildTop = Integer.MAX_VALUE;
            for (Object inner : box.getChildren()) {
                if (inner instanceof NodeFigure f) {
                    firstChildTop = Math.min(firstChildTop, boundsIn(f, connection).y);
                }
            }
            if (box == source || box == target || firstChildTop == Integer.MAX_VALUE) {
                out.add(r);
            } else {
                out.add(new Rectangle(r.x, r.y, r.width, firstChildTop - r.y));
                collectLabelObstacles(box, source, target, connection, area, out);
            }
        }
    }

    private static boolean encloses(IFigure outer, IFigure inner) {
        for (IFigure f = inner.getParent(); f != null; f = f.getParent()) {
            if (f == outer) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code figure}'s bounds in the diagram's coordinates, which the lines share: up through the
     * boxes around it (each counts from its own corner). Not through the canvas's coordinates:
     * zoomed far out, rounding there moved boxes by several pixels and broke the routes.
     */
    private static Rectangle boundsIn(IFigure figure, IFigure connection) {
        Rectangle r = figure.getBounds().getCopy();
        for (IFigure f = figure.getParent(); f instanceof NodeFigure; f = f.getParent()) {
            f.translateToParent(r);
        }
        return r;
    }

    /**
     * The part of {@code path} (from the middle of {@code s} to the middle of {@code t}) between
     * leaving {@code s} and entering {@code t}: the line starts and ends on the boxes' outlines.
     */
    private static PointList clip(List<Point> path, Rectangle s, Rectangle t) {
        int first = 0;
        while (first + 2 < path.size() && s.contains(path.get(first + 1))) {
            first++;
        }
        int last = path.size() - 1;
        while (last - 1 > first && t.contains(path.get(last - 1))) {
            last--;
        }
        PointList out = new PointList();
        out.addPoint(exit(path.get(first), path.get(first + 1), s));
        for (int k = first + 1; k < last; k++) {
            out.addPoint(path.get(k));
        }
        out.addPoint(exit(path.get(last), path.get(last - 1), t));
        return out;
    }

    /** Where the axis-parallel segment from {@code inside} towards {@code outside} crosses {@code box}'s outline. */
    private static Point exit(Point inside, Point outside, Rectangle box) {
        if (inside.x == outside.x) {
            int y = outside.y > inside.y ? box.bottom() : box.y - 1;
            return new Point(inside.x, outside.y > inside.y ? Math.min(y, outside.y) : Math.max(y, outside.y));
        }
        int x = outside.x > inside.x ? box.right() : box.x - 1;
        return new Point(outside.x > inside.x ? Math.min(x, outside.x) : Math.max(x, outside.x), inside.y);
    }
}
