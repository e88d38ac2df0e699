package org.orrery.telemetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class TelemetryStoreTest {

    private static TelemetryEvent metric(long t, String subject, double value) {
        return new TelemetryEvent(t, EventKind.METRIC, subject, Map.of("value", value));
    }

    @Test
    void rangeQueryReturnsExactlyTheEventsInsideTheClosedInterval() {
        TelemetryStore store = new TelemetryStore();
        for (int i = 0; i < 10_000; i++) {
            store.append(metric(i * 10L, i % 2 == 0 ? "host/a" : "host/b", i));
        }
        List<TelemetryEvent> got = store.query(new TimeRange(100, 200), e -> e.subject().equals("host/a"));
        assertEquals(List.of(100L, 120L, 140L, 160L, 180L, 200L), got.stream().map(TelemetryEvent::time).toList());
        assertEquals(10_000, store.size());
        assertEquals(99_990, store.endTime());
        assertEquals(0, store.query(new TimeRange(100_000, 200_000), e -> true).size());
    }

    @Test
    void lateEventsKeepArrivalOrderAndNeverMoveTimeBackwards() {
        TelemetryStore store = new TelemetryStore();
        store.append(metric(500, "x", 1));
        TelemetryEvent stored = store.append(metric(400, "x", 2));
        assertEquals(500, stored.time());
        assertEquals(1, store.lateEvents());
        assertEquals(2.0, store.get(1).number("value", 0), 0.0);
    }

    @Test
    void aSeriesAtAResolutionHoldsTheLastValueAndTheExtremesOfEachBucket() {
        TelemetryStore store = new TelemetryStore();
        store.append(metric(10, "link", 1));
        store.append(metric(20, "link", 5));
        store.append(metric(30, "link", 3));
        store.append(metric(35, "other", 99));
        store.append(metric(70, "link", 7));
        XySeries s = store.fetchXy(new SeriesKey("link", EventKind.METRIC, "value"), new TimeRange(0, 100), 4);
        assertArrayEquals(new long[] {25, 50, 75, 100}, s.times());
        assertArrayEquals(new double[] {5, 3, 7, 7}, s.values(), 0);
        assertArrayEquals(new double[] {1, 3, 7, Double.NaN}, s.minimum(), 0);
        assertArrayEquals(new double[] {5, 3, 7, Double.NaN}, s.maximum(), 0);
        assertArrayEquals(new int[] {2, 1, 1, 0}, s.counts());

        // a range that starts later still knows the value reported before it
        XySeries later = store.fetchXy(new SeriesKey("link", EventKind.METRIC, "value"), new TimeRange(40, 60), 2);
        assertArrayEquals(new double[] {3, 3}, later.values(), 0);
        XySeries before = store.fetchXy(new SeriesKey("link", EventKind.METRIC, "value"), new TimeRange(0, 8), 2);
        assertTrue(Double.isNaN(before.values()[0]) && Double.isNaN(before.values()[1]));
        assertThrows(IllegalArgumentException.class,
                () -> store.fetchXy(new SeriesKey("link", EventKind.METRIC, "value"), TimeRange.ALL, 0));
    }

    @Test
    void theTreeListsGroupsSubjectsKindsAndNumericAttributesWithStableIds() {
        TelemetryStore store = new TelemetryStore();
        store.append(new TelemetryEvent(0, EventKind.PLACEMENT, "vm/b", Map.of(Attribute.HOST, "host/a")));
        store.append(new TelemetryEvent(1, EventKind.MIGRATION_ROUND, "vm/a",
                Map.of(Attribute.BYTES_SENT, 10L, Attribute.DIRTY_RATE, 1.5)));
        store.append(metric(2, "host/a", 3));
        store.append(new TelemetryEvent(3, EventKind.MESSAGE, "plain", Map.of(Attribute.TEXT, "hello")));
        List<TreeEntry> tree = store.tree();
        List<String> shape = tree.stream().map(e -> "  ".repeat(e.level()) + e.label()).toList();
        assertEquals(List.of("", "  plain", "    MESSAGE", "host", "  host/a", "    METRIC", "      value", "vm",
                "  vm/a", "    MIGRATION_ROUND", "      bytesSent", "      dirtyRate", "  vm/b", "    PLACEMENT"),
                shape);
        for (TreeEntry e : tree) {
            if (e.parentId() != -1) {
                assertTrue(tree.stream().anyMatch(p -> p.id() == e.parentId() && p.level() == e.level() - 1), e.toString());
            }
        }
        TreeEntry dirty = tree.stream().filter(e -> "dirtyRate".equals(e.attribute())).findFirst().orElseThrow();
        assertEquals(new SeriesKey("vm/a", EventKind.MIGRATION_ROUND, "dirtyRate"), dirty.series());
        store.append(metric(4, "host/a", 4));
        assertEquals(tree, store.tree(), "more events of known lanes change nothing");
    }

    @Test
    void aWindowShowsAPrefixAsTheStoreWouldHaveAndRefusesAppends() {
        TelemetryStore store = new TelemetryStore();
        for (int i = 0; i < 100; i++) {
            store.append(metric(i, i < 50 ? "early" : "late", i));
        }
        AtomicInteger shown = new AtomicInteger(30);
        TelemetryStore window = store.window(shown::get);
        assertTrue(window.isReadOnly());
        assertEquals(30, window.size());
        assertEquals(29, window.endTime());
        assertEquals(30, window.firstIndexAtOrAfter(80));
        assertEquals(30, window.query(TimeRange.ALL, e -> true).size());
        assertThrows(IndexOutOfBoundsException.class, () -> window.get(30));
        assertTrue(window.tree().stream().noneMatch(e -> "late".equals(e.subject())));
        XySeries early = window.fetchXy(new SeriesKey("early", EventKind.METRIC, "value"), TimeRange.ALL, 1);
        assertEquals(30, early.counts()[0]);
        assertEquals(29, early.values()[0]);
        assertThrows(UnsupportedOperationException.class, () -> window.append(metric(200, "x", 1)));

        shown.set(1_000);
        assertEquals(100, window.size(), "clamped to what the store holds");
        shown.set(-3);
        assertEquals(0, window.size());
        assertEquals(-1, window.endTime());
    }

    @Test
    void readersSeeAConsistentPrefixWhileAWriterAppends() throws Exception {
        TelemetryStore store = new TelemetryStore();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            while (!done.get() && failure.get() == null) {
                int n = store.size();
                if (n > 0) {
                    // every published slot is filled and ordered
                    TelemetryEvent last = store.get(n - 1);
                    if (last.time() != (n - 1) * 3L) {
                        failure.set("slot " + (n - 1) + " has time " + last.time());
                    }
                    int idx = store.firstIndexAtOrAfter(last.time());
                    if (idx != n - 1) {
                        failure.set("binary search found " + idx + " for " + (n - 1));
                    }
                }
            }
        });
        reader.start();
        for (int i = 0; i < 200_000; i++) {
            store.append(metric(i * 3L, "s", i));
        }
        done.set(true);
        reader.join();
        assertEquals(null, failure.get());
        assertEquals(200_000, store.size());
    }
}
