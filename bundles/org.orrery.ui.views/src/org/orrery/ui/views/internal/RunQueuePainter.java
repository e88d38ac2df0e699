package org.orrery.ui.views.internal;

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
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Display;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.TelemetryEvent;

/**
 * Paints a {@link RunQueueFrame}: a header (what is shown, the counters, a stacking alarm, a
 * distance gauge per VM), one column per pCPU (running thread on top, then the waiting ones by
 * vruntime; ordinate and vruntime lead; dirty badge; spinning waiters red, preempted lock holders
 * outlined; SBCO's threshold line; debt arrows from the lending queue; fading marks of recent
 * skips, migrations, IPIs and lock-holder preemptions), an optional red-black-tree pane of one
 * queue, and a per-pCPU Gantt timeline underneath. A real host has no queue order, counters or
 * gauges: its header names the host and sums up placement and waits, each VM gets its mean wait,
 * and each vCPU its CPU share and run-queue wait. Only paints; the view decides what to show.
 */
final class RunQueuePainter {

    private static final int LINE = 16;
    /** The least height of the columns: their titles and one slim row of blocks. */
    private static final int MIN_COLUMNS = LINE + 2 + 16;
    /** The height of a block with room for its label. */
    private static final int LABELLED = 18;
    /** Below this height the header is short: one line of legend, no VM row for a real host. */
    private static final int COMPACT_HEIGHT = 320;

    private final VmPalette palette;
    private final Color ink;
    private final Color faint;
    private final Color red;
    private final Color orange;
    private final Color blue;
    private final Color purple;
    private final Color green;
    private final Color white;

    /** Where the columns were drawn last, for clicks. */
    private final List<Rectangle> columnBounds = new ArrayList<>();
    /** The header's texts as last painted. */
    private final List<String> texts = new ArrayList<>();

    RunQueuePainter(Display display, VmPalette palette) {
        this.palette = palette;
        this.ink = display.getSystemColor(SWT.COLOR_BLACK);
        this.faint = new Color(display, 225, 225, 225);
        this.red = new Color(display, 215, 30, 30);
        this.orange = new Color(display, 240, 140, 0);
        this.blue = new Color(display, 30, 90, 220);
        this.purple = new Color(display, 140, 40, 170);
        this.green = new Color(display, 20, 150, 60);
        this.white = display.getSystemColor(SWT.COLOR_WHITE);
    }

    /** The pCPU index whose column contains {@code x, y}, or -1. */
    int columnAt(int x, int y) {
        for (int i = 0; i < columnBounds.size(); i++) {
            if (columnBounds.get(i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    void paint(GC gc, Rectangle area, RunQueueFrame f, String runName, long span, int treeCpu) {
        gc.setBackground(white);
        gc.fillRectangle(area);
        gc.setAntialias(SWT.ON);
        gc.setForeground(ink);
        if (f.columns().isEmpty() && f.gantt().isEmpty()) {
            // a run without vCPU activity (a migration experiment): saying so beats an empty "real host"
            texts.clear();
            text(gc, NLS.bind(RunQueueMessages.noVcpus, runName), 6, 2, area.width - 12);
            return;
        }
        int y = header(gc, area, f, runName);
        // in a short view (the bottom folder) the queues come first: the Gantt shrinks, then goes,
        // and what does not fit is cut at the bottom rather than drawn over the header
        int room = area.height - y;
        int ganttHeight = room >= 200 ? Math.max(60, room * 30 / 100) : room >= 120 ? 60 : 0;
        int columnsBottom = Math.max(y + MIN_COLUMNS, area.height - ganttHeight - (ganttHeight > 0 ? 8 : 0));
        Rectangle columns = new Rectangle(4, y, area.width - 8, columnsBottom - y);
        Rectangle tree = null;
        if (treeCpu >= 0 && !f.real()) {
            // as wide as the tree needs (its nodes side by side in key order), the rest for the columns
            int nodes = treeCpu < f.columns().size() ? f.columns().get(treeCpu).blocks().size() : 0;
            int wide = Math.min(columns.width * 38 / 100, Math.max(300, 44 * nodes + 40)); // 300: its title
            tree = new Rectangle(columns.x + columns.width - wide, columns.y, wide, columns.height);
            columns.width = columns.width - wide - 6;
        }
        columns(gc, columns, f);
        if (tree != null && treeCpu < f.columns().size()) {
            tree(gc, tree, f.columns().get(treeCpu));
        }
        if (ganttHeight > 0) {
            gantt(gc, new Rectangle(4, columnsBottom + 4, area.width - 8, ganttHeight - 4), f, span);
        }
    }

    private int header(GC gc, Rectangle area, RunQueueFrame f, String runName) {
        // a short view (the bottom folder) keeps its height for the queues: a legend of one line,
        // no VM row for a real host (the blocks say it) nor its URI (the Host choice's tooltip)
        boolean compact = area.height < COMPACT_HEIGHT;
        String seconds = String.format(Locale.ROOT, "%.3f", f.time() / 1e9);
        String what = f.real() ? NLS.bind(RunQueueMessages.realHost, hostName(f, compact), seconds)
                : NLS.bind(RunQueueMessages.simulated, runName, seconds);
        texts.clear();
        int width = area.width - 12;
        int y = text(gc, what, 6, 2, width);
        y = text(gc, legend(f, compact), 6, y, width);
        Map<String, Double> c = f.counters();
        if (f.real()) {
            y = text(gc, realSummary(f), 6, y, width);
            return compact ? y + 4 : realVms(gc, area, f, y + 2);
        }
        int countersY = y;
        if (c.containsKey("contextSwitches")) { // the simulator's counters
            y = text(gc, NLS.bind(RunQueueMessages.counters, new Object[] {fmt(c.get("contextSwitches"), 1),
                    fmt(c.get("spin"), 1e9), fmt(c.get("lag"), 1e6), fmt(c.get("skips"), 1), fmt(c.get("ipis"), 1),
                    fmt(c.get("lhp"), 1)}), 6, y, width);
        } else {
            y += LINE;
        }
        int x = 6;
        y += 2;
        List<String> stacked = new ArrayList<>();
        for (Map.Entry<String, RunQueueFrame.VmState> e : f.vms().entrySet()) {
            RunQueueFrame.VmState s = e.getValue();
            String name = e.getKey().substring(3);
            Point ext = gc.textExtent(name);
            if (x + ext.x + 70 > area.width) {
                x = 6;
                y += LINE + 2;
            }
            gc.setBackground(palette.of(e.getKey() + "/vcpu0"));
            gc.fillRectangle(x, y + 3, 10, 10);
            gc.drawText(name, x + 13, y, true);
            int gx = x + 15 + ext.x;
            double ratio = Double.isNaN(s.threshold()) || s.threshold() <= 0 ? 0 : s.distance() / s.threshold();
            gc.setForeground(faint);
            gc.drawRectangle(gx, y + 3, 40, 9);
            gc.setBackground(ratio >= 1 ? red : green);
            gc.fillRectangle(gx + 1, y + 4, (int) Math.min(39, Math.round(39 * Math.min(ratio, 1.0))), 8);
            gc.setForeground(ink);
            if (s.stacked()) {
                stacked.add(name);
                gc.setForeground(red);
                gc.drawText("S", gx + 43, y, true);
                gc.setForeground(ink);
            }
            x = gx + 56;
        }
        if (!stacked.isEmpty()) {
            String alarm = NLS.bind(RunQueueMessages.stacked, String.join(", ", stacked));
            gc.setForeground(red);
            Point ext = gc.textExtent(alarm);
            gc.drawText(alarm, area.width - ext.x - 8, countersY, true);
            gc.setForeground(ink);
        }
        return y + LINE + 6;
    }

    /** What the blocks, marks and lines of {@code f} mean; the gist of it when {@code gist}. */
    private static String legend(RunQueueFrame f, boolean gist) {
        if (gist) {
            return f.real() ? RunQueueMessages.realLegendShort : RunQueueMessages.legendShort;
        }
        return f.real() ? RunQueueMessages.realLegend : RunQueueMessages.legend;
    }

    /**
     * "src (qemu+ssh://...)" ("src" alone when {@code nameOnly}), the URI alone when the host has no
     * name, or a plain "Real host".
     */
    private static String hostName(RunQueueFrame f, boolean nameOnly) {
        if (f.host() == null) {
            return RunQueueMessages.realHostUnnamed;
        }
        String name = f.hosts().getOrDefault(f.host(), f.host());
        return name.equals(f.host()) || nameOnly ? name : name + " (" + f.host() + ")";
    }

    /** The real host in one line: vCPUs placed, VMs, pCPUs, the host's CPU load, mean and highest wait. */
    private static String realSummary(RunQueueFrame f) {
        List<RunQueueFrame.Block> blocks = f.columns().stream().flatMap(c -> c.blocks().stream()).toList();
        long vms = blocks.stream().map(b -> RunQueueFrame.vmOf(b.subject())).distinct().count();
        double[] waits = blocks.stream().mapToDouble(RunQueueFrame.Block::queueWait).filter(w -> !Double.isNaN(w))
                .toArray();
        Double load = f.counters().get(Attribute.CPU_LOAD);
        int pcpus = f.columns().size();
        // MessageFormat, not NLS.bind: the message picks "1 vCPU" or "4 vCPUs" by count
        return new java.text.MessageFormat(RunQueueMessages.realSummary, Locale.ROOT).format(new Object[] {blocks.size(), vms, pcpus,
            String.format(Locale.ROOT, "%.1f", pcpus == 0 ? 0.0 : (double) blocks.size() / pcpus),
            load == null ? "-" : percent(load),
            waits.length == 0 ? "-" : percent(java.util.Arrays.stream(waits).average().orElse(0)),
            waits.length == 0 ? "-" : percent(java.util.Arrays.stream(waits).max().orElse(0))});
    }

    /** A real host's VMs in a row: colour, name, vCPUs placed and their mean run-queue wait. */
    private int realVms(GC gc, Rectangle area, RunQueueFrame f, int y) {
        Map<String, List<RunQueueFrame.Block>> byVm = new java.util.TreeMap<>();
        f.columns().forEach(c -> c.blocks().forEach(b -> byVm.computeIfAbsent(
                java.util.Objects.requireNonNullElse(RunQueueFrame.vmOf(b.subject()), b.subject()),
                k -> new ArrayList<>()).add(b)));
        int x = 6;
        for (Map.Entry<String, List<RunQueueFrame.Block>> e : byVm.entrySet()) {
            double[] waits = e.getValue().stream().mapToDouble(RunQueueFrame.Block::queueWait)
                    .filter(w -> !Double.isNaN(w)).toArray();
            String label = NLS.bind(RunQueueMessages.realVm, new Object[] {shortName(e.getKey()), e.getValue().size(),
                waits.length == 0 ? "-" : percent(java.util.Arrays.stream(waits).average().orElse(0))});
            Point ext = gc.textExtent(label);
            if (x + ext.x + 30 > area.width && x > 6) {
                x = 6;
                y += LINE + 2;
            }
            gc.setBackground(palette.of(e.getValue().get(0).subject()));
            gc.fillRectangle(x, y + 3, 10, 10);
            gc.drawText(label, x + 13, y, true);
            texts.add(label);
            x += ext.x + 13 + 24;
        }
        return y + LINE + 6;
    }

    /** Draws {@code text} wrapped at {@code width} (a legend is longer than a narrow view); the y below it. */
    private int text(GC gc, String text, int x, int y, int width) {
        TextLayout layout = new TextLayout(gc.getDevice());
        try {
            layout.setFont(gc.getFont());
            layout.setWidth(Math.max(50, width));
            layout.setText(text);
            layout.draw(gc, x, y);
            texts.add(text);
            return y + layout.getBounds().height;
        } finally {
            layout.dispose();
        }
    }

    /** The header's lines as last painted; for tests. */
    List<String> texts() {
        return List.copyOf(texts);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }

    private void columns(GC gc, Rectangle r, RunQueueFrame f) {
        columnBounds.clear();
        int n = Math.max(1, f.columns().size());
        int w = Math.max(40, r.width / n);
        int maxBlocks = 1;
        for (RunQueueFrame.Column c : f.columns()) {
            maxBlocks = Math.max(maxBlocks, c.blocks().size());
        }
        int top = r.y + LINE + 2;
        int room = r.height - LINE - 4;
        // a real column has no order to keep: when its blocks would be too thin for a label, they
        // sit side by side in rows tall enough for one
        int rows = f.real() ? Math.max(1, Math.min(maxBlocks, room / LABELLED)) : maxBlocks;
        int perRow = (maxBlocks + rows - 1) / rows;
        int bh = Math.max(6, Math.min(34, room / rows));
        Map<String, int[]> blockAt = new HashMap<>();
        for (int i = 0; i < f.columns().size(); i++) {
            RunQueueFrame.Column c = f.columns().get(i);
            int x = r.x + i * w;
            columnBounds.add(new Rectangle(x, r.y, w, r.height));
            gc.setForeground(faint);
            gc.drawRectangle(x + 1, r.y, w - 3, r.height - 1);
            gc.setForeground(ink);
            gc.drawText("pcpu" + c.pcpu() + (f.real() ? "" : " \u00b7 " + c.blocks().size()), x + 4, r.y + 1, true);
            int bw = (w - 9) / perRow;
            for (int b = 0; b < c.blocks().size(); b++) {
                RunQueueFrame.Block block = c.blocks().get(b);
                int bx = x + 4 + (b % perRow) * bw;
                int by = top + (b / perRow) * bh;
                int width = bw - (perRow > 1 ? 2 : 0);
                block(gc, bx, by, width, bh - 2, block, f.real());
                blockAt.put(block.subject(), new int[] {bx, by, width, bh - 2, i});
            }
            if (!f.real() && !Double.isNaN(c.threshold()) && c.threshold() > 0) {
                // blocks at ordinate >= threshold lie below this line (the running one is at 0)
                int below = c.blocks().size() - (int) Math.ceil(c.threshold());
                int ty = top + (int) Math.ceil(c.threshold()) * bh - 1;
                if (ty < r.y + r.height) {
                    gc.setForeground(orange);
                    gc.setLineWidth(3);
                    gc.setLineStyle(SWT.LINE_DASH);
                    gc.drawLine(x + 2, ty, x + w - 4, ty);
                    gc.setLineStyle(SWT.LINE_SOLID);
                    gc.setLineWidth(1);
                    if (below <= 0) { // only where no block's label lies under it (the legend says what it is)
                        gc.drawText(RunQueueMessages.threshold, x + w - 4 - gc.textExtent(RunQueueMessages.threshold).x,
                                ty + 2, true);
                    }
                    gc.setForeground(ink);
                }
            }
        }
        debts(gc, f, w, r, blockAt);
        recent(gc, f, w, r, top, blockAt);
    }

    private void block(GC gc, int x, int y, int w, int h, RunQueueFrame.Block b, boolean real) {
        gc.setBackground(b.spinning() ? red : palette.of(b.subject()));
        gc.fillRectangle(x, y, w, h);
        gc.setForeground(b.holder() ? red : ink);
        // a real vCPU's "running" says only that its guest runs (libvirt reports QEMU's so): no bold outline
        gc.setLineWidth(b.running() && !real || b.holder() ? 2 : 1);
        if (b.holder()) {
            gc.setLineStyle(SWT.LINE_DASH);
        }
        gc.drawRectangle(x, y, w, h);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        gc.setForeground(ink);
        if (h >= 11) {
            String label = real ? realLabel(b) : b.running() ? "\u25b6 " + shortName(b.subject())
                    : b.ordinate() + " " + shortName(b.subject()) + String.format(Locale.ROOT, " +%.1f", b.vruntime() / 1e6);
            Rectangle clip = gc.getClipping();
            gc.setClipping(clip.intersection(new Rectangle(x, y, w, h))); // a long label stops at its block
            gc.drawText(label, x + 3, y + Math.max(0, (h - LINE) / 2), true);
            gc.setClipping(clip);
        }
        if (b.dirty()) {
            gc.setBackground(orange);
            gc.fillOval(x + w - 11, y + 1, 9, 9);
        }
    }

    /**
     * A real vCPU: its name, CPU share and run-queue wait over the last interval and its wait in
     * all. No "running" mark: libvirt reports QEMU's vCPUs as running whenever the guest runs,
     * even while they wait for a pCPU; "blocked" is said when a driver reports it.
     */
    private static String realLabel(RunQueueFrame.Block b) {
        StringBuilder label = new StringBuilder(shortName(b.subject()));
        if (!b.running()) {
            label.append("  ").append(RunQueueMessages.realBlocked);
        }
        if (!Double.isNaN(b.cpuShare())) {
            label.append("   ").append(NLS.bind(RunQueueMessages.realRan, percent(b.cpuShare())));
        }
        if (!Double.isNaN(b.queueWait())) {
            label.append("   ").append(NLS.bind(RunQueueMessages.realWaited, percent(b.queueWait())));
        }
        if (b.delay() >= 0) {
            label.append("   ").append(NLS.bind(RunQueueMessages.realDelay, String.format(Locale.ROOT, "%.1f",
                    b.delay() / 1e9)));
        }
        return label.toString();
    }

    private void debts(GC gc, RunQueueFrame f, int w, Rectangle r, Map<String, int[]> blockAt) {
        Map<String, Integer> lender = new HashMap<>();
        for (TelemetryEvent e : f.decisions()) {
            if ("lend".equals(e.text(Attribute.DECISION))) {
                lender.put(e.text("sibling"), (int) e.number(Attribute.PCPU, -1));
            }
        }
        gc.setForeground(green);
        gc.setLineWidth(2);
        for (RunQueueFrame.Column c : f.columns()) {
            for (String[] d : c.debts()) {
                int[] to = blockAt.get(d[0]);
                if (to == null) {
                    continue;
                }
                int fromCpu = lender.getOrDefault(d[0], -1);
                int fx = fromCpu >= 0 ? r.x + fromCpu * w + w / 2 : to[0] - 20;
                int fy = r.y + LINE + 4;
                arrow(gc, fx, fy, to[0], to[1] + to[3] / 2);
                gc.drawText(String.format(Locale.ROOT, "%.1f ms", Long.parseLong(d[1]) / 1e6), to[0] - 40,
                        to[1] + to[3] / 2, true);
            }
        }
        gc.setLineWidth(1);
        gc.setForeground(ink);
    }

    /** Recent decisions, fading with age: skips, migrations, IPIs, lock-holder preemptions. */
    private void recent(GC gc, RunQueueFrame f, int w, Rectangle r, int top, Map<String, int[]> blockAt) {
        if (f.decisions().isEmpty()) {
            return;
        }
        long oldest = f.decisions().get(0).time();
        long window = Math.max(1, f.time() - oldest);
        for (TelemetryEvent e : f.decisions()) {
            int alpha = (int) (60 + 195 * (1.0 - (double) (f.time() - e.time()) / window));
            gc.setAlpha(Math.max(40, Math.min(255, alpha)));
            String decision = e.text(Attribute.DECISION);
            int cpu = (int) e.number(Attribute.PCPU, -1);
            int target = (int) e.number("target", -1);
            int cx = r.x + cpu * w + w / 2;
            switch (decision == null ? "" : decision) {
                case "skip" -> {
                    // a frame round the skipped block: a word on it covered the thread's own label
                    int[] at = blockAt.get(e.text(Attribute.VCPU));
                    if (at != null) {
                        gc.setForeground(orange);
                        gc.setLineWidth(2);
                        gc.drawRectangle(at[0] + 1, at[1] + 1, at[2] - 2, at[3] - 2);
                        gc.setLineWidth(1);
                    }
                }
                case "migrate" -> {
                    gc.setForeground(blue);
                    arrow(gc, r.x + target * w + w / 2, r.y + r.height - 20, cx, r.y + r.height - 20);
                }
                case "ipi" -> {
                    gc.setForeground(purple);
                    gc.setLineStyle(SWT.LINE_DOT);
                    arrow(gc, cx, r.y + r.height - 34, r.x + target * w + w / 2, r.y + r.height - 34);
                    gc.setLineStyle(SWT.LINE_SOLID);
                }
                case "lhp" -> {
                    gc.setForeground(red);
                    gc.drawText("LHP", cx - 10, r.y + r.height - 50, true);
                }
                default -> {
                }
            }
        }
        gc.setAlpha(255);
        gc.setForeground(ink);
    }

    private void tree(GC gc, Rectangle r, RunQueueFrame.Column c) {
        gc.setForeground(faint);
        gc.drawRectangle(r);
        gc.setForeground(ink);
        gc.drawText(NLS.bind(RunQueueMessages.treeTitle, c.pcpu()), r.x + 4, r.y + 2, true);
        List<RunQueueFrame.Block> waiting = c.blocks().stream().filter(b -> !b.running()).toList();
        int n = waiting.size();
        if (n == 0) {
            return;
        }
        int[] parent = new int[n];
        int[] rbIndex = new int[n];
        boolean[] isRed = new boolean[n];
        for (int i = 0; i < n; i++) {
            String[] p = waiting.get(i).tree().split(":");
            rbIndex[i] = p.length > 0 && !p[0].isEmpty() ? Integer.parseInt(p[0]) : 0;
            parent[i] = p.length > 1 ? Integer.parseInt(p[1]) : -1;
            isRed[i] = p.length > 2 && p[2].equals("r");
        }
        int[] depth = new int[n];
        int maxDepth = 0;
        for (int i = 0; i < n; i++) {
            for (int a = parent[i]; a >= 0 && depth[i] < n; a = parent[a]) {
                depth[i]++;
            }
            maxDepth = Math.max(maxDepth, depth[i]);
        }
        int dx = Math.max(8, Math.min(44, (r.width - 16) / n));
        int dy = Math.max(18, Math.min(40, (r.height - 30) / (maxDepth + 1)));
        int radius = Math.max(7, Math.min(13, dx / 2 - 1));
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                gc.drawLine(r.x + 8 + i * dx + dx / 2, r.y + 26 + depth[i] * dy, r.x + 8 + parent[i] * dx + dx / 2,
                        r.y + 26 + depth[parent[i]] * dy);
            }
        }
        for (int i = 0; i < n; i++) {
            int x = r.x + 8 + i * dx + dx / 2;
            int y = r.y + 26 + depth[i] * dy;
            gc.setBackground(isRed[i] ? red : ink);
            gc.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
            gc.setForeground(palette.of(waiting.get(i).subject()));
            gc.setLineWidth(2);
            gc.drawOval(x - radius, y - radius, 2 * radius, 2 * radius);
            gc.setLineWidth(1);
            gc.setForeground(white);
            String label = Integer.toString(rbIndex[i]);
            Point ext = gc.textExtent(label);
            gc.drawText(label, x - ext.x / 2, y - ext.y / 2, true);
            gc.setForeground(ink);
        }
    }

    private void gantt(GC gc, Rectangle r, RunQueueFrame f, long span) {
        gc.setForeground(ink);
        gc.drawText(f.real() ? NLS.bind(RunQueueMessages.realGantt, span / 1_000_000_000)
                : NLS.bind(RunQueueMessages.gantt, span / 1_000_000), r.x, r.y, true);
        int rows = Math.max(1, f.columns().size());
        int top = r.y + LINE + 2;
        // a real host has few pCPUs, each shared by vCPUs in stripes: rows as tall as there is room for
        int rowH = Math.max(2, Math.min(f.real() ? 48 : 16, (r.height - LINE - 4) / rows));
        int labelW = rowH >= 10 ? 50 : 0;
        int width = r.width - labelW;
        long start = f.time() - span;
        for (int i = 0; i < rows; i++) {
            int y = top + i * rowH;
            if (labelW > 0) {
                gc.drawText("pcpu" + i, r.x, y + Math.max(0, (rowH - LINE) / 2), true);
            }
            gc.setBackground(faint);
            gc.fillRectangle(r.x + labelW, y, width, Math.max(1, rowH - 1));
            List<RunQueueFrame.Segment> segments = f.gantt().getOrDefault(i, List.of());
            // a simulated pCPU runs one thread at a time; libvirt may have seen several vCPUs on one
            // pCPU in one interval: each gets a stripe of its own, so none hides another
            List<String> stripes = f.real() ? segments.stream().map(RunQueueFrame.Segment::subject).distinct().sorted()
                    .toList() : List.of();
            int stripeH = Math.max(1, (rowH - 1) / Math.max(1, stripes.size()));
            for (RunQueueFrame.Segment s : segments) {
                // a frame read before the span was shortened (a slower speed) reaches further back
                if (s.end() <= start) {
                    continue;
                }
                int x0 = r.x + labelW + (int) (Math.max(0, s.start() - start) * width / Math.max(1, span));
                int x1 = r.x + labelW + (int) ((s.end() - start) * width / Math.max(1, span));
                int stripe = stripes.indexOf(s.subject());
                int sy = stripe < 0 ? y : y + stripe * stripeH;
                int sh = stripe < 0 ? Math.max(1, rowH - 1) : Math.max(1, stripeH - (stripeH > 4 ? 1 : 0));
                gc.setBackground(RunQueueFrame.SPINNING.equals(s.state()) ? red : palette.of(s.subject()));
                gc.fillRectangle(x0, sy, Math.max(1, x1 - x0), sh);
            }
        }
    }

    private static void arrow(GC gc, int x0, int y0, int x1, int y1) {
        gc.drawLine(x0, y0, x1, y1);
        double a = Math.atan2(y1 - y0, x1 - x0);
        int s = 7;
        gc.drawLine(x1, y1, (int) (x1 - s * Math.cos(a - 0.4)), (int) (y1 - s * Math.sin(a - 0.4)));
        gc.drawLine(x1, y1, (int) (x1 - s * Math.cos(a + 0.4)), (int) (y1 - s * Math.sin(a + 0.4)));
    }

    /** {@code vm/kernbench/vcpu2} as {@code kernbench/2}; other subjects by their last part. */
    static String shortName(String subject) {
        String vm = RunQueueFrame.vmOf(subject);
        int at = subject.lastIndexOf("/vcpu");
        if (vm != null && at > 0) {
            return vm.substring(3) + "/" + subject.substring(at + 5);
        }
        return subject.substring(subject.lastIndexOf('/') + 1);
    }

    private static String fmt(Double v, double scale) {
        if (v == null) {
            return "-";
        }
        double x = v / scale;
        return scale == 1 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.2f", x);
    }
}
