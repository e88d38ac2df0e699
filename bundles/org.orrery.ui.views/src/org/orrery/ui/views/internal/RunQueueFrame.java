package org.orrery.ui.views.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/**
 * What the run-queue view draws at one instant, read from a telemetry store the way a Trace
 * Compass data provider answers a view: per pCPU the last RUN_QUEUE snapshot at or before the
 * instant (a simulated host), or, when the store has none (a real host watched through libvirt),
 * the vCPUs placed on each pCPU by their last VCPU_STATE; a Gantt of who ran where over a span
 * before the instant; the recent scheduler decisions (for the animation); per-VM distance and
 * stacking; the host's counters. Attribute names are those of the simulator's
 * {@code org.orrery.sim.sched.SchedAttribute}, repeated here because the view reads telemetry only.
 *
 * @param time      the instant shown, ns
 * @param real      true when built from placement only (no queue order: libvirt does not show it)
 * @param columns   one per pCPU, by index
 * @param gantt     per pCPU index, what ran over the span
 * @param decisions SCHEDULER events of the last moments, oldest first
 * @param vms       per VM subject, its distance, threshold and stacked flag
 * @param counters  the host's counters (context switches, spin, lag, ...), by name
 */
record RunQueueFrame(long time, boolean real, List<Column> columns, Map<Integer, List<Segment>> gantt,
        List<TelemetryEvent> decisions, Map<String, VmState> vms, Map<String, Double> counters) {

    /** A waiting or running thread in a column. */
    record Block(String subject, long vruntime, int ordinate, String tree, boolean running, boolean dirty,
            boolean spinning, boolean holder, double queueWait) {
    }

    /** One pCPU. */
    record Column(int pcpu, String subject, List<Block> blocks, double threshold, List<String[]> debts) {
    }

    /** A stretch of a thread on a pCPU. */
    record Segment(long start, long end, String subject, String state) {
    }

    /** A VM's siblings at the instant. */
    record VmState(long distance, double threshold, boolean stacked) {
    }

    static final String CURRENT = "current";
    static final String VRUNTIMES = "vruntimes";
    static final String ORDINATES = "ordinates";
    static final String TREE = "tree";
    static final String DIRTY = "dirty";
    static final String DEBTS = "debts";
    static final String THRESHOLD = "threshold";
    static final String HOLDER = "holder";
    static final String DISTANCE = "distance";
    static final String STACKED = "stacked";
    static final String RUN_QUEUE_WAIT = "runQueueWait";
    static final String SPINNING = "spinning";

    /** Subjects a store holds, by what they are; refreshed now and then (listing is not free). */
    static final class Catalog {
        final List<String> pcpus = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        final List<String> vms = new ArrayList<>();
        String host;
        int size = -1;

        /** Re-lists the subjects when the store has grown by more than {@code growth} events. */
        void refresh(TelemetryStore store, int growth) {
            if (size >= 0 && store.size() - size < growth && store.size() >= size) {
                return;
            }
            size = store.size();
            pcpus.clear();
            threads.clear();
            vms.clear();
            host = null;
            Map<Integer, String> byIndex = new TreeMap<>();
            store.tree().forEach(e -> {
                if (e.kind() == EventKind.RUN_QUEUE && e.attribute() == null) {
                    byIndex.put(pcpuIndex(e.subject()), e.subject());
                } else if (e.kind() == EventKind.VCPU_STATE && e.attribute() == null) {
                    threads.add(e.subject());
                } else if (e.kind() == EventKind.METRIC && e.attribute() == null && e.subject() != null) {
                    if (e.subject().startsWith("vm/")) {
                        vms.add(e.subject());
                    } else if (e.subject().startsWith("host/")) {
                        host = e.subject();
                    }
                }
            });
            pcpus.addAll(byIndex.values());
        }
    }

    static int pcpuIndex(String subject) {
        int i = subject.lastIndexOf("pcpu");
        try {
            return i < 0 ? -1 : Integer.parseInt(subject.substring(i + 4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The frame at {@code time} with a Gantt over {@code span} ns before it. */
    static RunQueueFrame read(TelemetryStore store, Catalog catalog, long time, long span) {
        Map<String, TelemetryEvent> lastState = new HashMap<>();
        Map<Integer, List<Segment>> gantt = new TreeMap<>();
        for (String thread : catalog.threads) {
            readThread(store, thread, time, span, lastState, gantt);
        }
        boolean real = catalog.pcpus.isEmpty();
        List<Column> columns = real ? placementColumns(lastState) : queueColumns(store, catalog, time, lastState);
        List<TelemetryEvent> decisions = new ArrayList<>();
        long recent = Math.max(0, time - span / 8);
        for (String pcpu : catalog.pcpus) {
            store.forEach(new SeriesKey.Lane(pcpu, EventKind.SCHEDULER), new TimeRange(recent, time), e -> {
                if (!"pick".equals(e.text(Attribute.DECISION))) {
                    decisions.add(e);
                }
            });
        }
        decisions.sort((a, b) -> Long.compare(a.time(), b.time()));
        Map<String, VmState> vms = new TreeMap<>();
        for (String vm : catalog.vms) {
            TelemetryEvent m = last(store, vm, EventKind.METRIC, time, 2_000_000_000L);
            if (m != null && m.attributes().containsKey(DISTANCE)) {
                vms.put(vm, new VmState((long) m.number(DISTANCE, 0), m.number(THRESHOLD, Double.NaN),
                        m.number(STACKED, 0) > 0));
            }
        }
        Map<String, Double> counters = new TreeMap<>();
        if (catalog.host != null) {
            TelemetryEvent h = last(store, catalog.host, EventKind.METRIC, time, 2_000_000_000L);
            if (h != null) {
                h.attributes().forEach((k, v) -> {
                    if (v instanceof Number n) {
                        counters.put(k, n.doubleValue());
                    }
                });
            }
        }
        return new RunQueueFrame(time, real, columns, gantt, decisions, vms, counters);
    }

    /** The Gantt segments of one thread over the span, and its last state at or before {@code time}. */
    private static void readThread(TelemetryStore store, String thread, long time, long span,
            Map<String, TelemetryEvent> lastState, Map<Integer, List<Segment>> gantt) {
        List<TelemetryEvent> events = new ArrayList<>();
        long from = Math.max(0, time - 2 * span);
        store.forEach(new SeriesKey.Lane(thread, EventKind.VCPU_STATE), new TimeRange(from, time), events::add);
        if (events.isEmpty()) {
            TelemetryEvent e = last(store, thread, EventKind.VCPU_STATE, time, 10_000_000_000L);
            if (e != null) {
                events.add(e);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        lastState.put(thread, events.get(events.size() - 1));
        for (int i = 0; i < events.size(); i++) {
            TelemetryEvent e = events.get(i);
            String state = e.text(Attribute.STATE);
            if (!"running".equals(state) && !SPINNING.equals(state)) {
                continue;
            }
            long end = i + 1 < events.size() ? events.get(i + 1).time() : time;
            long start = Math.max(e.time(), time - span);
            if (end > start) {
                gantt.computeIfAbsent((int) e.number(Attribute.PCPU, -1), k -> new ArrayList<>())
                        .add(new Segment(start, end, thread, state));
            }
        }
    }

    private static List<Column> queueColumns(TelemetryStore store, Catalog catalog, long time,
            Map<String, TelemetryEvent> lastState) {
        List<Column> columns = new ArrayList<>();
        Map<String, String> holders = new HashMap<>();
        for (TelemetryEvent s : lastState.values()) {
            if (SPINNING.equals(s.text(Attribute.STATE)) && s.text(HOLDER) != null) {
                holders.put(s.text(HOLDER), s.subject());
            }
        }
        for (String pcpu : catalog.pcpus) {
            TelemetryEvent q = last(store, pcpu, EventKind.RUN_QUEUE, time, 5_000_000_000L);
            List<Block> blocks = new ArrayList<>();
            List<String[]> debts = new ArrayList<>();
            double threshold = Double.NaN;
            if (q != null) {
                List<String> dirty = words(q.text(DIRTY));
                String current = q.text(CURRENT);
                if (current != null && !current.isEmpty()) {
                    blocks.add(block(current, 0, 0, "", true, dirty, lastState, holders));
                }
                List<String> queue = words(q.text(Attribute.QUEUE));
                List<String> vr = words(q.text(VRUNTIMES));
                List<String> ord = words(q.text(ORDINATES));
                List<String> tree = words(q.text(TREE));
                for (int i = 0; i < queue.size(); i++) {
                    blocks.add(block(queue.get(i), i < vr.size() ? Long.parseLong(vr.get(i)) : 0,
                            i < ord.size() ? Integer.parseInt(ord.get(i)) : i, i < tree.size() ? tree.get(i) : "",
                            false, dirty, lastState, holders));
                }
                for (String d : words(q.text(DEBTS))) {
                    int colon = d.lastIndexOf(':');
                    debts.add(new String[] {d.substring(0, colon), d.substring(colon + 1)});
                }
                threshold = q.number(THRESHOLD, Double.NaN);
            }
            columns.add(new Column(pcpuIndex(pcpu), pcpu, blocks, threshold, debts));
        }
        return columns;
    }

    private static Block block(String subject, long vruntime, int ordinate, String tree, boolean running,
            List<String> dirty, Map<String, TelemetryEvent> lastState, Map<String, String> holders) {
        TelemetryEvent s = lastState.get(subject);
        boolean spinning = s != null && SPINNING.equals(s.text(Attribute.STATE));
        return new Block(subject, vruntime, ordinate, tree, running, dirty.contains(subject), spinning,
                holders.containsKey(subject), Double.NaN);
    }

    /** Real host: each vCPU in the column of the pCPU it last ran on; running ones first. */
    private static List<Column> placementColumns(Map<String, TelemetryEvent> lastState) {
        Map<Integer, List<Block>> byPcpu = new TreeMap<>();
        for (TelemetryEvent e : lastState.values()) {
            int pcpu = (int) e.number(Attribute.PCPU, -1);
            if (pcpu < 0 || "offline".equals(e.text(Attribute.STATE))) {
                continue;
            }
            boolean running = "running".equals(e.text(Attribute.STATE));
            byPcpu.computeIfAbsent(pcpu, k -> new ArrayList<>()).add(new Block(e.subject(), 0, -1, "", running, false,
                    false, false, e.number(RUN_QUEUE_WAIT, Double.NaN)));
        }
        List<Column> columns = new ArrayList<>();
        int max = byPcpu.isEmpty() ? -1 : ((TreeMap<Integer, List<Block>>) byPcpu).lastKey();
        for (int c = 0; c <= max; c++) {
            List<Block> blocks = byPcpu.getOrDefault(c, new ArrayList<>());
            blocks.sort((a, b) -> a.running() != b.running() ? (a.running() ? -1 : 1) : a.subject().compareTo(b.subject()));
            columns.add(new Column(c, "pcpu" + c, blocks, Double.NaN, List.of()));
        }
        return columns;
    }

    /** The last event of a lane at or before {@code time}, looking back at most {@code horizon} ns. */
    static TelemetryEvent last(TelemetryStore store, String subject, EventKind kind, long time, long horizon) {
        TelemetryEvent[] found = new TelemetryEvent[1];
        // look back a little first: lanes are dense and a long range would decode many chunks
        for (long back = Math.min(horizon, 50_000_000L); found[0] == null; back *= 8) {
            store.forEach(new SeriesKey.Lane(subject, kind), new TimeRange(Math.max(0, time - back), time), e -> found[0] = e);
            if (back >= horizon || time - back <= 0) {
                break;
            }
        }
        return found[0];
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.strip().split(" "));
    }

    /** The VM a thread subject belongs to ({@code vm/NAME} of {@code vm/NAME/vcpuN}), or null. */
    static String vmOf(String subject) {
        if (!subject.startsWith("vm/")) {
            return null;
        }
        int slash = subject.indexOf('/', 3);
        return slash < 0 ? subject : subject.substring(0, slash);
    }
}
