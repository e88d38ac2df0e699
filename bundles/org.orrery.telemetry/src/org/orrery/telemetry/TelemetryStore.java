package org.orrery.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Append-only, time-indexed store of telemetry events, readable while it is written.
 * <p>
 * Writers append under a lock; readers never lock: they read the published size (a volatile
 * write by the writer after the slot is filled) and then only slots below it, which are never
 * changed again. Time never goes backwards inside the store: an event stamped earlier than the
 * latest one (two real sources racing) is kept in arrival order at the latest time, and counted
 * in {@link #lateEvents()}, so range queries stay a binary search.
 */
public final class TelemetryStore {

    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private volatile TelemetryEvent[][] events = new TelemetryEvent[16][];
    private volatile long[][] times = new long[16][];
    private volatile int size;
    private long lastTime;
    private long lateEvents;
    private final Object writeLock = new Object();

    /** Appends an event; returns the event as stored (its time may have been raised, see class doc). */
    public TelemetryEvent append(TelemetryEvent event) {
        synchronized (writeLock) {
            TelemetryEvent stored = event;
            if (event.time() < lastTime) {
                lateEvents++;
                stored = new TelemetryEvent(lastTime, event.kind(), event.subject(), event.attributes());
            }
            int index = size;
            int chunk = index >>> CHUNK_BITS;
            TelemetryEvent[][] ev = events;
            long[][] ti = times;
            if (chunk == ev.length) {
                ev = java.util.Arrays.copyOf(ev, ev.length * 2);
                ti = java.util.Arrays.copyOf(ti, ti.length * 2);
            }
            if (ev[chunk] == null) {
                ev[chunk] = new TelemetryEvent[CHUNK];
                ti[chunk] = new long[CHUNK];
            }
            ev[chunk][index & (CHUNK - 1)] = stored;
            ti[chunk][index & (CHUNK - 1)] = stored.time();
            events = ev;
            times = ti;
            lastTime = stored.time();
            size = index + 1; // publishes the slot to readers
            return stored;
        }
    }

    /** Number of events stored so far; also serves views as a cheap "anything new?" version. */
    public int size() {
        return size;
    }

    /** How many events arrived stamped earlier than an event already stored. */
    public long lateEvents() {
        synchronized (writeLock) {
            return lateEvents;
        }
    }

    /** The i-th event in time order. */
    public TelemetryEvent get(int i) {
        int n = size;
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException(i + " of " + n);
        }
        return events[i >>> CHUNK_BITS][i & (CHUNK - 1)];
    }

    /** Time of the latest event, or -1 when empty. */
    public long endTime() {
        int n = size;
        return n == 0 ? -1 : timeAt(times, n - 1);
    }

    /** Index of the first event with time >= {@code time} (== size when none). */
    public int firstIndexAtOrAfter(long time) {
        int n = size;
        long[][] ti = times;
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timeAt(ti, mid) < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Visits, in time order, the events inside {@code range} that {@code filter} accepts. */
    public void forEach(TimeRange range, Predicate<TelemetryEvent> filter, Consumer<TelemetryEvent> visitor) {
        int n = size;
        TelemetryEvent[][] ev = events;
        for (int i = firstIndexAtOrAfter(range.start()); i < n; i++) {
            TelemetryEvent e = ev[i >>> CHUNK_BITS][i & (CHUNK - 1)];
            if (e.time() > range.end()) {
                break;
            }
            if (filter.test(e)) {
                visitor.accept(e);
            }
        }
    }

    /** The events inside {@code range} that {@code filter} accepts, in time order. */
    public List<TelemetryEvent> query(TimeRange range, Predicate<TelemetryEvent> filter) {
        List<TelemetryEvent> out = new ArrayList<>();
        forEach(range, filter, out::add);
        return out;
    }

    /**
     * Samples a numeric attribute over {@code range} at {@code buckets} points, the way a chart
     * at a given pixel width asks for it: each bucket holds the last value reported at or before
     * its end (NaN before the first report). Cost is one pass over the range, whatever its size.
     */
    public double[] sample(TimeRange range, int buckets, Predicate<TelemetryEvent> filter, String attribute) {
        if (buckets <= 0) {
            throw new IllegalArgumentException("buckets must be positive: " + buckets);
        }
        double[] out = new double[buckets];
        double last = Double.NaN;
        int bucket = 0;
        double width = Math.max(1.0, (double) range.duration() / buckets);
        int n = size;
        TelemetryEvent[][] ev = events;
        for (int i = 0; i < n && bucket < buckets; i++) {
            TelemetryEvent e = ev[i >>> CHUNK_BITS][i & (CHUNK - 1)];
            if (e.time() > range.end()) {
                break;
            }
            while (bucket < buckets && e.time() > range.start() + (long) ((bucket + 1) * width)) {
                out[bucket++] = last;
            }
            if (filter.test(e) && e.attributes().get(attribute) instanceof Number v) {
                last = v.doubleValue();
            }
        }
        while (bucket < buckets) {
            out[bucket++] = last;
        }
        return out;
    }

    private static long timeAt(long[][] ti, int i) {
        return ti[i >>> CHUNK_BITS][i & (CHUNK - 1)];
    }
}
