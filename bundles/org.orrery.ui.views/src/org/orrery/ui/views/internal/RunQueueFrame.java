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
 * <p>
 * A lab watches several hypervisors into one store, and their pCPU numbers are unrelated: a real
 * frame shows one of them ({@link #host}), the one asked for or else the first seen.
 *
 * @param time      the instant shown, ns
 * @param real      true when built from placement only (no queue order: libvirt does not show it)
 * @param columns   one per pCPU, by index
 * @param gantt     per pCPU index, what ran over the span
 * @param decisions SCHEDULER events of the last moments, oldest first
 * @param vms       per VM subject, its distance, threshold and stacked flag
 * @param counters  the host's counters (context switches, spin, lag, ...; for a real host its CPU
 *                  load, pCPUs and VMs as the monitor reports them), by name
 * @param host      the real host shown (the URI its vCPUs report), or null for a simulated one
 * @param hosts     the real hosts the store has vCPUs of, by URI, with their names
 */
public record RunQueueFrame(long time, boolean real, List<Column> columns, Map<Integer, List<Segment>> gantt,
        List<TelemetryEvent> decisions, Map<String, VmState> vms, Map<String, Double> counters, String host,
        Map<String, String> hosts) {

    /**
     * A waiting or running thread in a column. For a real host: {@code cpuShare} and
     * {@code queueWait} over the last sampling interval (fractions), {@code delay} the run-queue
     * wait since the vCPU started (ns, libvirt's {@code vcpu.N.delay}); NaN or -1 when not known.
     */
    public record Block(String subject, long vruntime, int ordinate, String tree, boolean running, boolean dirty,
            boolean spinning, boolean holder, double queueWait, double cpuShare, long delay) {
    }

    /** One pCPU. */
    public record Column(int pcpu, String subject, List<Block> blocks, double threshold, List<String[]> debts) {
    }

    /** A stretch of a thread on a pCPU. */
    public record Segment(long start, long end, String subject, String state) {
    }

    /** A VM's siblings at the instant. */
    public record VmState(long distance, double threshold, boolean stacked) {
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
        /** Every host subject with metrics; {@link #host} is the first (a simulation has one). */
        final List<String> hosts = new ArrayList<>();
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
            hosts.clear();
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
                        hosts.add(e.subject());
                    }
                }
            });
            pcpus.addAll(byIndex.values());
            host = hosts.isEmpty() ? null : hosts.get(0);
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

    /**
     * The frame at {@code time} with a Gantt over {@code span} ns before it; of a real host, the
     * one whose URI is {@code host} if the store has its vCPUs, else the first.
     */
    static RunQueueFrame read(TelemetryStore store, Catalog catalog, long time, long span, String host) {
        boolean real = catalog.pcpus.isEmpty();
        Map<String, List<TelemetryEvent>> events = new HashMap<>();
        Map<String, String> hosts = new TreeMap<>();
        for (String thread : catalog.threads) {
            List<TelemetryEvent> e = threadEvents(store, thread, time, span);
            if (!e.isEmpty()) {
                events.put(thread, e);
                String h = e.get(e.size() - 1).text(Attribute.HOST);
                if (real && h != null) {
                    hosts.put(h, h);
                }
            }
        }
        Map<String, Double> counters = new TreeMap<>();
        String shown = null;
        if (real) {
            shown = host != null && hosts.containsKey(host) ? host : hosts.isEmpty() ? null : hosts.keySet().iterator().next();
            realHosts(store, catalog, time, hosts, shown, counters);
        } else if (catalog.host != null) {
            TelemetryEvent h = last(store, catalog.host, EventKind.METRIC, time, 2_000_000_000L);
            if (h != null) {
                numbers(h, counters);
            }
        }
        Map<String, TelemetryEvent> lastState = new HashMap<>();
        Map<Integer, List<Segment>> gantt = new TreeMap<>();
        for (Map.Entry<String, List<TelemetryEvent>> e : events.entrySet()) {
            List<TelemetryEvent> list = e.getValue();
            TelemetryEvent lastEvent = list.get(list.size() - 1);
            if (shown == null || shown.equals(lastEvent.text(Attribute.HOST))) {
                lastState.put(e.getKey(), lastEvent);
            }
            segments(list, time, span, shown, gantt);
        }
        List<Column> columns = real ? placementColumns(lastState, counters.getOrDefault(Attribute.PCPUS, 0.0).intValue())
                : queueColumns(store, catalog, time, lastState);
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
        return new RunQueueFrame(time, real, columns, gantt, decisions, vms, counters, shown, hosts);
    }

    /**
     * Names the real hosts (a host's metrics carry its URI) and puts the numbers of the one shown
     * into {@code counters}; hosts are sampled every few seconds at most, so the last minute is searched.
     */
    private static void realHosts(TelemetryStore store, Catalog catalog, long time, Map<String, String> hosts,
            String shown, Map<String, Double> counters) {
        for (String subject : catalog.hosts) {
            TelemetryEvent h = last(store, subject, EventKind.METRIC, time, 60_000_000_000L);
            String uri = h == null ? null : h.text(Attribute.HOST);
            if (uri != null && hosts.containsKey(uri)) {
                hosts.put(uri, subject.substring("host/".length()));
                if (uri.equals(shown)) {
                    numbers(h, counters);
                }
            }
        }
    }

    private static void numbers(TelemetryEvent e, Map<String, Double> into) {
        e.attributes().forEach((k, v) -> {
            if (v instanceof Number n) {
                into.put(k, n.doubleValue());
            }
        });
    }

    /** The events of one thread over twice the span (its last one at least, if recent enough). */
    private static List<TelemetryEvent> threadEvents(TelemetryStore store, String thread, long time, long span) {
        List<TelemetryEvent> events = new ArrayList<>();
        long from = Math.max(0, time - 2 * span);
        store.forEach(new SeriesKey.Lane(thread, EventKind.VCPU_STATE), new TimeRange(from, time), events::add);
        if (events.isEmpty()) {
            TelemetryEvent e = last(store, thread, EventKind.VCPU_STATE, time, 10_000_000_000L);
            if (e != null) {
                events.add(e);
            }
        }
        return events;
    }

    /**
     * The Gantt segments of one thread over the span: each running (or spinning) state lasts until
     * the thread's next event; of a real host only the stretches on host {@code host}.
     */
    private static void segments(List<TelemetryEvent> events, long time, long span, String host,
            Map<Integer, List<Segment>> gantt) {
        for (int i = 0; i < events.size(); i++) {
            TelemetryEvent e = events.get(i);
            String state = e.text(Attribute.STATE);
            if (!"running".equals(state) && !SPINNING.equals(state)
                    || host != null && !host.equals(e.text(Attribute.HOST))) {
                continue;
            }
            long end = i + 1 < events.size() ? events.get(i + 1).time() : time;
            long start = Math.max(e.time(), time - span);
            if (end > start) {
                gantt.computeIfAbsent((int) e.number(Attribute.PCPU, -1), k -> new ArrayList<>())
                        .add(new Segment(start, end, e.subject(), state));
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
                holders.containsKey(subject), Double.NaN, Double.NaN, -1);
    }

    /**
     * Real host: each vCPU in the column of the pCPU it last ran on, running ones first; a column
     * for every one of the host's {@code pcpus} CPUs (when known), with vCPUs on them or not.
     */
    private static List<Column> placementColumns(Map<String, TelemetryEvent> lastState, int pcpus) {
        Map<Integer, List<Block>> byPcpu = new TreeMap<>();
        for (TelemetryEvent e : lastState.values()) {
            int pcpu = (int) e.number(Attribute.PCPU, -1);
            if (pcpu < 0 || "offline".equals(e.text(Attribute.STATE))) {
                continue;
            }
            boolean running = "running".equals(e.text(Attribute.STATE));
            byPcpu.computeIfAbsent(pcpu, k -> new ArrayList<>()).add(new Block(e.subject(), 0, -1, "", running, false,
                    false, false, e.number(RUN_QUEUE_WAIT, Double.NaN), e.number(Attribute.CPU_LOAD, Double.NaN),
                    (long) e.number(Attribute.RUN_QUEUE_DELAY, -1)));
        }
        List<Column> columns = new ArrayList<>();
        int max = byPcpu.isEmpty() ? pcpus - 1 : Math.max(pcpus - 1, ((TreeMap<Integer, List<Block>>) byPcpu).lastKey());
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
