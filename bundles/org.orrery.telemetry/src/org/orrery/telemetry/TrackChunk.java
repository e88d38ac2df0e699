package org.orrery.telemetry;

import java.nio.ByteBuffer;

/**
 * Consecutive points of one {@link Track}. Open while the writer adds to it, sealed when full or
 * when the store needs memory back; a sealed chunk gets a {@link Summary} that stays in memory
 * when its columns spill, so that aggregate queries over long ranges read no disk.
 */
final class TrackChunk {

    /**
     * What a sealed chunk keeps in memory for queries, per attribute slot: smallest, largest and
     * last non-NaN value (NaN when the chunk has none).
     */
    record Summary(int count, double[] min, double[] max, double[] last) {
    }

    /** Position of the chunk's first point in its track. */
    final int firstPosition;
    /** Time of the chunk's first point. */
    final long firstTime;
    /** Log index of the chunk's first point. */
    final int firstEventIndex;
    /** Writer only: points stored. */
    int count;
    private volatile SeriesColumns resident;
    private volatile Summary summary;
    private long spillOffset;
    private int spillLength;

    TrackChunk(int firstPosition, long firstTime, int firstEventIndex, int slots) {
        this.firstPosition = firstPosition;
        this.firstTime = firstTime;
        this.firstEventIndex = firstEventIndex;
        this.resident = new SeriesColumns(new long[Track.FIRST_CAPACITY], new int[Track.FIRST_CAPACITY],
                new double[slots][]);
    }

    /** Writer only: appends a point whose attribute values by slot are {@code row} (NaN = absent). */
    void add(long time, int eventIndex, double[] row, int slots) {
        SeriesColumns columns = resident;
        SeriesColumns replaced = columns;
        int i = count;
        if (i == columns.times.length) {
            replaced = columns.grown(Math.min(Track.CHUNK_CAPACITY, i * 2), slots);
        }
        for (int c = 0; c < slots; c++) {
            if (!Double.isNaN(row[c]) && !replaced.hasColumn(c)) {
                replaced = replaced.withColumn(c);
            }
        }
        replaced.times[i] = time;
        replaced.eventIndex[i] = eventIndex;
        for (int c = 0; c < slots; c++) {
            if (replaced.hasColumn(c)) {
                replaced.values[c][i] = row[c];
            }
        }
        if (replaced != columns) {
            resident = replaced;
        }
        count = i + 1;
    }

    boolean isFull() {
        return count == Track.CHUNK_CAPACITY;
    }

    /** The summary once sealed, else null. */
    Summary summary() {
        return summary;
    }

    /** Writer only: freezes the chunk; no point is added after this. */
    void seal(int slots) {
        SeriesColumns columns = resident;
        double[] min = Extremes.nans(slots);
        double[] max = Extremes.nans(slots);
        double[] last = Extremes.nans(slots);
        for (int c = 0; c < slots && c < columns.values.length; c++) {
            if (columns.hasColumn(c)) {
                Extremes extremes = new Extremes();
                extremes.addAll(columns.values[c], 0, count);
                min[c] = extremes.min;
                max[c] = extremes.max;
                for (int i = count - 1; i >= 0 && Double.isNaN(last[c]); i--) {
                    last[c] = columns.values[c][i];
                }
            }
        }
        summary = new Summary(count, min, max, last);
    }

    boolean isResident() {
        return resident != null;
    }

    /** Writer only: moves the sealed chunk's columns to {@code file}. */
    void spill(SpillFile file) {
        ByteBuffer bytes = ChunkCodec.encodeColumns(resident, count);
        spillLength = bytes.remaining();
        spillOffset = file.append(bytes);
        resident = null;
    }

    /** The columns, read back from the spill file (through the cache) if spilled. */
    SeriesColumns columns(SpillFile file, ChunkCache cache) {
        SeriesColumns columns = resident;
        if (columns != null) {
            return columns;
        }
        return cache.get(this, () -> ChunkCodec.decodeColumns(file.read(spillOffset, spillLength)));
    }
}
