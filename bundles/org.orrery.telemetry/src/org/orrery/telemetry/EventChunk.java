package org.orrery.telemetry;

import java.nio.ByteBuffer;

/**
 * {@value #SIZE} consecutive events of a store's log. While resident it holds the event objects
 * and their times; once spilled only where its bytes are in the spill file. The switch is one
 * volatile write after the bytes are on disk, so a reader sees either the resident arrays or a
 * complete spilled copy.
 */
final class EventChunk {

    static final int BITS = 12;
    static final int SIZE = 1 << BITS;
    static final int MASK = SIZE - 1;

    /** The chunk's events and their times, index-aligned; slots beyond the published size are unused. */
    record Data(TelemetryEvent[] events, long[] times) {
    }

    /** Time of the chunk's first event; a chunk exists only once it has one. */
    final long firstTime;
    private volatile Data resident = new Data(new TelemetryEvent[SIZE], new long[SIZE]);
    private long spillOffset;
    private int spillLength;
    private int headerLength;
    /** Key of the decoded header in the cache, apart from the decoded chunk's. */
    private final Object headerKey = new Object();

    EventChunk(long firstTime) {
        this.firstTime = firstTime;
    }

    /** Writer only: stores event {@code i} of the chunk. */
    void put(int i, TelemetryEvent event) {
        Data data = resident;
        data.events[i] = event;
        data.times[i] = event.time();
    }

    boolean isResident() {
        return resident != null;
    }

    /** Writer only: moves the full chunk to {@code file} and lets go of its arrays. */
    void spill(SpillFile file) {
        ByteBuffer bytes = ChunkCodec.encodeEvents(resident.events, SIZE);
        spillLength = bytes.remaining();
        headerLength = ChunkCodec.decodeEventHeader(bytes.duplicate()).length();
        spillOffset = file.append(bytes);
        resident = null;
    }

    /** The chunk's data, read back from the spill file (through the cache) if it was spilled. */
    Data data(SpillFile file, ChunkCache cache) {
        Data data = resident;
        if (data != null) {
            return data;
        }
        return cache.get(this, () -> {
            TelemetryEvent[] events = ChunkCodec.decodeEvents(file.read(spillOffset, spillLength));
            long[] times = new long[events.length];
            for (int i = 0; i < events.length; i++) {
                times[i] = events[i].time();
            }
            return new Data(events, times);
        });
    }

    /**
     * Event {@code i} alone: for callers that want a few events scattered over many chunks (a
     * timeline row), for whom decoding each whole spilled chunk would cost thousands of events per
     * event. Reads the chunk's header (cached) and the event's own bytes.
     */
    TelemetryEvent event(int i, SpillFile file, ChunkCache cache) {
        Data data = resident;
        if (data == null) {
            data = cache.peek(this);
        }
        if (data != null) {
            return data.events()[i];
        }
        ChunkCodec.EventHeader header = cache.get(headerKey,
                () -> ChunkCodec.decodeEventHeader(file.read(spillOffset, headerLength)));
        int from = header.offsets()[i];
        return ChunkCodec.decodeEvent(header, file.read(spillOffset + headerLength + from, header.end(i) - from));
    }
}
