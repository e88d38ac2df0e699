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
    static final int LABEL_WIDTH = 150;
    static final int TOTALS_WIDTH = 170;
    static final int LANE_HEIGHT = 64;
    static final int LANE_GAP = 4;
    static final int LEGEND_HEIGHT = 24;
    private static final int TOP_TEXT = 15;
    private static final int STRIP = 4;

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

    private Color colour(RGB rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(display, c));
    }

    /** Height of the lanes of {@code n} migrations. */
    static int lanesHeight(int n) {
        return n * (LANE_HEIGHT + LANE_GAP);
    }

    /** The area the lanes scroll in, inside {@code area}. */
    static Rectangle lanesArea(Rectangle area) {
        return new Rectangle(area.x, area.y + AXIS_HEIGHT, area.width,
                Math.max(0, area.height - AXIS_HEIGHT - LEGEND_HEIGHT));
    }

    /** The time axis for {@code area} showing {@code from} to {@code to}. */
    static TimeAxis axis(Rectangle area, long from, long to) {
        return new TimeAxis(from, to, area.x + LABEL_WIDTH, area.x + Math.max(LABEL_WIDTH + 40, area.width - TOTALS_WIDTH));
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

    /** The lane body's bounds of lane {@code index} in the last paint, or null when not drawn. */
    Rectangle laneBounds(int index) {
        for (Hit h : hits) {
            if (h.lane() == index && h.part() == Part.LANE) {
                return h.bounds();
            }
        }
        return null;
    }

    void paint(GC gc, Rectangle area, TimelineModel model, TimeAxis axis, int scrollY, int selectedLane, String empty) {
        hits.clear();
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
            paintLegend(gc, area);
            return;
        }
        Rectangle lanesArea = lanesArea(area);
        long now = model.now();
        paintGrid(gc, area, lanesArea, axis);
        gc.setClipping(lanesArea);
        for (MigrationLane lane : lanes) {
            int top = lanesArea.y + lane.index() * (LANE_HEIGHT + LANE_GAP) - scrollY;
            if (top + LANE_HEIGHT < lanesArea.y || top > lanesArea.y + lanesArea.height) {
                continue;
            }
            paintLane(gc, area, lanesArea, axis, lane, top, now, lane.index() == selectedLane);
        }
        paintNow(gc, lanesArea, axis, model);
        gc.setClipping((Rectangle) null);
        paintAxis(gc, area, axis);
        paintLegend(gc, area);
    }

    private void paintGrid(GC gc, Rectangle area, Rectangle lanesArea, TimeAxis axis) {
        gc.setForeground(colour(TimelinePalette.GRID));
        gc.setLineWidth(1);
        for (TimeAxis.Tick t : axis.ticks(90)) {
            gc.drawLine(t.x(), lanesArea.y, t.x(), lanesArea.y + lanesArea.height);
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

    private void paintNow(GC gc, Rectangle lanesArea, TimeAxis axis, TimelineModel model) {
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
        gc.drawLine(x, lanesArea.y, x, lanesArea.y + lanesArea.height);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private void paintLane(GC gc, Rectangle area, Rectangle lanesArea, TimeAxis axis, MigrationLane lane, int top,
            long now, boolean selected) {
        RGB rgb = TimelinePalette.lane(lane.index());
        Rectangle row = new Rectangle(area.x, top, area.width, LANE_HEIGHT);
        if (lane.index() % 2 == 1) {
            gc.setBackground(colour(TimelinePalette.STRIPE));
            gc.fillRectangle(row);
        }
        hits.add(new Hit(lane.index(), Part.LANE, -1, row));
        paintLabel(gc, area, lane, top, rgb);

        gc.setClipping(new Rectangle(axis.left(), lanesArea.y, axis.right() - axis.left() + 1, lanesArea.height)
                .intersection(lanesArea));
        long scale = Math.max(1, lane.largestRoundBytes());
        boolean pages = lane.hasPageClasses();
        List<Round> rounds = lane.rounds();
        for (int i = 0; i < rounds.size(); i++) {
            paintRound(gc, axis, lane, i, rounds.get(i), top, rgb, scale, pages);
        }
        long open = lane.openRoundStart(now);
        if (open >= 0) {
            paintOpenRound(gc, axis, lane, open, now, top, rgb);
        }
        if (lane.hasSwitchover()) {
            paintDowntime(gc, axis, lane, top, now);
        }
        if (lane.outcome() == MigrationRecord.Outcome.FAILED) {
            int x = axis.x(lane.endTime());
            gc.setForeground(colour(TimelinePalette.RED));
            gc.setLineWidth(3);
            gc.drawLine(x - 6, top + 14, x + 6, top + 26);
            gc.drawLine(x - 6, top + 26, x + 6, top + 14);
            gc.setLineWidth(1);
        }
        gc.setClipping(lanesArea);
        paintTotals(gc, area, lane, top, now);
        if (selected) {
            gc.setForeground(colour(TimelinePalette.SELECTION));
            gc.setLineWidth(2);
            gc.drawRectangle(area.x + 1, top + 1, area.width - 3, LANE_HEIGHT - 2);
            gc.setLineWidth(1);
        }
    }

    private void paintLabel(GC gc, Rectangle area, MigrationLane lane, int top, RGB rgb) {
        gc.setBackground(colour(rgb));
        gc.fillRectangle(area.x + 4, top + 4, 6, LANE_HEIGHT - 8);
        int x = area.x + 14;
        int width = LABEL_WIDTH - 18;
        gc.setFont(bold);
        gc.setForeground(colour(TimelinePalette.INK));
        gc.drawText(fit(gc, TimelineFormat.shortId(lane.subject()), width), x, top + 4, true);
        gc.setFont(small);
        gc.setForeground(colour(TimelinePalette.MUTED));
        gc.drawText(fit(gc, TimelineFormat.shortId(lane.source()) + " \u2192 " + TimelineFormat.shortId(lane.destination()),
                width), x, top + 22, true);
        gc.drawText(fit(gc, lane.algorithm(), width), x, top + 37, true);
        if (lane.everNonConverging()) {
            gc.setForeground(colour(TimelinePalette.RED));
            gc.drawText(fit(gc, "\u26a0 " + TimelineMessages.nonConverging, width), x, top + LANE_HEIGHT - 14, true);
        }
        gc.setFont(display.getSystemFont());
    }

    private void paintRound(GC gc, TimeAxis axis, MigrationLane lane, int index, Round r, int top, RGB rgb, long scale,
            boolean pages) {
        int x0 = axis.x(r.start());
        int x1 = Math.max(x0 + 1, axis.x(r.end()));
        int w = x1 - x0;
        int boxTop = top + 3;
        int boxBottom = top + LANE_HEIGHT - 3;
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
        int sentWidth = w >= 6 ? Math.max(1, (inner - 1) / 2) : inner;
        int sentHeight = height(r.bytesSent(), scale, barsHeight);
        gc.setBackground(colour(rgb));
        gc.fillRectangle(x0 + 1, barsBottom - sentHeight, sentWidth, sentHeight);
        if (w >= 6) {
            int remainingHeight = height(r.bytesRemaining(), scale, barsHeight);
            gc.setBackground(colour(TimelinePalette.REMAINING));
            gc.fillRectangle(x0 + 2 + sentWidth, barsBottom - remainingHeight, inner - sentWidth - 1, remainingHeight);
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
        String shortest = "r" + r.iteration();
        int room = w - 6 - (r.nonConverging() || r.nearlyNonConverging() ? 14 : 0);
        for (String text : new String[] {full, shorter, shortest}) {
            if (gc.textExtent(text).x <= room) {
                gc.drawText(text, x0 + 3, boxTop + 1, true);
                break;
            }
        }
        gc.setFont(display.getSystemFont());
        if (r.nonConverging() || r.nearlyNonConverging()) {
            warning(gc, w >= 14 ? x1 - 8 : (x0 + x1) / 2, boxTop + 1,
                    r.nonConverging() ? TimelinePalette.RED : TimelinePalette.AMBER);
        }
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

    private void paintOpenRound(GC gc, TimeAxis axis, MigrationLane lane, long from, long now, int top, RGB rgb) {
        int x0 = axis.x(from);
        int x1 = Math.max(x0 + 2, axis.x(now));
        Rectangle box = new Rectangle(x0, top + 3, x1 - x0, LANE_HEIGHT - 6);
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

    private void paintDowntime(GC gc, TimeAxis axis, MigrationLane lane, int top, long now) {
        long from = lane.switchoverTime();
        long end = lane.downtimeEnd();
        long to = end >= 0 ? end : Math.max(from, now);
        int x0 = axis.x(from);
        int x1 = Math.max(x0 + 3, axis.x(to));
        Rectangle box = new Rectangle(x0, top + 3, x1 - x0, LANE_HEIGHT - 6);
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
        gc.drawLine(x0, top + 1, x0, top + LANE_HEIGHT - 1);
        gc.setLineWidth(1);

        long length = to - from;
        String marker = NLS.bind(TimelineMessages.downtimeMarker, TimelineFormat.duration(length));
        if (lane.maxDowntime() > 0) {
            marker += " / max " + TimelineFormat.duration(lane.maxDowntime());
        }
        gc.setFont(small);
        Point size = gc.textExtent(marker);
        String inside = NLS.bind(TimelineMessages.stopAndCopy, TimelineFormat.duration(length),
                TimelineFormat.bytes(Math.max(0, lane.switchoverBytes())));
        gc.setForeground(colour(TimelinePalette.shade(TimelinePalette.RED, 0.45)));
        if (lane.rounds().isEmpty() && gc.textExtent(inside).x + 8 < box.width) {
            // stop-and-copy: the whole migration is the downtime; say so inside it
            gc.setBackground(colour(TimelinePalette.BACKGROUND));
            Point in = gc.textExtent(inside);
            gc.fillRectangle(x0 + 3, top + LANE_HEIGHT / 2 - in.y / 2, in.x + 4, in.y);
            gc.drawText(inside, x0 + 5, top + LANE_HEIGHT / 2 - in.y / 2, true);
        } else {
            int tx = x1 + 3;
            if (tx + size.x > axis.right()) {
                tx = x0 - 3 - size.x;
            }
            gc.setBackground(colour(TimelinePalette.BACKGROUND));
            gc.fillRectangle(tx - 1, top + LANE_HEIGHT - 4 - size.y, size.x + 2, size.y);
            gc.drawText(marker, tx, top + LANE_HEIGHT - 4 - size.y, true);
        }
        gc.setFont(display.getSystemFont());
    }

    private void paintTotals(GC gc, Rectangle area, MigrationLane lane, int top, long now) {
        int x = area.x + area.width - TOTALS_WIDTH + 8;
        int width = TOTALS_WIDTH - 12;
        String[] lines = TimelineText.totals(lane, now);
        boolean failed = lane.outcome() == MigrationRecord.Outcome.FAILED;
        gc.setForeground(colour(failed ? TimelinePalette.RED : TimelinePalette.INK));
        gc.setFont(bold);
        gc.drawText(fit(gc, lines[0], width), x, top + 8, true);
        gc.setFont(small);
        gc.setForeground(colour(failed ? TimelinePalette.RED : TimelinePalette.MUTED));
        gc.drawText(fit(gc, lines[1], width), x, top + 27, true);
        gc.setFont(display.getSystemFont());
    }

    private void paintLegend(GC gc, Rectangle area) {
        int y = area.y + area.height - LEGEND_HEIGHT;
        gc.setBackground(colour(TimelinePalette.BACKGROUND));
        gc.fillRectangle(area.x, y, area.width, LEGEND_HEIGHT);
        gc.setForeground(colour(TimelinePalette.GRID));
        gc.drawLine(area.x, y, area.x + area.width, y);
        gc.setFont(small);
        int x = area.x + 6;
        int cy = y + LEGEND_HEIGHT / 2;
        x = swatch(gc, x, cy, TimelinePalette.lane(0), TimelineMessages.legendSent);
        x = swatch(gc, x, cy, TimelinePalette.REMAINING, TimelineMessages.legendRemaining);
        gc.setBackground(colour(TimelinePalette.GREEN));
        gc.fillRectangle(x, cy - 2, 8, STRIP);
        gc.setBackground(colour(TimelinePalette.AMBER));
        gc.fillRectangle(x + 8, cy - 2, 5, STRIP);
        gc.setBackground(colour(TimelinePalette.GAUGE));
        gc.fillRectangle(x + 13, cy - 2, 5, STRIP);
        x = text(gc, x + 21, cy, TimelineMessages.legendDirty);
        warning(gc, x + 6, cy - 6, TimelinePalette.RED);
        x = text(gc, x + 15, cy, TimelineMessages.legendNonConverging);
        x = swatch(gc, x, cy, TimelinePalette.tint(TimelinePalette.RED, 0.5), TimelineMessages.legendDowntime);
        gc.setForeground(colour(TimelinePalette.lane(0)));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRectangle(x, cy - 5, 14, 10);
        gc.setLineStyle(SWT.LINE_SOLID);
        x = text(gc, x + 18, cy, TimelineMessages.legendInProgress);
        x = text(gc, x, cy, TimelineMessages.legendPages) - 6;
        x = swatch(gc, x, cy, TimelinePalette.PAGES_FULL, TimelineMessages.legendFull);
        x = swatch(gc, x, cy, TimelinePalette.PAGES_DEDUPLICATED, TimelineMessages.legendDeduplicated);
        swatch(gc, x, cy, TimelinePalette.PAGES_PULLED, TimelineMessages.legendPulled);
        gc.setFont(display.getSystemFont());
    }

    private int swatch(GC gc, int x, int cy, RGB rgb, String label) {
        gc.setBackground(colour(rgb));
        gc.fillRectangle(x, cy - 5, 12, 10);
        return text(gc, x + 16, cy, label);
    }

    private int text(GC gc, int x, int cy, String label) {
        gc.setForeground(colour(TimelinePalette.INK));
        Point size = gc.textExtent(label);
        gc.drawText(label, x, cy - size.y / 2, true);
        return x + size.x + 14;
    }

    /** {@code text} cut with an ellipsis to fit {@code width} pixels. */
    private static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && gc.textExtent(t + "\u2026").x > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "\u2026";
    }
}
