package org.orrery.telemetry;

import java.util.Arrays;
import java.util.Map;

/**
 * Every event of one subject and one kind (e.g. the MIGRATION_ROUND events of {@code vm/web-1}),
 * as columns: time, index in the store's log, and each numeric attribute. It lets a view ask
 * for one series or one lane without scanning the events of all others: positions are found by
 * binary search, and aggregates over sealed chunks come from their summaries.
 * <p>
 * Threading: one writer ({@link #add}, under the store's lock); readers bound every access by
 * {@link #size()}, published last.
 */
final class Track {

    static final int FIRST_CAPACITY = 8;
    static final int CHUNK_CAPACITY = 1024;

    final String subject;
    final EventKind kind;
    /** Tree entry ids of the track, its subject and its subject's group. */
    final long id;
    final long subjectId;
    final long groupId;
    /** Log index of the track's first event. */
    final int firstEventIndex;

    private String[] writerNames = new String[4];
    private int slotCount;
    private volatile String[] attributes = new String[0];
    private volatile long[] attributeIds = new long[0];
    private volatile int[] attributeFirstEvent = new int[0];
    private final AppendOnlyArray<TrackChunk> chunks = new AppendOnlyArray<>(TrackChunk[]::new, 4);
    private volatile int size;
    private double[] row = new double[0];

    Track(String subject, EventKind kind, long id, long subjectId, long groupId, int firstEventIndex) {
        this.subject = subject;
        this.kind = kind;
        this.id = id;
        this.subjectId = subjectId;
        this.groupId = groupId;
        this.firstEventIndex = firstEventIndex;
    }

    /** Points published so far. */
    int size() {
        return size;
    }

    /** Names of the numeric attributes, by slot. */
    String[] attributes() {
        return attributes;
    }

    long[] attributeIds() {
        return attributeIds;
    }

    int[] attributeFirstEvent() {
        return attributeFirstEvent;
    }

    /** Slot of attribute {@code name}, or -1. */
    int slotOf(String name) {
        String[] names = attributes;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writer only: adds {@code event}, stored at log index {@code eventIndex}.
     *
     * @param ids allocates tree entry ids for attributes seen for the first time
     * @return the chunk that was sealed to make room, or null
     */
    TrackChunk add(TelemetryEvent event, int eventIndex, java.util.function.LongSupplier ids) {
        int n = slotCount;
        Arrays.fill(row, 0, n, Double.NaN);
        for (Map.Entry<String, Object> a : event.attributes().entrySet()) {
            if (a.getValue() instanceof Number number) {
                int slot = writerSlotOf(a.getKey(), n);
                if (slot < 0) {
                    slot = newSlot(a.getKey(), ids.getAsLong(), eventIndex);
                    n++;
                }
                row[slot] = number.doubleValue();
            }
        }
        TrackChunk sealed = null;
        TrackChunk open = chunks.last();
        if (open == null || open.isFull() || open.summary() != null) {
            if (open != null && open.summary() == null) {
                open.seal(n);
                sealed = open;
            }
            open = new TrackChunk(size, event.time(), eventIndex, n);
            chunks.append(open);
        }
        open.add(event.time(), eventIndex, row, n);
        size = size + 1;
        return sealed;
    }

    /** Writer only: seals the open chunk early (to spill it); returns it, or null if there is none. */
    TrackChunk sealOpen() {
        TrackChunk open = chunks.last();
        if (open == null || open.summary() != null) {
            return null;
        }
        open.seal(slotCount);
        return open;
    }

    /** Writer only: points in the open chunk (0 when there is none). */
    int openPoints() {
        TrackChunk open = chunks.last();
        return open == null || open.summary() != null ? 0 : open.count;
    }

    /**
     * Writer only: the slot of {@code name} among the first {@code n}, or -1. A lane has a handful
     * of attributes, usually the same string constants: a scan beats hashing.
     */
    private int writerSlotOf(String name, int n) {
        String[] names = writerNames;
        for (int i = 0; i < n; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private int newSlot(String name, long entryId, int eventIndex) {
        int slot = slotCount++;
        if (writerNames.length == slot) {
            writerNames = Arrays.copyOf(writerNames, Math.max(4, slot * 2));
        }
        writerNames[slot] = name;
        if (row.length <= slot) {
            row = Arrays.copyOf(row, Math.max(4, row.length * 2));
            Arrays.fill(row, slot, row.length, Double.NaN);
        }
        attributeIds = append(attributeIds, entryId);
        attributeFirstEvent = append(attributeFirstEvent, eventIndex);
        String[] names = Arrays.copyOf(attributes, slot + 1);
        names[slot] = name;
        attributes = names;
        return slot;
    }

    private static long[] append(long[] a, long v) {
        long[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    private static int[] append(int[] a, int v) {
        int[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }

    // ---- reading: every method takes the number of points the caller may see ----

    /** A reader's consistent view of the track: its chunks and how many points it may see. */
    final class Cursor {
        private final TrackChunk[] cs;
        private final int count;
        private final int points;
        private final SpillFile spill;
        private final ChunkCache cache;

        Cursor(int eventLimit, SpillFile spill, ChunkCache cache) {
            this.spill = spill;
            this.cache = cache;
            int n = size;
            int c = chunks.size();
            this.cs = chunks.array();
            // chunk count may run ahead of size by the chunk being created: keep chunks with a visible point
            while (c > 0 && cs[c - 1].firstPosition >= n) {
                c--;
            }
            this.count = c;
            this.points = visible(n, eventLimit);
        }

        /** Points visible to this cursor. */
        int points() {
            return points;
        }

        private int visible(int n, int eventLimit) {
            if (n == 0 || eventLimit <= firstEventIndex) {
                return 0;
            }
            int c = count - 1;
            SeriesColumns last = columns(c);
            if (last.eventIndex[n - 1 - cs[c].firstPosition] < eventLimit) {
                return n;
            }
            // a window shows fewer events than the log holds: the first point at or beyond the limit
            int k = Bisect.last(0, c, i -> cs[i].firstEventIndex < eventLimit);
            int[] indices = columns(k).eventIndex;
            int from = cs[k].firstPosition;
            return from + Bisect.first(0, end(k, n) - from, i -> indices[i] >= eventLimit);
        }

        private int end(int chunk, int n) {
            return chunk + 1 < count ? cs[chunk + 1].firstPosition : n;
        }

        private int end(int chunk) {
            return Math.min(end(chunk, points), points);
        }

        SeriesColumns columns(int chunk) {
            return cs[chunk].columns(spill, cache);
        }

        /** Index of the chunk holding position {@code p}. */
        int chunkOf(int p) {
            return Bisect.last(0, count - 1, k -> cs[k].firstPosition <= p);
        }

        /** First visible position with time >= {@code time}, or {@link #points()}. */
        int atOrAfter(long time) {
            if (points == 0 || cs[0].firstTime >= time) {
                return 0;
            }
            int k = Bisect.last(0, chunkOf(points - 1), i -> cs[i].firstTime < time);
            long[] times = columns(k).times;
            int from = cs[k].firstPosition;
            return from + Bisect.first(1, end(k) - from, i -> times[i] >= time);
        }

        /** First visible position with time > {@code time}, or {@link #points()}. */
        int after(long time) {
            return time == Long.MAX_VALUE ? points : atOrAfter(time + 1);
        }

        long time(int p) {
            int c = chunkOf(p);
            return columns(c).times[p - cs[c].firstPosition];
        }

        int eventIndex(int p) {
            int c = chunkOf(p);
            return columns(c).eventIndex[p - cs[c].firstPosition];
        }

        /** The last non-NaN value of {@code slot} at a position below {@code before}, or NaN. */
        double lastBefore(int slot, int before) {
            if (before <= 0) {
                return Double.NaN;
            }
            int c = chunkOf(before - 1);
            int from = cs[c].firstPosition;
            SeriesColumns columns = columns(c);
            for (int i = before - 1 - from; i >= 0; i--) {
                double v = columns.value(slot, i);
                if (!Double.isNaN(v)) {
                    return v;
                }
            }
            // earlier chunks are sealed: their summaries know their last value
            for (int k = c - 1; k >= 0; k--) {
                TrackChunk.Summary s = cs[k].summary();
                if (slot < s.last().length && !Double.isNaN(s.last()[slot])) {
                    return s.last()[slot];
                }
            }
            return Double.NaN;
        }

        /**
         * Smallest and largest non-NaN value of {@code slot} over positions [from, to) into
         * {@code out[0]} and {@code out[1]} (NaN when none). Whole sealed chunks count through
         * their summaries, so the cost is two partial chunks plus one step per chunk between.
         */
        void minMax(int slot, int from, int to, double[] out) {
            Extremes extremes = new Extremes();
            int p = from;
            while (p < to) {
                int c = chunkOf(p);
                int start = cs[c].firstPosition;
                int stop = Math.min(to, end(c));
                TrackChunk.Summary s = cs[c].summary();
                if (s != null && p == start && stop == start + s.count()) {
                    if (slot < s.min().length) {
                        extremes.add(s.min()[slot]);
                        extremes.add(s.max()[slot]);
                    }
                } else {
                    SeriesColumns columns = columns(c);
                    if (columns.hasColumn(slot)) {
                        extremes.addAll(columns.values[slot], p - start, stop - start);
                    }
                }
                p = stop;
            }
            out[0] = extremes.min;
            out[1] = extremes.max;
        }
    }
}
