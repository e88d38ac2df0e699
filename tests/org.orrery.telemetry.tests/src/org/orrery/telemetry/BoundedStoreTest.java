package org.orrery.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store with small limits spills, keeps its memory within them, and answers every query
 * exactly as a list of the same events would.
 */
class BoundedStoreTest {

    private static final int EVENTS = 60_000;
    private static final int RESIDENT_EVENTS = 8_192;
    private static final int RESIDENT_POINTS = 2_000;
    private static final int LANES = 8 + 30 * 2;

    @TempDir
    Path spillDir;

    private TelemetryStore store;
    private List<TelemetryEvent> expected;

    @BeforeEach
    void fill() {
        store = new TelemetryStore(new StoreLimits(RESIDENT_EVENTS, RESIDENT_POINTS, spillDir));
        expected = new SyntheticRun(7, 8, 30).next(EVENTS);
        expected.forEach(store::append);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void memoryStaysWithinTheLimitsAndTheRestIsOnDisk() {
        StoreMemory memory = store.memory();
        // the full chunks within the limit plus the chunk being filled
        assertTrue(memory.residentEvents() <= RESIDENT_EVENTS + 4096, memory.toString());
        assertEquals(EVENTS, memory.residentEvents() + memory.spilledEvents());
        assertTrue(memory.spilledEvents() >= EVENTS - RESIDENT_EVENTS - 4096, memory.toString());
        // open lane chunks of fewer than 64 points may stay beyond the limit
        assertTrue(memory.residentSeriesPoints() <= RESIDENT_POINTS + 64L * LANES, memory.toString());
        assertTrue(memory.spillFileBytes() > 0, memory.toString());
        // the spill file is far smaller than the events were in memory
        assertTrue(memory.spillFileBytes() < EVENTS * 60L, memory.toString());
    }

    @Test
    void everyEventReadsBackEqualWhetherInMemoryOrSpilled() {
        assertEquals(EVENTS, store.size());
        for (int i = 0; i < EVENTS; i++) {
            assertEquals(expected.get(i), store.get(i), "event " + i);
        }
        assertEquals(expected, store.query(TimeRange.ALL, e -> true));
        assertEquals(expected.get(EVENTS - 1).time(), store.endTime());
    }

    @Test
    void rangeQueriesAndSearchesMatchAScanOfTheList() {
        long end = store.endTime();
        for (int k = 0; k <= 40; k++) {
            long t = end * k / 40;
            assertEquals(firstIndex(t), store.firstIndexAtOrAfter(t), "at or after " + t);
            assertEquals(firstIndex(t + 1), store.firstIndexAfter(t), "after " + t);
            TimeRange range = new TimeRange(t, t + end / 17);
            assertEquals(expected.stream().filter(e -> range.contains(e.time()) && e.subject().equals("host/h3"))
                    .toList(), store.query(range, e -> e.subject().equals("host/h3")), range.toString());
            List<TelemetryEvent> lane = new ArrayList<>();
            store.forEach(new SeriesKey.Lane("vm/v4", EventKind.MIGRATION_ROUND), range, lane::add);
            assertEquals(expected.stream().filter(e -> range.contains(e.time()) && e.subject().equals("vm/v4")
                    && e.kind() == EventKind.MIGRATION_ROUND).toList(), lane, range.toString());
        }
    }

    @Test
    void seriesAtAResolutionMatchABruteForceOverTheList() {
        long end = store.endTime();
        SeriesKey[] keys = {new SeriesKey("host/h2", EventKind.METRIC, Attribute.CPU_LOAD),
            new SeriesKey("vm/v9", EventKind.MIGRATION_ROUND, Attribute.BYTES_REMAINING),
            new SeriesKey("vm/v9", EventKind.MIGRATION_ROUND, "absent"),
            new SeriesKey("host/none", EventKind.METRIC, Attribute.VALUE)};
        TimeRange[] ranges = {TimeRange.ALL, new TimeRange(0, end), new TimeRange(end / 3, end / 2),
            new TimeRange(end / 2, end / 2 + 5_000_000)};
        for (SeriesKey key : keys) {
            for (TimeRange range : ranges) {
                for (int resolution : new int[] {1, 7, 300, 5_000}) {
                    XySeries xy = store.fetchXy(key, range, resolution);
                    assertEquals(range.end(), xy.times()[resolution - 1]);
                    checkAgainstList(key, range, xy);
                }
            }
        }
    }

    @Test
    void rowsKeepEveryEventWhenFewAndOnePerBucketAndLaneWhenMany() {
        long end = store.endTime();
        TimeRange narrow = new TimeRange(end / 2, end / 2 + 40_000_000);
        List<TelemetryEvent> inNarrow = expected.stream()
                .filter(e -> e.subject().equals("vm/v1") && narrow.contains(e.time())).toList();
        EventRow all = store.fetchRow("vm/v1", Set.of(), narrow, 10_000);
        assertEquals(inNarrow, all.events());
        assertEquals(0, all.omitted());

        EventRow coarse = store.fetchRow("vm/v1", Set.of(EventKind.MIGRATION_ROUND), new TimeRange(0, end), 50);
        long inLane = expected.stream()
                .filter(e -> e.subject().equals("vm/v1") && e.kind() == EventKind.MIGRATION_ROUND).count();
        assertTrue(coarse.events().size() <= 50, coarse.events().size() + " events");
        assertTrue(coarse.events().size() >= 40, "most buckets have an event: " + coarse.events().size());
        assertEquals(inLane, coarse.events().size() + coarse.omitted());
        assertTrue(coarse.events().stream().allMatch(e -> e.kind() == EventKind.MIGRATION_ROUND));
        List<TelemetryEvent> sorted = new ArrayList<>(coarse.events());
        sorted.sort((a, b) -> Long.compare(a.time(), b.time()));
        assertEquals(sorted, coarse.events());
    }

    @Test
    void readersSeeConsistentAnswersWhileTheWriterSpills() throws Exception {
        TelemetryStore live = new TelemetryStore(new StoreLimits(4_096, 500, spillDir));
        List<TelemetryEvent> events = new SyntheticRun(11, 4, 10).next(80_000);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            int rounds = 0;
            while ((!done.get() || rounds < 3) && failure.get() == null) {
                rounds++;
                int n = live.size();
                if (n == 0) {
                    continue;
                }
                int i = n == 1 ? 0 : (int) ((rounds * 7919L) % n);
                if (!events.get(i).equals(live.get(i))) {
                    failure.set("event " + i + " differs");
                }
                long t = events.get(i).time();
                int first = live.firstIndexAtOrAfter(t);
                if (first > i || live.get(first).time() != t || (first > 0 && live.get(first - 1).time() >= t)) {
                    failure.set("search for " + t + " gave " + first);
                }
                XySeries xy = live.fetchXy(new SeriesKey("host/h1", EventKind.METRIC, Attribute.VM_COUNT),
                        new TimeRange(0, t), 16);
                int counted = 0;
                for (int c : xy.counts()) {
                    counted += c;
                }
                long inPrefix = events.subList(0, first).stream()
                        .filter(e -> e.subject().equals("host/h1") && e.kind() == EventKind.METRIC).count();
                // the lane may have grown past the prefix read above, never shrunk below it
                if (counted < inPrefix) {
                    failure.set("lane counted " + counted + " events below " + t + ", the log has " + inPrefix);
                }
            }
        });
        reader.start();
        events.forEach(live::append);
        done.set(true);
        reader.join();
        live.close();
        assertNull(failure.get());
    }

    @Test
    void spilledEventsKeepTheTypesOfTheirAttributes() {
        TelemetryStore small = new TelemetryStore(new StoreLimits(4_096, 64, spillDir));
        Map<String, Object> odd = Map.of("int", 7, "float", 2.5f, "flag", true, "long", -3L, "double", -0.0,
                "text", "\u00e9t\u00e9", "other", java.time.Duration.ofSeconds(2));
        small.append(new TelemetryEvent(5, EventKind.MESSAGE, "odd", odd));
        for (int i = 0; i < 3 * 4_096; i++) {
            small.append(new TelemetryEvent(10 + i, EventKind.METRIC, "filler", Map.of("value", (long) i)));
        }
        assertTrue(small.memory().spilledEvents() > 0);
        Map<String, Object> expectedBack = new java.util.HashMap<>(odd);
        expectedBack.put("other", "PT2S");
        // whole-chunk decoding and single-event decoding give the same
        assertEquals(expectedBack, small.get(0).attributes());
        assertEquals(expectedBack, small.fetchRow("odd", Set.of(), TimeRange.ALL, 1).events().get(0).attributes());
        small.close();
    }

    private int firstIndex(long t) {
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).time() >= t) {
                return i;
            }
        }
        return expected.size();
    }

    private void checkAgainstList(SeriesKey key, TimeRange range, XySeries xy) {
        List<TelemetryEvent> lane = expected.stream()
                .filter(e -> e.subject().equals(key.subject()) && e.kind() == key.kind()).toList();
        int next = 0;
        double last = Double.NaN;
        long previousEnd = Long.MIN_VALUE;
        for (int b = 0; b < xy.resolution(); b++) {
            long from = b == 0 ? range.start() : previousEnd + 1;
            long to = xy.times()[b];
            assertTrue(to >= previousEnd, "bucket ends never go back");
            double min = Double.NaN;
            double max = Double.NaN;
            int count = 0;
            for (; next < lane.size() && lane.get(next).time() <= to; next++) {
                TelemetryEvent e = lane.get(next);
                boolean inside = e.time() >= from;
                if (inside) {
                    count++;
                }
                if (e.attributes().get(key.attribute()) instanceof Number n) {
                    last = n.doubleValue();
                    if (inside) {
                        min = Double.isNaN(min) ? last : Math.min(min, last);
                        max = Double.isNaN(max) ? last : Math.max(max, last);
                    }
                }
            }
            String where = key + " " + range + " bucket " + b + " of " + xy.resolution();
            assertEquals(count, xy.counts()[b], where);
            assertEquals(last, xy.values()[b], where);
            assertEquals(min, xy.minimum()[b], where);
            assertEquals(max, xy.maximum()[b], where);
            previousEnd = to;
        }
    }
}
