package org.orrery.ui.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.testing.Machine;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * Streams 50,000 telemetry events per second into the store of the current run while every Orrery
 * live view is open in the Run perspective, and prints the longest stall of the UI thread and the
 * events per second ingested (targets: stall under 100 ms, no event lost).
 * <p>
 * The stream is what a busy run looks like: 40 migrations at a time, each sending a round every
 * 50 ms and ending after 4 s (START, ROUND..., SWITCHOVER, END), every host's CPU load and VM count,
 * link utilizations, and life-cycle and placement changes of the migrated VMs. A producer thread
 * appends them paced to the wall clock (in 1 ms batches); the UI thread runs its event loop and a
 * 5 ms heartbeat timer whose gaps are the stalls.
 * <p>
 * Not part of the test suite (its name does not end in Test). Run it with {@code ./orrery bench-views};
 * ORRERY_BENCH_SECONDS sets the streaming time (default 20).
 */
class LiveViewsBenchmark {

    private static final int RATE = 50_000;
    private static final int HOSTS = 200;
    private static final int LINKS = 50;
    private static final int MIGRATIONS = 40;
    private static final long SECOND = 1_000_000_000L;
    private static final long HEARTBEAT_MS = 5;

    @Test
    void streamWhileTheViewsAreOpen() throws Exception {
        int seconds = Integer.parseInt(System.getenv().getOrDefault("ORRERY_BENCH_SECONDS", "20"));
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("org.orrery.ui.perspective.run",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        // ORRERY_BENCH_VIEWS=id,id,... opens only those views (to find which one stalls); default: all
        String only = System.getenv().getOrDefault("ORRERY_BENCH_VIEWS", "");
        List<IViewPart> open = new ArrayList<>();
        for (IViewDescriptor d : PlatformUI.getWorkbench().getViewRegistry().getViews()) {
            if (d.getId().startsWith("org.orrery.ui.views.") && (only.isBlank() || List.of(only.split(","))
                    .contains(d.getId()))) {
                open.add(page.showView(d.getId(), null, IWorkbenchPage.VIEW_VISIBLE));
            }
        }
        // Views stacked in one folder do not all paint: bring the busiest ones to the top of theirs
        // (the event log below, the first live view on the right); the others still refresh their
        // models on their timers.
        for (IViewPart v : open) {
            String id = v.getSite().getId();
            if (id.equals(EventLogView.ID) || id.startsWith("org.orrery.ui.views.live.")) {
                page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
            }
        }
        TelemetryStore store = new TelemetryStore();
        RunSessions.show(new RunSession("50,000 events/s", "simulation", 1, store));
        UiTestSupport.pump(500);
        String views = open.stream().map(v -> v.getSite().getRegisteredName() + (page.isPartVisible(v) ? " (on top)"
                : " (behind)")).collect(java.util.stream.Collectors.joining(", "));

        Display display = Display.getCurrent();
        List<Long> gaps = new ArrayList<>();
        long[] last = {System.nanoTime()};
        AtomicBoolean streaming = new AtomicBoolean(true);
        Runnable[] beat = new Runnable[1];
        beat[0] = () -> {
            long now = System.nanoTime();
            gaps.add(now - last[0]);
            last[0] = now;
            if (streaming.get()) {
                display.timerExec((int) HEARTBEAT_MS, beat[0]);
            }
        };
        // A watchdog samples the UI thread's stack every 2 ms while a heartbeat is 20 ms overdue;
        // for the longest stall it prints how many samples fell in each place (the first Orrery
        // frame and the top frame): a profile of the stall, not one sample at a random moment.
        Thread ui = Thread.currentThread();
        long[] lastBeat = last;
        String[] worst = {"", ""};
        long[] worstLate = {0};
        Thread watchdog = new Thread(() -> {
            long stallOf = -1;
            long stallLate = 0;
            java.util.Map<String, Integer> samples = new java.util.LinkedHashMap<>();
            while (streaming.get()) {
                long beatAt = lastBeat[0];
                long late = System.nanoTime() - beatAt - HEARTBEAT_MS * 1_000_000;
                if (beatAt != stallOf && stallOf != -1) { // the stall being sampled ended
                    if (stallLate > worstLate[0]) {
                        worstLate[0] = stallLate;
                        worst[0] = String.format(Locale.ROOT, "%.0f ms late, %d samples 2 ms apart",
                                stallLate / 1e6, samples.values().stream().mapToInt(Integer::intValue).sum());
                        StringBuilder sb = new StringBuilder();
                        samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                                .forEach(e -> sb.append(String.format(Locale.ROOT, "%n  %3d x %s", e.getValue(), e.getKey())));
                        worst[1] = sb.toString();
                    }
                    stallOf = -1;
                    samples.clear();
                }
                if (late > 20_000_000L) {
                    stallOf = beatAt;
                    stallLate = late;
                    samples.merge(place(ui.getStackTrace()), 1, Integer::sum);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(2_000_000L);
            }
        }, "stall-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        AtomicLong produced = new AtomicLong();
        AtomicLong producerCpu = new AtomicLong();
        Thread producer = new Thread(() -> {
            produce(store, seconds, produced);
            producerCpu.set(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        }, "telemetry-producer");
        CpuShares cpu = new CpuShares(ui);
        long wallStart = System.nanoTime();
        producer.start();
        display.timerExec((int) HEARTBEAT_MS, beat[0]);
        while (producer.isAlive()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        long wall = System.nanoTime() - wallStart;
        String cpuLine = cpu.report(wall, producerCpu.get());
        streaming.set(false);
        UiTestSupport.pump(1_000); // the views catch up with the last events
        UiTestSupport.save(UiTestSupport.capture(page.getWorkbenchWindow().getShell()), "live-views-benchmark");

        long[] stalls = gaps.stream().mapToLong(g -> Math.max(0, g - HEARTBEAT_MS * 1_000_000)).sorted().toArray();
        double longest = stalls.length == 0 ? 0 : stalls[stalls.length - 1] / 1e6;
        double p99 = stalls.length == 0 ? 0 : stalls[(int) (stalls.length * 0.99)] / 1e6;
        long lost = produced.get() - store.size();
        System.out.println("LiveViewsBenchmark: views open: " + views);
        System.out.printf(Locale.ROOT, "LiveViewsBenchmark: streamed %d events in %.2f s = %.0f events/s ingested "
                + "(target %d); store holds %d, lost %d%n", produced.get(), wall / 1e9, produced.get() / (wall / 1e9),
                RATE, store.size(), lost);
        System.out.printf(Locale.ROOT, "LiveViewsBenchmark: UI thread: longest stall %.1f ms (target < 100 ms), "
                + "99th percentile %.1f ms, %d heartbeats of %d ms%n", longest, p99, stalls.length, HEARTBEAT_MS);
        System.out.println("LiveViewsBenchmark: " + cpuLine);
        System.out.println("LiveViewsBenchmark: " + Machine.describe());
        if (!worst[0].isEmpty()) {
            System.out.println("LiveViewsBenchmark: where the UI thread was during the longest stall sampled (" + worst[0] + "):"
                    + worst[1].replace("\n", "\nLiveViewsBenchmark: "));
        }
        RunSessions.show(null);
        assertEquals(0, lost, "no event may be lost");
    }

    /** A stack in one line: its top frame, and the first Orrery frame under it (what did the work). */
    private static String place(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "(no stack)";
        }
        String top = stack[0].getClassName().replaceAll(".*\\.", "") + "." + stack[0].getMethodName();
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.orrery.") && !e.getClassName().contains("LiveViewsBenchmark")) {
                return e.getClassName().replaceAll(".*\\.", "") + "." + e.getMethodName() + ":" + e.getLineNumber()
                        + "  <- top: " + top;
            }
        }
        return "(no Orrery frame)  <- top: " + top;
    }

    /**
     * Where the machine's CPU went while the stream ran: the UI thread, the producer, the rest of
     * this JVM (GC, JIT, the views' timers' work off the UI thread), the X server, everything else.
     * On a machine with few cores a long stall is often the UI thread waiting for a core; this says
     * who had them.
     */
    private static final class CpuShares {
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private final Thread ui;
        private final long ui0;
        private final long process0;
        private final long xserver0;
        private final long[] machine0;

        CpuShares(Thread ui) {
            this.ui = ui;
            this.ui0 = threads.getThreadCpuTime(ui.threadId());
            this.process0 = processCpu();
            this.xserver0 = xServerCpu();
            this.machine0 = machineTicks();
        }

        /** @param producerNs the producer's CPU time, read by itself as it ended */
        String report(long wall, long producerNs) {
            long uiNs = threads.getThreadCpuTime(ui.threadId()) - ui0;
            long processNs = processCpu() - process0;
            long xNs = xServerCpu() - xserver0;
            long[] machine1 = machineTicks();
            long busy = machine1[0] - machine0[0];
            long all = machine1[1] - machine0[1];
            int cores = Runtime.getRuntime().availableProcessors();
            double machineBusy = all > 0 ? 100.0 * cores * busy / all : Double.NaN;
            return String.format(Locale.ROOT, "CPU while streaming (%% of one core; %d cores = %d%%): this JVM %.0f%% "
                    + "(UI thread %.0f%%, producer %.0f%%, GC/JIT/other threads %.0f%%), X server %.0f%%, "
                    + "whole machine %.0f%%", cores, 100 * cores, pct(processNs, wall), pct(uiNs, wall),
                    pct(producerNs, wall), pct(processNs - uiNs - producerNs, wall), pct(xNs, wall), machineBusy);
        }

        private static double pct(long ns, long wall) {
            return 100.0 * ns / wall;
        }

        private static long processCpu() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof
                    com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }

        /** CPU time of the X servers (Xvfb) running here, ns; 0 when none is visible. */
        private static long xServerCpu() {
            return ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("Xvfb") || c.endsWith("Xorg"))
                    .orElse(false)).mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L))
                    .sum();
        }

        /** Busy and total jiffies of all CPUs from /proc/stat, or zeros where there is none. */
        private static long[] machineTicks() {
            try {
                String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[] {total - idle, total};
            } catch (java.io.IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }
    }

    /** Appends RATE events per second of wall clock for {@code seconds}, in 1 ms batches. */
    private static void produce(TelemetryStore store, int seconds, AtomicLong produced) {
        long start = System.nanoTime();
        long end = start + seconds * SECOND;
        long simulated = 0;
        long step = SECOND / RATE; // 20 µs of run time per event: the run goes at real time
        long i = 0;
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            long due = (now - start) * RATE / SECOND;
            for (; i < due; i++) {
                simulated += step;
                store.append(event(i, simulated));
            }
            produced.set(i);
            long sleepUntil = start + (i + RATE / 1000) * SECOND / RATE;
            long wait = sleepUntil - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
        }
    }

    /**
     * Event {@code i} of the stream. Each millisecond of run time (50 events) carries 40 host
     * metrics, 5 link utilizations, and in slot 45 the event of the one migration whose turn it is:
     * migration k (k < 40) starts every 4 s at k * 101 ms, sends a round every 50 ms (so two
     * migrations never need the same millisecond) and ends 3 s after it started.
     */
    private static TelemetryEvent event(long i, long time) {
        int slot = (int) (i % 50);
        long ms = time / 1_000_000;
        if (slot < 40) {
            int host = (int) ((i / 50 * 40 + slot) % HOSTS);
            return new TelemetryEvent(time, EventKind.METRIC, "host/h" + host, Map.of(Attribute.CPU_LOAD,
                    0.5 + 0.4 * Math.sin((ms + host * 37) / 5000.0), Attribute.VM_COUNT, (long) (host % 7)));
        }
        int k = (int) (ms % 50);
        long local = ms - k * 101L;
        if (slot == 45 && k < MIGRATIONS && local >= 0) {
            long cycle = local / 4000;
            long at = local % 4000;
            String vm = "vm/m" + k + "-" + cycle;
            long memory = 4L << 30;
            if (at == 0) {
                return new TelemetryEvent(time, EventKind.MIGRATION_START, vm, Map.of(Attribute.SOURCE, "host/h" + k,
                        Attribute.DESTINATION, "host/h" + (k + 1), Attribute.ALGORITHM, "pre-copy", Attribute.MEMORY,
                        memory, Attribute.BANDWIDTH, 1.25e9, Attribute.MAX_DOWNTIME, 300_000_000L));
            }
            if (at < 3000 && at % 50 == 0) {
                long r = at / 50;
                long remaining = Math.max(0, memory - r * (memory / 60));
                return new TelemetryEvent(time, EventKind.MIGRATION_ROUND, vm, Map.of(Attribute.ITERATION, r,
                        Attribute.BYTES_SENT, memory / 60, Attribute.BYTES_REMAINING, remaining, Attribute.DIRTY_RATE,
                        2e8, Attribute.BANDWIDTH, 1.25e9, Attribute.EXPECTED_DOWNTIME,
                        remaining * 1_000_000_000L / 1_250_000_000L));
            }
            if (at == 3000) {
                return new TelemetryEvent(time, EventKind.MIGRATION_END, vm, Map.of(Attribute.ROUNDS, 59L,
                        Attribute.TOTAL_BYTES, memory + memory / 10, Attribute.TOTAL_TIME, 3_000_000_000L,
                        Attribute.DOWNTIME, 120_000_000L));
            }
        }
        int link = (int) ((i / 50 * 5 + slot) % LINKS);
        return new TelemetryEvent(time, EventKind.METRIC, "link/l" + link, Map.of(Attribute.UTILIZATION,
                0.5 + 0.5 * Math.sin((ms + link * 91) / 3000.0)));
    }
}
