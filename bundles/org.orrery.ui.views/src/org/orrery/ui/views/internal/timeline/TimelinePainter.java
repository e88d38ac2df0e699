package org.orrery.ui.views.internal.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.orrery.telemetry.MigrationRecord;
import org.orrery.ui.views.internal.TextFit;

/**
 * Paints the timeline: a time axis on top, one lane per migration (label on the left, rounds as
 * segments as wide as they lasted, totals on the right), a legend at the bottom. In a round the
 * left bar is what it sent (lane colour) and the right bar what remained (grey), both on the
 * lane's scale, so shrinking rounds look like rounds, never like a progress bar running back;
 * under them the page classes (when counted) and a dirty-rate-to-bandwidth gauge, green, amber
 * near and red at or above the bandwidth, where a warning mark also flags the round. The
 * switchover is a dark-red line followed by the downtime (red hatching). Only paints and
 * remembers where things are for hovers and clicks; the view decides what and where.
 */
final class TimelinePainter {

    static final int AXIS_HEIGHT = 26;
    static final int LANE_GAP = 4;
    /** Lanes are as tall as fits, between these; beyond, the lanes scroll. */
    static final int MIN_LANE_HEIGHT = 48;
    static final int MAX_LANE_HEIGHT = 64;
    private static final int LEGEND_LINE = 18;
    private static final int TOP_TEXT = 15;
    private static final int STRIP = 4;
    /** Rounds are drawn at least this wide, merged with their neighbours when they are narrower. */
    private static final int MIN_SEGMENT = 4;

    /**
     * Where things go in an area: the label column, the plot, the totals column, the lanes' band
     * (between the axis and the legend) and the lanes' height.
     */
    record Layout(Rectangle area, int labelWidth, int totalsWidth, int laneHeight, Rectangle lanes, int legendTop) {

        int plotLeft() {
            return area.x + labelWidth;
        }

        int plotRight() {
            return area.x + Math.max(labelWidth + 40, area.width - totalsWidth);
        }

        /** Top of lane {@code index} when the lanes are scrolled by {@code scrollY}. */
        int laneTop(int index, int scrollY) {
            return lanes.y + index * (laneHeight + LANE_GAP) - scrollY;
        }

        /** Height of all lanes of {@code n} migrations. */
        int contentHeight(int n) {
            return n * (laneHeight + LANE_GAP);
        }
    }

    /** What lies under a point: a lane and, inside it, a round, the round in progress or the downtime. */
    record Hit(int lane, Part part, int round, Rectangle bounds) {
    }

    /** The parts of a lane a pointer can be over. */
    enum Part {
        LANE, ROUND, OPEN_ROUND, DOWNTIME
    }

    private final Display display;
    private final Font bold;
    private final Font small;
    private final Map<RGB, Color> colours = new HashMap<>();
    private final List<Hit> hits = new ArrayList<>();
    /** Where the text on the current lane's top line ends, so the downtime label does not cover it. */
    private int textRight;

    TimelinePainter(Display display) {
        this.display = display;
        FontData[] base = display.getSystemFont().getFontData();
        FontData b = new FontData(base[0].getName(), base[0].getHeight(), SWT.BOLD);
        FontData s = new FontData(base[0].getName(), Math.max(7, base[0].getHeight() - 1), SWT.NORMAL);
        this.bold = new Font(display, b);
        this.small = new Font(display, s);
    }

    void dispose() {
        bold.dispose();
        small.dispose();
    }

    /** The width the legend was last measured at, and how many lines it took there. */
    private int legendWidth = -1;
    private int legendLines;

    private Color colour(RGB rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(display, c));
    }

    /**
     * The layout of {@code area} for {@code lanes} migrations: side columns narrow in a narrow view,
     * the legend wraps, lanes shrink towards {@link #MIN_LANE_HEIGHT} before they scroll.
     */
    Layout layout(GC gc, Rectangle area, int lanes) {
        int labelWidth = clamp(area.width * 15 / 100, 100, 150);
        int totalsWidth = clamp(area.width * 17 / 100, 120, 190);
        if (area.width != legendWidth) {
            // measuring the legend's words takes Pango a while; they only wrap differently at another width
            gc.setFont(small);
            legendLines = legend(gc, area.x, 0, area.width, false);
            gc.setFont(display.getSystemFont());
            legendWidth = area.width;
        }
        int legendHeight = legendLines * LEGEND_LINE + 6;
        int legendTop = area.y + Math.max(AXIS_HEIGHT, area.height - legendHeight);
        Rectangle band = new Rectangle(area.x, area.y + AXIS_HEIGHT, area.width, Math.max(0, legendTop - area.y - AXIS_HEIGHT));
        int laneHeight = lanes == 0 ? MAX_LANE_HEIGHT
                : clamp(band.height / lanes - LANE_GAP, MIN_LANE_HEIGHT, MAX_LANE_HEIGHT);
        return new Layout(area, labelWidth, totalsWidth, laneHeight, band, legendTop);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    /** What was drawn at {@code x, y} in the last paint, innermost first; null for nothing. */
    Hit hitAt(int x, int y) {
        Hit found = null;
        for (Hit h : hits) {
            if (h.bounds().contains(x, y) && (found == null || h.part() != Part.LANE)) {
                found = h;
            }
        }
        return found;
    }

    /** The row of lane {@code index} in the last paint, or null when not drawn. */
    Rectangle laneBounds(int index) {
        for (Hit h : hits) {
            if (h.lane() == index && h.part() == Part.LANE) {
                return h.bounds();
            }
        }
        return null;
    }

    /** Paints {@code model} into {@code layout} along {@code axis}, lanes scrolled by {@code scrollY}. */
    void paint(GC gc, Layout layout, TimelineModel model, TimeAxis axis, int scrollY, int selectedLane, String empty) {
        hits.clear();
        Rectangle area = layout.area();
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setBackground(colour(TimelinePalette.BACKGROUND));
        gc.fillRectangle(area);
        gc.setFont(display.getSystemFont());
        List<MigrationLane> lanes = model.lanes();
        if (lanes.isEmpty()) {
            gc.setForeground(colour(TimelinePalette.MUTED));
            gc.drawText(empty, area.x + 12, area.y + AXIS_HEIGHT + 12, true);
            paintLegend(gc, layout);
            return;
        }
        Rectangle band = layout.lanes();
        long now = model.now();
        paintGrid(gc, band, axis);
        gc.setClipping(band);
        int hidden = 0;
        for (MigrationLane lane : lanes) {
            int top = layout.laneTop(lane.index(), scrollY);
            if (top + layout.laneHeight() <= band.y || top >= band.y + band.height) {
                hidden += top >= band.y + band.height ? 1 : 0;
                continue;
            }
            paintLane(gc, layout, axis, lane, top, now, lane.index() == selectedLane);
        }
        paintNow(gc, band, axis, model);
        gc.setClipping((Rectangle) null);
        if (hidden > 0) {
            paintMoreBelow(gc, layout, hidden);
        }
        paintAxis(gc, area, axis);
        paintLegend(gc, layout);
    }

    private void paintGrid(GC gc, Rectangle band, TimeAxis axis) {
        gc.setForeground(colour(TimelinePalette.GRID));
        gc.setLineWidth(1);
        for (TimeAxis.Tick t : axis.ticks(90)) {
            gc.drawLine(t.x(), band.y, t.x(), band.y + band.height);
        }
    }

    private void paintAxis(GC gc, Rectangle area, TimeAxis axis) {
        gc.setBackground(colour(TimelinePalette.BACKGROUND));
        gc.fillRectangle(area.x, area.y, area.width, AXIS_HEIGHT);
        gc.setForeground(colour(TimelinePalette.INK));
        int base = area.y + AXIS_HEIGHT - 4;
        gc.drawLine(axis.left(), base, axis.right(), base);
        for (TimeAxis.Tick t : axis.ticks(90)) {
            gc.drawLine(t.x(), base - 4, t.x(), base);
            Point size = gc.textExtent(t.label());
            gc.drawText(t.label(), t.x() - size.x / 2, base - 5 - size.y, true);
        }
    }

    /** Scroll bars may be overlays that hide until hovered: say that more lanes lie below. */
    private void paintMoreBelow(GC gc, Layout layout, int hidden) {
        String text = NLS.bind(TimelineMessages.moreBelow, hidden);
        gc.setFont(small);
        Point size = gc.textExtent(text);
        int x = layout.plotRight() - size.x - 10;
        int y = layout.legendTop() - size.y - 4;
        gc.setBackground(colour(TimelinePalette.SELECTION));
        gc.fillRoundRectangle(x - 6, y - 1, size.x + 12, size.y + 2, 8, 8);
        gc.setForeground(colour(TimelinePalette.BACKGROUND));
        gc.drawText(text, x, y, true);
        gc.setFont(display.getSystemFont());
    }

    private void paintNow(GC gc, Rectangle band, TimeAxis axis, TimelineModel model) {
        boolean running = false;
        for (MigrationLane l : model.lanes()) {
            running |= l.endTime() < 0;
        }
        if (!running || model.now() < axis.from() || model.now() > axis.to()) {
            return;
        }
        int x = axis.x(model.now());
        gc.setForeground(colour(TimelinePalette.NOW));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(x, band.y, x, band.y + band.height);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void paintLane(GC gc, Layout layout, TimeAxis axis, MigrationLane lane, int top, long now,
            boolean selected) {
        Rectangle area = layout.area();
        Rectangle band = layout.lanes();
        int height = layout.laneHeight();
        RGB rgb = TimelinePalette.lane(lane.index());
        Rectangle row = new Rectangle(area.x, top, area.width, height);
        if (lane.index() % 2 == 1) {
            gc.setBackground(colour(TimelinePalette.STRIPE));
            gc.fillRectangle(row);
        }
        hits.add(new Hit(lane.index(), Part.LANE, -1, row));
        paintLabel(gc, layout, lane, top, rgb);

        gc.setClipping(new Rectangle(axis.left(), band.y, axis.right() - axis.left() + 1, band.height).intersection(band));
        // the migration's whole span, a thin line in the lane colour: concurrency at a glance
        gc.setBackground(colour(rgb));
        int spanStart = axis.x(lane.startTime());
        gc.fillRectangle(spanStart, top + height - 2, Math.max(1, axis.x(lane.endOr(now)) - spanStart), 2);
        textRight = Integer.MIN_VALUE;
        if (lane.isGroup()) {
            paintGroup(gc, axis, lane, top, height, now, rgb);
        }
        long scale = Math.max(1, lane.largestRoundBytes());
        boolean pages = lane.hasPageClasses();
        List<Round> rounds = lane.rounds();
        // at the axis' resolution: rounds narrower than a few pixels are drawn together as one
        // segment (the largest bars, the worst rate), so a long run costs a paint per pixel, not per round
        for (int i = 0; i < rounds.size();) {
            int from = axis.x(rounds.get(i).start());
            int j = i;
            while (j + 1 < rounds.size() && axis.x(rounds.get(j).end()) - from < MIN_SEGMENT) {
                j++;
            }
            Round shown = j == i ? rounds.get(i) : Round.merge(rounds.subList(i, j + 1));
            paintRound(gc, axis, lane, i, shown, top, height, rgb, scale, pages);
            i = j + 1;
        }
        long open = lane.openRoundStart(now);
        if (open >= 0) {
            paintOpenRound(gc, axis, lane, open, now, top, height, rgb);
        }
        if (lane.hasSwitchover()) {
            paintDowntime(gc, axis, lane, top, height, now);
        }
        if (lane.outcome() == MigrationRecord.Outcome.FAILED) {
            int x = axis.x(lane.endTime());
            int cy = top + height / 2;
            gc.setForeground(colour(TimelinePalette.RED));
            gc.setLineWidth(3);
            gc.drawLine(x - 6, cy - 6, x + 6, cy + 6);
            gc.drawLine(x - 6, cy + 6, x + 6, cy - 6);
            gc.setLineWidth(1);
        }
        gc.setClipping(band);
        paintTotals(gc, layout, lane, top, now);
        if (selected) {
            gc.setForeground(colour(TimelinePalette.SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle(area.x + 1, top + 1, area.width - 3, height - 2);
            gc.setLineWidth(1);
        }
    }

    private void paintLabel(GC gc, Layout layout, MigrationLane lane, int top, RGB rgb) {
        int height = layout.laneHeight();
        gc.setBackground(colour(rgb));
        gc.fillRectangle(layout.area().x + 4, top + 4, 6, height - 8);
        int x = layout.area().x + 14;
        int width = layout.labelWidth() - 18;
        gc.setFont(bold);
        gc.setForeground(colour(TimelinePalette.INK));
        gc.drawText(TextFit.ellipsize(gc, TimelineFormat.shortId(lane.subject()), width), x, top + 3, true);
        gc.setFont(small);
        gc.setForeground(colour(TimelinePalette.MUTED));
        String route = TimelineFormat.shortIds(lane.source()) + " \u2192 " + TimelineFormat.shortIds(lane.destination());
        boolean roomy = height >= 58;
        gc.drawText(TextFit.ellipsize(gc, roomy ? route : route + " \u00b7 " + lane.algorithm(), width), x, top + 20, true);
        int y = top + 34;
        if (roomy) {
            gc.drawText(TextFit.ellipsize(gc, lane.algorithm(), width), x, y, true);
            y += 14;
        }
        if (lane.everNonConverging() && y + 12 <= top + height) {
            gc.setForeground(colour(TimelinePalette.RED));
            gc.drawText(TextFit.ellipsize(gc, "\u26a0 " + TimelineMessages.nonConverging, width), x, y, true);
        }
        gc.setFont(display.getSystemFont());
    }

    private void paintRound(GC gc, TimeAxis axis, MigrationLane lane, int index, Round r, int top, int height, RGB rgb,
            long scale, boolean pages) {
        int x0 = axis.x(r.start());
        int x1 = Math.max(x0 + 1, axis.x(r.end()));
        int w = x1 - x0;
        int boxTop = top + 3;
        int boxBottom = top + height - 3;
        Rectangle box = new Rectangle(x0, boxTop, w, boxBottom - boxTop);
        hits.add(new Hit(lane.index(), Part.ROUND, index, box));
        gc.setBackground(colour(TimelinePalette.tint(rgb, r.afterSwitchover() ? 0.1 : 0.18)));
        gc.fillRectangle(box);

        int gaugeTop = boxBottom - 2 - STRIP;
        int pagesTop = gaugeTop - 1 - STRIP;
        int barsBottom = (pages ? pagesTop : gaugeTop) - 2;
        int barsTop = boxTop + TOP_TEXT;
        int barsHeight = Math.max(2, barsBottom - barsTop);
        int inner = Math.max(1, w - 2);
        // what remained stands at the round's end, a narrow grey bar: what is left to send next
        int remainingWidth = w >= 9 ? Math.max(3, Math.min(12, inner / 4)) : 0;
        int sentWidth = Math.max(1, inner - remainingWidth - (remainingWidth > 0 ? 1 : 0));
        int sentHeight = height(r.bytesSent(), scale, barsHeight);
        gc.setBackground(colour(rgb));
        gc.fillRectangle(x0 + 1, barsBottom - sentHeight, sentWidth, sentHeight);
        if (remainingWidth > 0) {
            int remainingHeight = height(r.bytesRemaining(), scale, barsHeight);
            gc.setBackground(colour(TimelinePalette.REMAINING));
            gc.fillRectangle(x0 + 2 + sentWidth, barsBottom - remainingHeight, remainingWidth, remainingHeight);
        }
        if (pages && r.hasPageClasses()) {
            paintPages(gc, r, x0 + 1, pagesTop, inner);
        }
        paintGauge(gc, r, x0 + 1, gaugeTop, inner);

        RGB border = r.nonConverging() ? TimelinePalette.RED
                : r.nearlyNonConverging() ? TimelinePalette.AMBER : TimelinePalette.shade(rgb, 0.25);
        gc.setForeground(colour(border));
        gc.setLineWidth(r.nonConverging() || r.nearlyNonConverging() ? 2 : 1);
        gc.drawRectangle(box.x, box.y, Math.max(0, box.width - 1), box.height - 1);
        gc.setLineWidth(1);

        gc.setFont(small);
        gc.setForeground(colour(TimelinePalette.INK));
        String full = r.afterSwitchover() ? NLS.bind(TimelineMessages.postCopyRound, TimelineFormat.bytes(r.bytesSent()))
                : NLS.bind(TimelineMessages.roundNumbers, TimelineFormat.bytes(r.bytesSent()),
                        TimelineFormat.bytes(r.bytesRemaining()));
        String shorter = "\u2191" + TimelineFormat.bytes(r.bytesSent());
        String shortest = String.valueOf(r.iteration());
        String withPages = r.hasPageClasses() && r.classifiedPages() > 0 ? full + "   " + NLS.bind(
                TimelineMessages.roundShares, new Object[] {share(r.pagesFull(), r), share(r.pagesDeduplicated(), r),
                    share(r.pagesPulled(), r)}) : full;
        int room = w - 6 - (r.nonConverging() || r.nearlyNonConverging() ? 14 : 0);
        // measuring text is the costly part of a paint: only strings that may fit are measured
        int narrowest = gc.getFontMetrics().getAverageCharacterWidth() > 0
                ? (int) (gc.getFontMetrics().getAverageCharacterWidth() * 0.6) : 3;
        String withDowntime = r.expectedDowntime() >= 0 && lane.maxDowntime() > 0 && !r.afterSwitchover()
                ? full + "   " + NLS.bind(TimelineMessages.roundExpected, TimelineFormat.duration(r.expectedDowntime()),
                        TimelineFormat.duration(lane.maxDowntime()))
                : full;
        for (String text : new String[] {withPages, withDowntime, full, shorter, shortest}) {
            if (text.length() * narrowest <= room && gc.textExtent(text).x <= room) {
                gc.drawText(text, x0 + 3, boxTop + 1, true);
                textRight = x0 + 3 + gc.textExtent(text).x;
                break;
            }
        }
        gc.setFont(display.getSystemFont());
        if (r.nonConverging() || r.nearlyNonConverging()) {
            warning(gc, w >= 14 ? x1 - 8 : (x0 + x1) / 2, boxTop + 1,
                    r.nonConverging() ? TimelinePalette.RED : TimelinePalette.AMBER);
        }
    }

    /** Share of a page class among the classified pages: {@code 35%}, {@code 0.1%}. */
    private static String share(long pages, Round r) {
        double f = Math.max(0, pages) / (double) r.classifiedPages();
        return f > 0 && f < 0.01 ? String.format(java.util.Locale.ROOT, "%.1f%%", f * 100) : TimelineFormat.percent(f);
    }

    /** A warning triangle with its tip at {@code x, y}. */
    private void warning(GC gc, int x, int y, RGB rgb) {
        gc.setBackground(colour(rgb));
        gc.fillPolygon(new int[] {x, y, x + 6, y + 11, x - 6, y + 11});
        gc.setForeground(colour(TimelinePalette.BACKGROUND));
        gc.drawLine(x, y + 4, x, y + 7);
        gc.drawPoint(x, y + 9);
    }

    private static int height(long bytes, long scale, int max) {
        if (bytes <= 0) {
            return 0;
        }
        // a round that sent anything shows at least a sliver, however small next to the largest
        return Math.max(1, (int) Math.round((double) bytes / scale * max));
    }

    private void paintPages(GC gc, Round r, int x, int y, int width) {
        long total = r.classifiedPages();
        if (total <= 0) {
            return;
        }
        long[] counts = {Math.max(0, r.pagesFull()), Math.max(0, r.pagesDeduplicated()), Math.max(0, r.pagesPulled())};
        RGB[] rgbs = {TimelinePalette.PAGES_FULL, TimelinePalette.PAGES_DEDUPLICATED, TimelinePalette.PAGES_PULLED};
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            int from = x + (int) Math.round((double) seen / total * width);
            seen += counts[i];
            int to = x + (int) Math.round((double) seen / total * width);
            if (counts[i] > 0) {
                gc.setBackground(colour(rgbs[i]));
                gc.fillRectangle(from, y, Math.max(1, to - from), STRIP);
            }
        }
    }

    private void paintGauge(GC gc, Round r, int x, int y, int width) {
        double ratio = r.dirtyRatio();
        gc.setBackground(colour(TimelinePalette.GAUGE));
        gc.fillRectangle(x, y, width, STRIP);
        if (Double.isNaN(ratio) || r.afterSwitchover()) {
            return;
        }
        RGB rgb = r.nonConverging() ? TimelinePalette.RED
                : r.nearlyNonConverging() ? TimelinePalette.AMBER : TimelinePalette.GREEN;
        gc.setBackground(colour(rgb));
        gc.fillRectangle(x, y, Math.max(ratio > 0 ? 1 : 0, (int) Math.round(Math.min(1, ratio) * width)), STRIP);
    }

    /** A cluster move: a bracket over its whole span, its VMs' rounds being in their own lanes. */
    private void paintGroup(GC gc, TimeAxis axis, MigrationLane lane, int top, int height, long now, RGB rgb) {
        int x0 = axis.x(lane.startTime());
        int x1 = Math.max(x0 + 2, axis.x(lane.endOr(now)));
        int y = top + height / 2 - 7;
        gc.setBackground(colour(TimelinePalette.tint(rgb, 0.18)));
        gc.fillRectangle(x0, y, x1 - x0, 14);
        gc.setBackground(colour(rgb));
        gc.fillRectangle(x0, y, 3, 14);
        gc.fillRectangle(x1 - 3, y, 3, 14);
        gc.fillRectangle(x0, y + 12, x1 - x0, 2);
        String text = NLS.bind(TimelineMessages.groupLabel, TimelineFormat.shortIds(lane.source()),
                TimelineFormat.shortIds(lane.destination()));
        gc.setFont(small);
        gc.setForeground(colour(TimelinePalette.INK));
        Point size = gc.textExtent(text);
        if (size.x + 10 <= x1 - x0) {
            gc.drawText(text, x0 + 6, y - 1, true);
        }
        gc.setFont(display.getSystemFont());
    }

    private void paintOpenRound(GC gc, TimeAxis axis, MigrationLane lane, long from, long now, int top, int height,
            RGB rgb) {
        int x0 = axis.x(from);
        int x1 = Math.max(x0 + 2, axis.x(now));
        Rectangle box = new Rectangle(x0, top + 3, x1 - x0, height - 6);
        hits.add(new Hit(lane.index(), Part.OPEN_ROUND, lane.rounds().size(), box));
        gc.setBackground(colour(TimelinePalette.tint(rgb, 0.08)));
        gc.fillRectangle(box);
        gc.setForeground(colour(rgb));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRectangle(box.x, box.y, box.width - 1, box.height - 1);
        gc.setLineStyle(SWT.LINE_SOLID);
        String text = NLS.bind(TimelineMessages.roundLabel, lane.rounds().size() + 1) + " \u2026";
        gc.setFont(small);
        if (gc.textExtent(text).x < box.width - 6) {
            gc.setForeground(colour(TimelinePalette.MUTED));
            gc.drawText(text, x0 + 3, top + 4, true);
        }
        gc.setFont(display.getSystemFont());
    }

    private void paintDowntime(GC gc, TimeAxis axis, MigrationLane lane, int top, int height, long now) {
        long from = lane.switchoverTime();
        long end = lane.downtimeEnd();
        long to = end >= 0 ? end : Math.max(from, now);
        int x0 = axis.x(from);
        int x1 = Math.max(x0 + 3, axis.x(to));
        Rectangle box = new Rectangle(x0, top + 3, x1 - x0, height - 6);
        hits.add(new Hit(lane.index(), Part.DOWNTIME, -1, box));
        gc.setBackground(colour(TimelinePalette.tint(TimelinePalette.RED, 0.25)));
        gc.fillRectangle(box);
        Rectangle clip = gc.getClipping();
        gc.setClipping(box.intersection(clip));
        gc.setForeground(colour(TimelinePalette.RED));
        for (int d = -box.height; d < box.width; d += 6) {
            gc.drawLine(box.x + d, box.y + box.height, box.x + d + box.height, box.y);
        }
        gc.setClipping(clip);
        gc.setForeground(colour(TimelinePalette.shade(TimelinePalette.RED, 0.3)));
        gc.setLineWidth(2);
        gc.drawLine(x0, top + 1, x0, top + height - 1);
        gc.setLineWidth(1);

        long length = to - from;
        gc.setFont(small);
        gc.setForeground(colour(TimelinePalette.shade(TimelinePalette.RED, 0.45)));
        gc.setBackground(colour(TimelinePalette.BACKGROUND));
        String inside = NLS.bind(TimelineMessages.stopAndCopy, TimelineFormat.duration(length),
                TimelineFormat.bytes(Math.max(0, lane.switchoverBytes())));
        if (lane.rounds().isEmpty() && gc.textExtent(inside).x + 8 < box.width) {
            // stop-and-copy: the whole migration is the downtime; say so inside it
            Point in = gc.textExtent(inside);
            int y = top + height / 2 - in.y / 2;
            gc.fillRectangle(x0 + 3, y, in.x + 4, in.y);
            gc.drawText(inside, x0 + 5, y, true);
        } else {
            // the marker's label sits on the lane's top line beside the line, on a side with room,
            // shortened or left out (the tooltip has it) rather than cut
            String brief = NLS.bind(TimelineMessages.downtimeMarker, TimelineFormat.duration(length));
            String withMax = lane.maxDowntime() > 0 ? NLS.bind(TimelineMessages.downtimeMarkerMax,
                    TimelineFormat.duration(length), TimelineFormat.duration(lane.maxDowntime())) : brief;
            for (String marker : new String[] {withMax, brief}) {
                Point size = gc.textExtent(marker);
                int tx = x1 + 4 + size.x <= axis.right() ? x1 + 4 : x0 - 4 - size.x;
                if (tx >= axis.left() && (tx > x1 || tx > textRight + 6)) {
                    gc.fillRectangle(tx - 2, top + 4, size.x + 4, size.y);
                    gc.drawText(marker, tx, top + 4, true);
                    break;
                }
            }
        }
        gc.setFont(display.getSystemFont());
    }

    private void paintTotals(GC gc, Layout layout, MigrationLane lane, int top, long now) {
        Rectangle area = layout.area();
        int x = area.x + area.width - layout.totalsWidth() + 8;
        int width = layout.totalsWidth() - 12;
        String[] lines = TimelineText.totals(lane, now);
        boolean failed = lane.outcome() == MigrationRecord.Outcome.FAILED;
        gc.setForeground(colour(failed ? TimelinePalette.RED : TimelinePalette.INK));
        gc.setFont(bold);
        gc.drawText(TextFit.ellipsize(gc, lines[0], width), x, top + 3, true);
        gc.setFont(small);
        gc.setForeground(colour(failed ? TimelinePalette.RED : TimelinePalette.MUTED));
        for (int i = 1; i < lines.length; i++) {
            gc.drawText(TextFit.ellipsize(gc, lines[i], width), x, top + 7 + 13 * i, true);
        }
        gc.setFont(display.getSystemFont());
    }

    private void paintLegend(GC gc, Layout layout) {
        Rectangle area = layout.area();
        int y = layout.legendTop();
        gc.setBackground(colour(TimelinePalette.BACKGROUND));
        gc.fillRectangle(area.x, y, area.width, area.y + area.height - y);
        gc.setForeground(colour(TimelinePalette.GRID));
        gc.drawLine(area.x, y, area.x + area.width, y);
        gc.setFont(small);
        legend(gc, area.x, y + 3, area.width, true);
        gc.setFont(display.getSystemFont());
    }

    /** One legend entry: its sample, drawn centred on {@code cy} from {@code x}, and its words. */
    private record Entry(int sampleWidth, Sample sample, String label) {
    }

    private interface Sample {
        void draw(GC gc, int x, int cy);
    }

    /** Lays the legend out in lines across {@code width} from {@code y} (drawing it if asked); returns the lines. */
    private int legend(GC gc, int left, int y, int width, boolean draw) {
        List<Entry> entries = List.of(
                new Entry(12, (g, x, cy) -> box(g, x, cy, TimelinePalette.lane(0)), TimelineMessages.legendSent),
                new Entry(12, (g, x, cy) -> box(g, x, cy, TimelinePalette.REMAINING), TimelineMessages.legendRemaining),
                new Entry(18, this::gaugeSample, TimelineMessages.legendDirty),
                new Entry(12, (g, x, cy) -> warning(g, x + 6, cy - 6, TimelinePalette.RED),
                        TimelineMessages.legendNonConverging),
                new Entry(12, (g, x, cy) -> box(g, x, cy, TimelinePalette.tint(TimelinePalette.RED, 0.5)),
                        TimelineMessages.legendDowntime),
                new Entry(14, this::openSample, TimelineMessages.legendInProgress),
                new Entry(12, (g, x, cy) -> box(g, x, cy, TimelinePalette.PAGES_FULL), TimelineMessages.legendFull),
                new Entry(12, (g, x, cy) -> box(g, x, cy, TimelinePalette.PAGES_DEDUPLICATED),
                        TimelineMessages.legendDeduplicated),
                new Entry(12, (g, x, cy) -> box(g, x, cy, TimelinePalette.PAGES_PULLED), TimelineMessages.legendPulled));
        int lines = 1;
        int x = left + 6;
        for (Entry e : entries) {
            int w = e.sampleWidth() + 4 + gc.textExtent(e.label()).x;
            if (x + w > left + width - 4 && x > left + 6) {
                lines++;
                x = left + 6;
            }
            if (draw) {
                int cy = y + (lines - 1) * LEGEND_LINE + LEGEND_LINE / 2;
                e.sample().draw(gc, x, cy);
                gc.setForeground(colour(TimelinePalette.INK));
                Point size = gc.textExtent(e.label());
                gc.drawText(e.label(), x + e.sampleWidth() + 4, cy - size.y / 2, true);
            }
            x += w + 14;
        }
        return lines;
    }

    private void box(GC gc, int x, int cy, RGB rgb) {
        gc.setBackground(colour(rgb));
        gc.fillRectangle(x, cy - 5, 12, 10);
    }

    private void gaugeSample(GC gc, int x, int cy) {
        gc.setBackground(colour(TimelinePalette.GREEN));
        gc.fillRectangle(x, cy - 2, 8, STRIP);
        gc.setBackground(colour(TimelinePalette.AMBER));
        gc.fillRectangle(x + 8, cy - 2, 5, STRIP);
        gc.setBackground(colour(TimelinePalette.RED));
        gc.fillRectangle(x + 13, cy - 2, 5, STRIP);
    }

    private void openSample(GC gc, int x, int cy) {
        gc.setForeground(colour(TimelinePalette.lane(0)));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRectangle(x, cy - 5, 14, 10);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

}
