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
    private ChunkCodec.EventLayout layout;

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
    void spill(SpillFile file, Names names) {
        ChunkCodec.EncodedEvents encoded = ChunkCodec.encodeEvents(resident.events, SIZE, firstTime, names);
        spillLength = encoded.bytes().remaining();
        layout = encoded.layout();
        spillOffset = file.append(encoded.bytes());
        resident = null;
    }

    /** The chunk's data, read back from the spill file (through the cache) if it was spilled. */
    Data data(SpillFile file, ChunkCache cache, Names names) {
        Data data = resident;
        if (data != null) {
            return data;
        }
        return cache.get(this, () -> {
            TelemetryEvent[] events = ChunkCodec.decodeEvents(file.read(spillOffset, spillLength), layout, firstTime,
                    names);
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
     * event. Reads the event's offset, then its bytes.
     */
    TelemetryEvent event(int i, SpillFile file, ChunkCache cache, Names names) {
        Data data = resident;
        if (data == null) {
            data = cache.peek(this);
        }
        if (data != null) {
            return data.events()[i];
        }
        boolean last = i + 1 == layout.count();
        ByteBuffer offsets = file.read(spillOffset + layout.offsetPosition(i), last ? 4 : 8);
        int from = offsets.getInt();
        int to = last ? layout.bodyLength() : offsets.getInt();
        return ChunkCodec.decodeEvent(file.read(spillOffset + layout.bodyPosition() + from, to - from), firstTime,
                names);
    }
}
