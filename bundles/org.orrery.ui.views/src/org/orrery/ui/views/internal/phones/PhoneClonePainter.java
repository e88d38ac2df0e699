package org.orrery.ui.views.internal.phones;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.orrery.ui.views.internal.TextFit;
import org.orrery.ui.views.internal.timeline.TimelineFormat;
import org.orrery.ui.views.internal.timeline.TimelinePalette;

/**
 * Draws the phone-clone view: per pair, the phone instance (or phone tree) on the left and its
 * clone (or clone tree) on the right, joined by the input-event queue and the up / down
 * storage-delta bars with the threshold marker; under them the phase indicator through the
 * protocol, the transfer under way and the totals. Phones' energy on top, the energy model's
 * parameters (an assumption) at the bottom. Colours are the timeline's palette, so the two views
 * read alike (green running, amber suspended, red failure, blue the run's "now").
 */
final class PhoneClonePainter {

    static final int PAD = 10;
    /** A phone's header band (its instances follow it) and an override's text: amber, dark enough to read. */
    private static final RGB PHONE_BAND = new RGB(236, 239, 244);
    private static final RGB OVERRIDE_TEXT = new RGB(176, 96, 0);
    static final int BOX_HEIGHT = 74;
    static final int ROW = 18;

    private final Display display;
    private final Map<RGB, Color> colours = new HashMap<>();

    PhoneClonePainter(Display display) {
        this.display = display;
    }

    private Color c(RGB rgb) {
        return colours.computeIfAbsent(rgb, k -> new Color(display, k));
    }

    /** Lines above a group's pairs: a phone's energy and its parameters; one heading for pairs of no known phone. */
    static int headerLines(PhoneCloneModel.Group group, int groups) {
        if (group.phone() != null) {
            return 2;
        }
        return groups > 1 ? 1 : 0; // a real sync alone needs no heading
    }

    /** Height the content needs for {@code groups}. */
    static int contentHeight(List<PhoneCloneModel.Group> groups, int lineHeight, int areaWidth) {
        int h = PAD;
        for (PhoneCloneModel.Group g : groups) {
            h += headerLines(g, groups.size()) * (lineHeight + 4) + (g.phone() != null ? 6 : 0);
            h += g.pairs().size() * pairHeight(lineHeight, areaWidth);
        }
        return h + 4 * (lineHeight + 2) + PAD;
    }

    /** Where the last paint put the phones' header lines (content coordinates: top, bottom), for the energy tooltip. */
    private final List<int[]> headers = new ArrayList<>();

    /** Whether content row {@code y} is on a phone's header (energy and parameters) as last painted. */
    boolean onHeader(int y) {
        for (int[] h : headers) {
            if (y >= h[0] && y < h[1]) {
                return true;
            }
        }
        return false;
    }

    /** Below this width the channels go under the two sides (the live folder is often this narrow). */
    static final int WIDE = 720;

    static int pairHeight(int lineHeight, int areaWidth) {
        // narrow: the three channel rows under the boxes, and a line naming the current step
        return BOX_HEIGHT + 6 * (lineHeight + 6) + 16 + (areaWidth - 2 * PAD < WIDE ? 4 * (lineHeight + 8) : 0);
    }

    void paint(GC gc, Rectangle area, PhoneCloneModel model, int scrollY, String empty) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setBackground(c(TimelinePalette.BACKGROUND));
        gc.fillRectangle(area);
        headers.clear();
        int lh = gc.getFontMetrics().getHeight();
        List<PhoneCloneModel.Pair> pairs = model.pairs();
        if (pairs.isEmpty()) {
            gc.setForeground(c(TimelinePalette.MUTED));
            gc.drawText(empty, PAD, PAD, true);
            return;
        }
        int y = PAD - scrollY;
        long now = Math.max(0, model.now());
        List<PhoneCloneModel.Group> groups = model.groups();
        int index = 0;
        for (PhoneCloneModel.Group group : groups) {
            // each phone above its own instances: its energy, its parameters (what this run used)
            int top = y;
            if (group.phone() != null) {
                y = paintPhone(gc, area, model, group, y, lh);
                headers.add(new int[] {top + scrollY, y + scrollY});
            } else if (headerLines(group, groups.size()) > 0) {
                gc.setForeground(c(TimelinePalette.MUTED));
                gc.drawText(PhoneMessages.noPhone, PAD, y, true);
                y += lh + 4;
            }
            for (PhoneCloneModel.Pair p : group.pairs()) {
                paintPair(gc, area, p, index++, y, now, lh);
                y += pairHeight(lh, area.width);
            }
        }
        paintLegend(gc, area, model.phones(), y, lh);
    }

    /** A phone's two header lines on a band across the view; returns where its pairs start. */
    private int paintPhone(GC gc, Rectangle area, PhoneCloneModel model, PhoneCloneModel.Group group, int y, int lh) {
        PhoneCloneModel.Phone ph = group.phone();
        int width = Math.max(260, area.width - 2 * PAD);
        gc.setBackground(c(PHONE_BAND));
        gc.fillRoundRectangle(PAD - 4, y - 2, width + 8, 2 * (lh + 4) + 2, 8, 8);
        String text = Double.isNaN(ph.energyJ()) ? NLS.bind(PhoneMessages.energyUnknown, ph.subject())
                : NLS.bind(PhoneMessages.energy, new Object[] {ph.subject(), number(ph.energyJ(), 1),
                    Double.isNaN(ph.powerW()) ? "?" : number(ph.powerW(), 2)});
        if (!ph.wifiUp()) {
            text += "   " + PhoneMessages.wifiDown;
        }
        gc.setForeground(c(ph.wifiUp() ? TimelinePalette.INK : TimelinePalette.RED));
        gc.drawText(TextFit.ellipsize(gc, text, width), PAD, y, true);
        y += lh + 4;
        // what the run used: overrides of the model amber, a sweep's value and the scenario's changes named
        List<Object[]> runs = new ArrayList<>();
        Map<String, PhoneCloneModel.RunParameter> described = model.described(ph.subject());
        Map<String, Double> used = ph.parameters();
        if (used.isEmpty() && described.isEmpty()) {
            runs.add(new Object[] {PhoneMessages.parametersUnknown, TimelinePalette.MUTED});
        }
        String[][] shown = {{"wifiMbps", PhoneMessages.parameterWifi}, {"wifiLatencyMs", PhoneMessages.parameterLatency},
            {"thresholdKiB", PhoneMessages.parameterThreshold}, {"inputEventRate", PhoneMessages.parameterInput}};
        for (String[] sh : shown) {
            Double value = used.get(sh[0]);
            PhoneCloneModel.RunParameter d = described.get(sh[0]);
            if (value == null && d == null) {
                continue;
            }
            double v = value != null ? value : d.value();
            String part = NLS.bind(sh[1], number(v, 2));
            RGB colour = TimelinePalette.INK;
            Long changed = ph.changedAt().get(sh[0]);
            if (changed != null) {
                part += " " + NLS.bind(PhoneMessages.parameterScenario, TimelineFormat.duration(changed));
            } else if (d != null && d.swept()) {
                part += " " + PhoneMessages.parameterSwept;
                colour = TimelinePalette.NOW;
            } else if (d != null && d.override()) {
                part += " " + NLS.bind(PhoneMessages.parameterOverride, number(d.model(), 2));
                colour = OVERRIDE_TEXT;
            }
            runs.add(new Object[] {(runs.isEmpty() ? "" : "  \u00B7  ") + part, colour});
        }
        if (group.inferred()) {
            runs.add(new Object[] {"   " + PhoneMessages.inferred, TimelinePalette.MUTED});
        }
        int x = PAD;
        for (Object[] r : runs) {
            String t = (String) r[0];
            int room = PAD + width - x;
            if (room < 20) {
                break;
            }
            String fitted = TextFit.ellipsize(gc, t, room);
            gc.setForeground(c((RGB) r[1]));
            gc.drawText(fitted, x, y, true);
            x += gc.textExtent(fitted).x;
            if (!fitted.equals(t)) {
                break;
            }
        }
        return y + lh + 4 + 6;
    }

    private void paintPair(GC gc, Rectangle area, PhoneCloneModel.Pair p, int index, int top, long now, int lh) {
        int width = Math.max(260, area.width - 2 * PAD);
        boolean wide = width >= WIDE;
        int boxW = wide ? Math.min(240, width / 4) : (width - 12) / 2;
        int left = PAD;
        int right = PAD + width - boxW;
        boolean real = p.real();
        RGB accent = TimelinePalette.lane(index);

        // the two sides
        String leftTitle = real ? PhoneMessages.phoneTree : PhoneMessages.phoneInstance;
        String rightTitle = real ? PhoneMessages.cloneTree : PhoneMessages.clone;
        boolean failed = "failed".equals(p.step());
        RGB phoneState = failed ? TimelinePalette.RED
                : real || "running".equals(p.state()) ? TimelinePalette.GREEN : TimelinePalette.AMBER;
        box(gc, left, top, boxW, leftTitle, TimelineFormat.shortId(p.subject()),
                real ? PhoneMessages.step(p.step()) : p.state(), phoneState, accent, lh);
        boolean active = "active".equals(p.cloneState()) || "running".equals(p.cloneState());
        String cloneName = p.clone() == null ? TimelineFormat.shortId(p.subject()) : TimelineFormat.shortId(p.clone());
        String cloneLine = real ? PhoneMessages.realSync.split(":")[0]
                : p.cloneState() + "  \u00B7  " + (Double.isNaN(p.speedUp()) ? PhoneMessages.speedUpUnknown
                        : NLS.bind(PhoneMessages.speedUp, number(p.speedUp(), 1)));
        box(gc, right, top, boxW, rightTitle, cloneName, cloneLine,
                real ? TimelinePalette.GREEN : active ? TimelinePalette.GREEN : TimelinePalette.MUTED, accent, lh);

        // the channels between them
        int cx = wide ? left + boxW + 14 : PAD;
        int cw = wide ? right - 14 - cx : width;
        int rowY = wide ? top + 4 : top + BOX_HEIGHT + 8;
        if (!real) {
            queue(gc, cx, rowY, cw, p, lh);
            rowY += lh + 8;
            long scale = Math.max(Math.max(p.pendingUp(), p.pendingDown()), p.threshold() > 0 ? p.threshold() * 3 / 2 : 1);
            deltaBar(gc, cx, rowY, cw, NLS.bind(PhoneMessages.pendingUp, TimelineFormat.bytes(p.pendingUp())),
                    p.pendingUp(), scale, p.threshold(), true, accent, lh);
            rowY += lh + 8;
            deltaBar(gc, cx, rowY, cw, NLS.bind(PhoneMessages.pendingDown, TimelineFormat.bytes(p.pendingDown())),
                    p.pendingDown(), scale, p.threshold(), false, accent, lh);
        } else {
            gc.setForeground(c(TimelinePalette.MUTED));
            gc.drawText(PhoneMessages.realSync, cx, rowY, true);
            rowY += lh + 8;
            long scale = Math.max(1, Math.max(p.bytesUp(), p.bytesDown()));
            deltaBar(gc, cx, rowY, cw, NLS.bind(PhoneMessages.sentUp, TimelineFormat.bytes(p.bytesUp())), p.bytesUp(),
                    scale, -1, true, accent, lh);
            rowY += lh + 8;
            deltaBar(gc, cx, rowY, cw, NLS.bind(PhoneMessages.sentDown, TimelineFormat.bytes(p.bytesDown())),
                    p.bytesDown(), scale, -1, false, accent, lh);
        }

        // the phase indicator
        int y = wide ? top + BOX_HEIGHT + 10 : rowY + lh + 12;
        List<String> steps = real ? PhoneCloneModel.REAL_SYNC : PhoneCloneModel.PROTOCOL;
        int at = steps.indexOf(p.step());
        int segW = width / steps.size();
        int segH = lh + 6;
        // too narrow for the steps' names: numbers in the segments, the current step named below
        boolean numbered = false;
        for (String step : steps) {
            numbered |= gc.textExtent(PhoneMessages.step(step)).x > segW - 10;
        }
        for (int s = 0; s < steps.size(); s++) {
            int x = PAD + s * segW;
            boolean current = s == at;
            // steps before the current one are done; "running" (and "in sync") after an offload is its end, not a start
            boolean done = at >= 0 && s < at && !(steps.get(at).equals("running") || steps.get(at).equals("in-sync"));
            RGB fill = current ? (failed ? TimelinePalette.RED : accent) : done ? TimelinePalette.tint(accent, 0.3)
                    : TimelinePalette.STRIPE;
            gc.setBackground(c(fill));
            gc.fillRoundRectangle(x + 1, y, segW - 4, segH, 6, 6);
            gc.setForeground(c(current ? TimelinePalette.shade(accent, 0.3) : TimelinePalette.GRID));
            gc.drawRoundRectangle(x + 1, y, segW - 4, segH, 6, 6);
            String label = numbered ? Integer.toString(s + 1) : PhoneMessages.step(steps.get(s));
            Point ext = gc.textExtent(label);
            gc.setForeground(c(current ? TimelinePalette.BACKGROUND : done ? TimelinePalette.INK : TimelinePalette.MUTED));
            gc.drawText(label, x + (segW - 4 - ext.x) / 2, y + 3, true);
        }
        y += segH + 2;
        if (numbered) {
            gc.setForeground(c(TimelinePalette.INK));
            gc.drawText(at < 0 ? PhoneMessages.step(p.step())
                    : NLS.bind(PhoneMessages.stepOf, new Object[] {at + 1, steps.size(), PhoneMessages.step(p.step())}),
                    PAD, y, true);
            y += lh + 4;
        }
        if (!real) {
            // what the protocol's steps mean for the two sides: the phone is suspended from the
            // checkpoint to the end of the sync-back; the clone runs the apps during replay and cloud run
            boolean suspended = !"running".equals(p.state()) && !failed;
            bracket(gc, PAD, PAD + 6 * segW - 4, y, PhoneMessages.suspendedBracket,
                    suspended ? TimelinePalette.AMBER : TimelinePalette.GRID, lh);
            bracket(gc, PAD + 3 * segW + 4, PAD + 5 * segW - 8, y + lh + 2, PhoneMessages.cloneActiveBracket,
                    active ? TimelinePalette.GREEN : TimelinePalette.GRID, lh);
            y += 2 * lh + 8;
        } else {
            y += 4;
        }

        // the transfer under way
        double progress = p.progress(now);
        String line;
        if (p.phase() == null || Double.isNaN(progress)) {
            line = p.failure() != null ? NLS.bind(PhoneMessages.failed, p.failure())
                    : p.lastSyncBytes() >= 0 ? NLS.bind(PhoneMessages.noTransferLast, TimelineFormat.bytes(p.lastSyncBytes()))
                            : PhoneMessages.noTransfer;
            progress = 0;
        } else if (p.transferBytes()[1] > 0) {
            long total = p.transferBytes()[1];
            line = NLS.bind(PhoneMessages.transfer, new Object[] {phaseName(p), TimelineFormat.bytes(progress * total),
                TimelineFormat.bytes(total), TimelineFormat.percent(progress),
                Double.isNaN(p.rate()) ? PhoneMessages.rateUnknown : TimelineFormat.rate(p.rate())});
        } else {
            line = NLS.bind(PhoneMessages.transferChunks, new Object[] {phaseName(p), p.chunks()[0], p.chunks()[1],
                TimelineFormat.percent(progress), TimelineFormat.bytes(p.transferBytes()[0])});
        }
        int barW = Math.min(260, width / 4);
        gc.setBackground(c(TimelinePalette.GAUGE));
        gc.fillRectangle(PAD, y + 3, barW, lh - 4);
        gc.setBackground(c(accent));
        gc.fillRectangle(PAD, y + 3, (int) Math.round(barW * Math.max(0, Math.min(1, progress))), lh - 4);
        gc.setForeground(c(p.failure() != null && p.phase() == null ? TimelinePalette.RED : TimelinePalette.INK));
        gc.drawText(TextFit.ellipsize(gc, line, width - barW - 8), PAD + barW + 8, y, true);
        y += lh + 6;

        // totals
        String totals = real
                ? NLS.bind(PhoneMessages.realTotals, new Object[] {TimelineFormat.bytes(p.bytesUp()),
                    TimelineFormat.bytes(p.bytesDown()), TimelineFormat.bytes(p.scannedBytes()), p.syncs(), p.conflicts()})
                : NLS.bind(PhoneMessages.totals, new Object[] {TimelineFormat.bytes(p.bytesUp()),
                    TimelineFormat.bytes(p.bytesDown()), p.offloads(), p.syncs(), p.replayed(), p.conflicts()});
        gc.setForeground(c(TimelinePalette.MUTED));
        gc.drawText(TextFit.ellipsize(gc, totals, width), PAD, y, true);
        gc.setForeground(c(TimelinePalette.GRID));
        gc.drawLine(PAD, top + pairHeight(lh, area.width) - 8, PAD + width, top + pairHeight(lh, area.width) - 8);
    }

    /** The phase under way as the progress line names it: a daemon sync says what triggered it. */
    private static String phaseName(PhoneCloneModel.Pair p) {
        String name = PhoneMessages.step(p.phase());
        if (!p.real() && "transfer".equals(p.phase())) {
            return NLS.bind(PhoneMessages.daemonSync, p.trigger() == null ? "?" : p.trigger());
        }
        return name;
    }

    private void box(GC gc, int x, int y, int w, String title, String name, String state, RGB stateColour, RGB accent,
            int lh) {
        gc.setBackground(c(TimelinePalette.tint(accent, 0.08)));
        gc.fillRoundRectangle(x, y, w, BOX_HEIGHT, 10, 10);
        gc.setForeground(c(accent));
        gc.setLineWidth(2);
        gc.drawRoundRectangle(x, y, w, BOX_HEIGHT, 10, 10);
        gc.setLineWidth(1);
        gc.setForeground(c(TimelinePalette.MUTED));
        gc.drawText(title, x + 8, y + 4, true);
        gc.setForeground(c(TimelinePalette.INK));
        gc.drawText(TextFit.ellipsize(gc, name, w - 16), x + 8, y + 4 + lh, true);
        gc.setBackground(c(stateColour));
        gc.fillOval(x + 8, y + 8 + 2 * lh + (lh - 10) / 2, 10, 10);
        gc.setForeground(c(TimelinePalette.INK));
        gc.drawText(TextFit.ellipsize(gc, state, w - 32), x + 24, y + 8 + 2 * lh, true);
    }

    /** The input-event queue: one small square per event waiting for the clone (up to what fits). */
    private void queue(GC gc, int x, int y, int w, PhoneCloneModel.Pair p, int lh) {
        String label = NLS.bind(PhoneMessages.inputQueue, p.inputEvents(), TimelineFormat.bytes(p.inputBytes()));
        gc.setForeground(c(TimelinePalette.INK));
        gc.drawText(label, x, y, true);
        int sx = x + gc.textExtent(label).x + 10;
        int fits = Math.max(0, (x + w - sx) / 8);
        long n = Math.min(p.inputEvents(), fits);
        gc.setBackground(c(TimelinePalette.PAGES_PULLED));
        for (int i = 0; i < n; i++) {
            gc.fillRectangle(sx + i * 8, y + lh / 2 - 3, 6, 6);
        }
        // the arrow: the queue flows to the clone
        gc.setForeground(c(TimelinePalette.MUTED));
        gc.drawLine(x, y + lh + 2, x + w, y + lh + 2);
        gc.drawLine(x + w, y + lh + 2, x + w - 6, y + lh - 2);
        gc.drawLine(x + w, y + lh + 2, x + w - 6, y + lh + 6);
    }

    /**
     * A storage-delta bar: what is pending (or sent) in one direction against {@code scale}, the
     * threshold a red marker (past it the daemon syncs). Up fills from the phone's side (left), down
     * from the clone's (right), so each bar grows from where its changes are.
     */
    private void deltaBar(GC gc, int x, int y, int w, String label, long value, long scale, long threshold,
            boolean up, RGB accent, int lh) {
        // one label column for every bar (they line up), as wide as the widest label can get
        int labelW = Math.max(gc.textExtent(NLS.bind(PhoneMessages.sentDown, "999.9 MB")).x,
                gc.textExtent(NLS.bind(PhoneMessages.pendingDown, "999.9 MB")).x) + 10;
        gc.setForeground(c(TimelinePalette.INK));
        gc.drawText(label, x, y, true);
        int bx = x + labelW;
        int bw = Math.max(20, w - labelW);
        int bh = lh - 4;
        gc.setBackground(c(TimelinePalette.GAUGE));
        gc.fillRectangle(bx, y + 2, bw, bh);
        int filled = (int) Math.round(bw * Math.min(1.0, value / (double) Math.max(1, scale)));
        boolean over = threshold > 0 && value >= threshold;
        gc.setBackground(c(over ? TimelinePalette.AMBER : up ? accent : TimelinePalette.tint(accent, 0.6)));
        gc.fillRectangle(up ? bx : bx + bw - filled, y + 2, filled, bh);
        if (threshold > 0) {
            int tx = up ? bx + (int) Math.round(bw * threshold / (double) scale)
                    : bx + bw - (int) Math.round(bw * threshold / (double) scale);
            gc.setForeground(c(TimelinePalette.RED));
            gc.setLineWidth(2);
            gc.drawLine(tx, y, tx, y + bh + 4);
            gc.setLineWidth(1);
            String t = NLS.bind(PhoneMessages.threshold, TimelineFormat.bytes(threshold));
            Point ext = gc.textExtent(t);
            // beside the marker, on the side with room (never over the row's label)
            int lx = up ? tx + 4 : tx - 4 - ext.x;
            if (lx < bx) {
                lx = tx + 4;
            } else if (lx + ext.x > bx + bw) {
                lx = tx - 4 - ext.x;
            }
            gc.setForeground(c(TimelinePalette.RED));
            gc.drawText(t, lx, y + (bh - ext.y) / 2 + 2, true);
        }
    }

    private void bracket(GC gc, int x0, int x1, int y, String label, RGB colour, int lh) {
        gc.setForeground(c(colour));
        gc.setLineWidth(2);
        gc.drawLine(x0, y + 2, x0, y + lh / 2);
        gc.drawLine(x0, y + lh / 2, x1, y + lh / 2);
        gc.drawLine(x1, y + 2, x1, y + lh / 2);
        gc.setLineWidth(1);
        label = TextFit.ellipsize(gc, label, x1 - x0 - 16);
        Point ext = gc.textExtent(label);
        int lx = x0 + (x1 - x0 - ext.x) / 2;
        gc.setBackground(c(TimelinePalette.BACKGROUND));
        gc.fillRectangle(lx - 4, y, ext.x + 8, ext.y);
        gc.setForeground(c(colour.equals(TimelinePalette.GRID) ? TimelinePalette.MUTED : TimelinePalette.INK));
        gc.drawText(label, lx, y, true);
    }

    private void paintLegend(GC gc, Rectangle area, List<PhoneCloneModel.Phone> phones, int y, int lh) {
        String text = legend(phones);
        gc.setForeground(c(TimelinePalette.MUTED));
        int width = Math.max(200, area.width - 2 * PAD);
        for (String line : wrap(gc, text, width)) {
            gc.drawText(line, PAD, y, true);
            y += lh + 2;
        }
    }

    /** The energy legend: the model is an assumption; its parameters as the run reported them. */
    static String legend(List<PhoneCloneModel.Phone> phones) {
        for (PhoneCloneModel.Phone ph : phones) {
            if (!ph.energyModel().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                ph.energyModel().forEach((k, v) -> sb.append(sb.length() > 0 ? ", " : "").append(k).append(" = ")
                        .append(number(v, 3)));
                return NLS.bind(PhoneMessages.energyLegend, sb);
            }
        }
        return phones.isEmpty() ? "" : PhoneMessages.energyLegendNoParameters;
    }

    private static List<String> wrap(GC gc, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (gc.textExtent(next).x > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }


    static String number(double v, int decimals) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    void dispose() {
        colours.values().forEach(Color::dispose);
        colours.clear();
    }
}
