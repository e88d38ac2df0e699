package org.orrery.telemetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
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
    void sampleHoldsTheLastValueReportedInEachBucket() {
        TelemetryStore store = new TelemetryStore();
        store.append(metric(10, "link", 1));
        store.append(metric(30, "link", 3));
        store.append(metric(35, "other", 99));
        store.append(metric(70, "link", 7));
        double[] s = store.sample(new TimeRange(0, 100), 4, e -> e.subject().equals("link"), "value");
        // buckets end at 25, 50, 75, 100
        assertArrayEquals(new double[] {1, 3, 7, 7}, s, 1e-12);
        double[] before = store.sample(new TimeRange(0, 8), 2, e -> true, "value");
        assertTrue(Double.isNaN(before[0]) && Double.isNaN(before[1]));
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
