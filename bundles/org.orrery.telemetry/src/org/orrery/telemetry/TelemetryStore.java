package org.orrery.telemetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * Append-only, time-indexed store of telemetry events, readable while it is written, in bounded
 * memory.
 * <p>
 * <b>What it holds.</b> A log of every event in arrival order, which is time order: an event
 * stamped earlier than the latest one (two real sources racing) is kept in arrival order at the
 * latest time and counted in {@link #lateEvents()}. Beside it, an index per <em>lane</em> (the
 * events of one subject and one kind) with their numeric attributes as columns, so that a view
 * asks for one series or one lane at a resolution without scanning the others, in the manner of
 * a Trace Compass data provider: {@link #tree()} lists what there is, {@link #fetchXy} and
 * {@link #fetchRow} answer for a range at a resolution.
 * <p>
 * <b>Bounded memory: spill, never coalesce.</b> Beyond the {@link StoreLimits} the oldest full
 * chunks of the log (4,096 events) and of the lanes (up to 1,024 points) are written to a spill
 * file and dropped from memory; what stays per spilled chunk is where it is and, for lanes, a
 * summary (count, min, max, last value per attribute). Nothing is merged or thinned, so every
 * query answers exactly as if all were in memory; reading spilled data decodes the chunk (the
 * last few decoded stay cached). A store that stays within its limits never touches the disk.
 * {@link #close()} releases the spill file.
 * <p>
 * <b>Threads.</b> Writers append under a lock; readers never lock: they read the published size
 * (a volatile write by the writer after the event and its lane entry are stored) and then only
 * data below it, which never changes again. A spilled chunk switches from memory to disk with one
 * volatile write after its bytes are written.
 * <p>
 * <b>Windows.</b> {@link #window(IntSupplier)} gives a read-only store showing only the first
 * events of this one, as many as a supplier says at each call: what a replay's cursor shows.
 */
public final class TelemetryStore implements AutoCloseable {

    private static final int CACHED_CHUNKS = 64;
    /** A lane with fewer than one event in this many of the log's is read event by event. */
    private static final int SPARSE_FACTOR = 64;

    private final EventLog log;
    private final TrackIndex lanes;
    private final SpillFile spill;
    private final ChunkCache cache;
    private final WriteState writer;
    /** Null for the store itself, else how many of its first events a window shows. */
    private final IntSupplier visible;

    /** Writer-side state shared by a store and its windows. */
    private static final class WriteState {
        long lastTime;
        long lateEvents;
    }

    /** A store with {@linkplain StoreLimits#defaults() the default limits}. */
    public TelemetryStore() {
        this(StoreLimits.defaults());
    }

    /** A store keeping at most {@code limits} in memory. */
    public TelemetryStore(StoreLimits limits) {
        this.spill = new SpillFile(limits.spillDirectory());
        this.cache = new ChunkCache(CACHED_CHUNKS);
        this.log = new EventLog(limits.residentEvents(), spill, cache);
        this.lanes = new TrackIndex(limits.residentSeriesPoints(), spill);
        this.writer = new WriteState();
        this.visible = null;
    }

    private TelemetryStore(TelemetryStore of, IntSupplier visible) {
        this.spill = of.spill;
        this.cache = of.cache;
        this.log = of.log;
        this.lanes = of.lanes;
        this.writer = of.writer;
        this.visible = visible;
    }

    /**
     * Appends an event; returns the event as stored (its time may have been raised, see the class
     * comment).
     *
     * @throws UnsupportedOperationException on a {@linkplain #window window}
     */
    public TelemetryEvent append(TelemetryEvent event) {
        Objects.requireNonNull(event, "event");
        if (visible != null) {
            throw new UnsupportedOperationException("a window of a telemetry store is read-only");
        }
        synchronized (writer) {
            TelemetryEvent stored = event;
            if (event.time() < writer.lastTime) {
                writer.lateEvents++;
                stored = new TelemetryEvent(writer.lastTime, event.kind(), event.subject(), event.attributes());
            }
            int index = log.size();
            if (index == Integer.MAX_VALUE) {
                throw new IllegalStateException("a telemetry store holds at most " + Integer.MAX_VALUE + " events");
            }
            log.put(stored);
            // the lane entry is published before the log's size, so any size a reader sees is covered
            lanes.add(stored, index);
            log.publish();
            writer.lastTime = stored.time();
            return stored;
        }
    }

    /**
     * A read-only view of this store showing its first {@code visibleEvents.getAsInt()} events
     * (clamped to what it holds), asked again at every call. Queries on the window answer as this
     * store would have when it held only those events. Unlike the store, a window can shrink: a
     * reader that remembers indices must start over when {@link #size()} goes down.
     */
    public TelemetryStore window(IntSupplier visibleEvents) {
        Objects.requireNonNull(visibleEvents, "visibleEvents");
        return new TelemetryStore(this, visibleEvents);
    }

    /** Whether this is a {@linkplain #window window}, to which nothing can be appended. */
    public boolean isReadOnly() {
        return visible != null;
    }

    /** Number of events visible; also serves views as a cheap "anything new?" check. */
    public int size() {
        int n = log.size();
        return visible == null ? n : Math.max(0, Math.min(n, visible.getAsInt()));
    }

    /** How many events arrived stamped earlier than an event already stored. */
    public long lateEvents() {
        synchronized (writer) {
            return writer.lateEvents;
        }
    }

    /** The i-th event in time order. */
    public TelemetryEvent get(int i) {
        int n = size();
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException(i + " of " + n);
        }
        return log.get(i);
    }

    /** Time of the latest visible event, or -1 when there is none. */
    public long endTime() {
        int n = size();
        return n == 0 ? -1 : log.timeAt(n - 1);
    }

    /** Index of the first event with time >= {@code time} ({@link #size()} when none). */
    public int firstIndexAtOrAfter(long time) {
        return log.firstIndexAtOrAfter(time, size());
    }

    /** Index of the first event with time > {@code time} ({@link #size()} when none). */
    public int firstIndexAfter(long time) {
        int n = size();
        return time == Long.MAX_VALUE ? n : log.firstIndexAtOrAfter(time + 1, n);
    }

    /** Visits, in time order, the events inside {@code range} that {@code filter} accepts. */
    public void forEach(TimeRange range, Predicate<TelemetryEvent> filter, Consumer<TelemetryEvent> visitor) {
        int n = size();
        int i = log.firstIndexAtOrAfter(range.start(), n);
        while (i < n) {
            TelemetryEvent[] chunk = log.chunk(i).events();
            int stop = Math.min(n, (i | EventChunk.MASK) + 1);
            for (; i < stop; i++) {
                TelemetryEvent e = chunk[i & EventChunk.MASK];
                if (e.time() > range.end()) {
                    return;
                }
                if (filter.test(e)) {
                    visitor.accept(e);
                }
            }
        }
    }

    /** The events inside {@code range} that {@code filter} accepts, in time order. */
    public List<TelemetryEvent> query(TimeRange range, Predicate<TelemetryEvent> filter) {
        List<TelemetryEvent> out = new ArrayList<>();
        forEach(range, filter, out::add);
        return out;
    }

    /** Visits, in time order, the events of {@code lane} inside {@code range}, through the lane's index. */
    public void forEach(SeriesKey.Lane lane, TimeRange range, Consumer<TelemetryEvent> visitor) {
        Track.Cursor cursor = cursor(lane.subject(), lane.kind(), size());
        if (cursor == null) {
            return;
        }
        int from = cursor.atOrAfter(range.start());
        int to = cursor.after(range.end());
        if (from == to) {
            return;
        }
        // a lane spread thin over the log is read event by event, a dense one chunk by chunk
        long spanned = (long) cursor.eventIndex(to - 1) - cursor.eventIndex(from) + 1;
        boolean sparse = (long) (to - from) * SPARSE_FACTOR < spanned;
        for (int p = from; p < to; p++) {
            int i = cursor.eventIndex(p);
            visitor.accept(sparse ? log.getSparse(i) : log.get(i));
        }
    }

    /**
     * What the store holds, as a tree a view can show (see {@link TreeEntry}): groups sorted by
     * name, then subjects by name, kinds in {@link EventKind} order, attributes by name. Only
     * lanes and attributes with a visible event are listed.
     */
    public List<TreeEntry> tree() {
        int n = size();
        List<Track> shown = new ArrayList<>();
        for (Track t : lanes.snapshot()) {
            if (t.firstEventIndex < n) {
                shown.add(t);
            }
        }
        shown.sort(Comparator.comparing((Track t) -> TrackIndex.groupOf(t.subject)).thenComparing(t -> t.subject)
                .thenComparing(t -> t.kind));
        List<TreeEntry> entries = new ArrayList<>();
        long group = -1;
        long subject = -1;
        for (Track t : shown) {
            if (t.groupId != group) {
                group = t.groupId;
                entries.add(new TreeEntry(group, -1, TrackIndex.groupOf(t.subject), null, null, null));
            }
            if (t.subjectId != subject) {
                subject = t.subjectId;
                entries.add(new TreeEntry(subject, group, t.subject, t.subject, null, null));
            }
            entries.add(new TreeEntry(t.id, subject, t.kind.name(), t.subject, t.kind, null));
            String[] names = t.attributes();
            long[] ids = t.attributeIds();
            int[] first = t.attributeFirstEvent();
            Integer[] order = new Integer[names.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparing(i -> names[i]));
            for (int i : order) {
                if (first[i] < n) {
                    entries.add(new TreeEntry(ids[i], t.id, names[i], t.subject, t.kind, names[i]));
                }
            }
        }
        return entries;
    }

    /**
     * Series {@code key} over {@code range} in {@code resolution} buckets (see {@link XySeries}).
     * Cost: a few binary searches per bucket, plus the points inside buckets smaller than a chunk;
     * whole spilled chunks inside a bucket are read from their summaries, not from disk.
     */
    public XySeries fetchXy(SeriesKey key, TimeRange range, int resolution) {
        if (resolution <= 0) {
            throw new IllegalArgumentException("resolution must be positive: " + resolution);
        }
        long[] ends = bucketEnds(range, resolution);
        double[] values = Extremes.nans(resolution);
        double[] min = Extremes.nans(resolution);
        double[] max = Extremes.nans(resolution);
        int[] counts = new int[resolution];
        Track.Cursor cursor = cursor(key.subject(), key.kind(), size());
        if (cursor != null) {
            int slot = lanes.find(key.subject(), key.kind()).slotOf(key.attribute());
            double[] minMax = new double[2];
            int p = cursor.atOrAfter(range.start());
            for (int b = 0; b < resolution; b++) {
                int q = cursor.after(ends[b]);
                counts[b] = q - p;
                if (slot >= 0) {
                    cursor.minMax(slot, p, q, minMax);
                    min[b] = minMax[0];
                    max[b] = minMax[1];
                    values[b] = cursor.lastBefore(slot, q);
                }
                p = q;
            }
        }
        return new XySeries(key, ends, values, min, max, counts);
    }

    /**
     * The events about {@code subject} of the given kinds (all kinds when {@code kinds} is empty)
     * inside {@code range}, at most one per lane and bucket of {@code resolution} buckets when
     * there are more than {@code resolution} in a lane (see {@link EventRow}).
     */
    public EventRow fetchRow(String subject, Set<EventKind> kinds, TimeRange range, int resolution) {
        if (resolution <= 0) {
            throw new IllegalArgumentException("resolution must be positive: " + resolution);
        }
        long[] ends = bucketEnds(range, resolution);
        int n = size();
        List<Integer> indices = new ArrayList<>();
        int total = 0;
        for (EventKind kind : kinds.isEmpty() ? EnumSet.allOf(EventKind.class) : kinds) {
            Track.Cursor cursor = cursor(subject, kind, n);
            if (cursor == null) {
                continue;
            }
            int from = cursor.atOrAfter(range.start());
            int to = cursor.after(range.end());
            total += to - from;
            if (to - from <= resolution) {
                for (int p = from; p < to; p++) {
                    indices.add(cursor.eventIndex(p));
                }
                continue;
            }
            int p = from;
            for (int b = 0; b < resolution && p < to; b++) {
                int next = cursor.after(ends[b]);
                if (p < next) {
                    indices.add(cursor.eventIndex(p));
                }
                p = next;
            }
        }
        indices.sort(null);
        List<TelemetryEvent> events = new ArrayList<>(indices.size());
        for (int i : indices) {
            events.add(log.getSparse(i));
        }
        return new EventRow(subject, events, total - events.size());
    }

    /** How much is in memory and on disk now. */
    public StoreMemory memory() {
        synchronized (writer) {
            int n = log.size();
            int resident = log.residentEvents();
            return new StoreMemory(resident, n - resident, lanes.residentPoints(), spill.size());
        }
    }

    /**
     * Releases the spill file. Spilled events cannot be read afterwards; events in memory can. A
     * window's close does nothing: the store it shows owns the file.
     */
    @Override
    public void close() {
        if (visible == null) {
            spill.close();
        }
    }

    private Track.Cursor cursor(String subject, EventKind kind, int limit) {
        Track track = lanes.find(subject, kind);
        if (track == null || track.firstEventIndex >= limit) {
            return null;
        }
        return track.new Cursor(limit, spill, cache);
    }

    private static long[] bucketEnds(TimeRange range, int resolution) {
        long[] ends = new long[resolution];
        double width = (double) range.duration() / resolution;
        for (int b = 0; b < resolution - 1; b++) {
            ends[b] = range.start() + (long) Math.floor((b + 1) * width);
        }
        ends[resolution - 1] = range.end();
        return ends;
    }
}
