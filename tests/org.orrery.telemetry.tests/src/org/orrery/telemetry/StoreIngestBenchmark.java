package org.orrery.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Store ingest benchmark: one thread appends events as fast as it can while another runs the
 * queries a view makes on its timer (a range query, a series at 1,000 points over the whole run,
 * a lane row), back to back. Prints the events appended per second, the query latencies, where
 * the data ended up (memory, spill file) and the machine. The store has its default limits, so
 * it spills during the run.
 * <p>
 * Not part of the default test run (its name does not end in Test); run it with
 * <pre>
 * ./mvnw -B verify -pl bundles/org.orrery.telemetry,tests/org.orrery.telemetry.tests -am \
 *     -Dtest=StoreIngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The number of events can be set in the environment, {@code ORRERY_BENCH_EVENTS=N} (default
 * 10,000,000; the test runtime does not see Maven's -D properties).
 * Issue 7 asks for 50,000 events/s with views open: the figure to compare is the ingest rate.
 */
class StoreIngestBenchmark {

    private static final int POOL = 1 << 20;

    @Test
    void ingestWhileAnotherThreadQueries() throws Exception {
        String configured = System.getenv("ORRERY_BENCH_EVENTS");
        int total = configured == null ? 10_000_000 : Integer.parseInt(configured.trim());
        // events are made beforehand (shifted in time on append) so the figure is the store's, not the generator's
        List<TelemetryEvent> pool = new SyntheticRun(1, 100, 1_000).next(POOL);
        long span = pool.get(POOL - 1).time() + 1;

        TelemetryStore store = new TelemetryStore();
        AtomicBoolean writing = new AtomicBoolean(true);
        long[] latencies = new long[1 << 20];
        int[] queries = new int[1];
        Thread reader = new Thread(() -> {
            SeriesKey load = new SeriesKey("host/h7", EventKind.METRIC, Attribute.CPU_LOAD);
            while (writing.get()) {
                long end = store.endTime();
                if (end < 0) {
                    continue;
                }
                long t0 = System.nanoTime();
                TimeRange recent = new TimeRange(Math.max(0, end - span / 100), end);
                int hits = store.query(recent, e -> e.subject().equals("host/h7")).size();
                XySeries xy = store.fetchXy(load, new TimeRange(0, end), 1_000);
                EventRow row = store.fetchRow("vm/v3", Set.of(), new TimeRange(0, end), 1_000);
                if (hits < 0 || xy.resolution() != 1_000 || row.omitted() < 0) {
                    throw new AssertionError();
                }
                if (queries[0] < latencies.length) {
                    latencies[queries[0]] = System.nanoTime() - t0;
                }
                queries[0]++;
            }
        }, "view");
        reader.start();

        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            TelemetryEvent e = pool.get(i & (POOL - 1));
            long shift = (long) (i >>> 20) * span;
            store.append(new TelemetryEvent(e.time() + shift, e.kind(), e.subject(), e.attributes()));
        }
        long elapsed = System.nanoTime() - start;
        writing.set(false);
        reader.join();

        assertEquals(total, store.size());
        StoreMemory memory = store.memory();
        int n = Math.min(queries[0], latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%nStore ingest benchmark (one writer, one querying reader)%n");
        System.out.printf(Locale.ROOT, "  machine: %s; load average at the end %s (other work on it slows both threads)%n",
                machine(), loadAverage());
        System.out.printf(Locale.ROOT, "  events appended: %,d in %.2f s = %,.0f events/s%n", total, elapsed / 1e9,
                total / (elapsed / 1e9));
        System.out.printf(Locale.ROOT,
                "  reader: %,d query rounds (range + series at 1,000 points + lane row), latency median %.2f ms,"
                        + " 99th %.2f ms, max %.2f ms%n",
                queries[0], n == 0 ? 0 : sorted[n / 2] / 1e6, n == 0 ? 0 : sorted[(int) (n * 0.99)] / 1e6,
                n == 0 ? 0 : sorted[n - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  at the end: %,d events in memory, %,d spilled (%,.1f MB file), %,d series points"
                + " in memory; heap used %,.0f MB of %,.0f MB max%n", memory.residentEvents(), memory.spilledEvents(),
                memory.spillFileBytes() / 1e6, memory.residentSeriesPoints(),
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
        store.close();
        assertTrue(total / (elapsed / 1e9) > 50_000, "issue 7 needs 50,000 events/s");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException e) {
            // not Linux: the name stays unknown
        }
        return String.format(Locale.ROOT, "%s, %d cores visible, %s %s, Java %s (%s)", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }
}
