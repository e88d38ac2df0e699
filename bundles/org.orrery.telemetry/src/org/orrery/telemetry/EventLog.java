package org.orrery.telemetry;

import java.util.ArrayDeque;

/**
 * The store's events in arrival order (which is time order), in chunks of
 * {@value EventChunk#SIZE}. At most {@code residentEvents} events of full chunks stay in memory;
 * older full chunks spill. The chunk being filled always stays resident.
 * <p>
 * One writer (under the store's lock) calls {@link #put} then {@link #publish}; readers take a
 * size and read only below it: a slot is written before the size that covers it is published
 * (a volatile write) and never changes afterwards.
 */
final class EventLog {

    private final int residentEvents;
    private final SpillFile spill;
    private final ChunkCache cache;
    private final Names names = new Names();
    private final AppendOnlyArray<EventChunk> chunks = new AppendOnlyArray<>(EventChunk[]::new, 16);
    private volatile int size;
    private final ArrayDeque<EventChunk> residentFull = new ArrayDeque<>();
    private int spilledChunks;

    EventLog(int residentEvents, SpillFile spill, ChunkCache cache) {
        this.residentEvents = residentEvents;
        this.spill = spill;
        this.cache = cache;
    }

    int size() {
        return size;
    }

    /** Writer only: stores {@code event} at index {@link #size()}, not yet visible to readers. */
    void put(TelemetryEvent event) {
        int index = size;
        if ((index & EventChunk.MASK) == 0) {
            chunks.append(new EventChunk(event.time()));
        }
        chunks.get(index >>> EventChunk.BITS).put(index & EventChunk.MASK, event);
    }

    /** Writer only: makes the event stored by the last {@link #put} visible, and spills what the limit asks. */
    void publish() {
        int newSize = size + 1;
        size = newSize;
        if ((newSize & EventChunk.MASK) == 0) {
            residentFull.add(chunks.get((newSize - 1) >>> EventChunk.BITS));
            while ((long) residentFull.size() * EventChunk.SIZE > residentEvents) {
                residentFull.poll().spill(spill, names);
                spilledChunks++;
            }
        }
    }

    /** Events held in memory: the resident full chunks and the one being filled. */
    int residentEvents() {
        return size - spilledChunks * EventChunk.SIZE;
    }

    /** The event at {@code i}, which must be below a size the caller read. */
    TelemetryEvent get(int i) {
        return chunk(i).events()[i & EventChunk.MASK];
    }

    /** The event at {@code i}, read alone if its chunk is spilled; see {@link EventChunk#event}. */
    TelemetryEvent getSparse(int i) {
        return chunks.get(i >>> EventChunk.BITS).event(i & EventChunk.MASK, spill, cache, names);
    }

    /** The data of the chunk holding index {@code i}. */
    EventChunk.Data chunk(int i) {
        return chunks.get(i >>> EventChunk.BITS).data(spill, cache, names);
    }

    long timeAt(int i) {
        return chunk(i).times()[i & EventChunk.MASK];
    }

    /** Index of the first event below {@code limit} with time >= {@code time} ({@code limit} when none). */
    int firstIndexAtOrAfter(long time, int limit) {
        if (limit == 0) {
            return 0;
        }
        EventChunk[] cs = chunks.array();
        if (cs[0].firstTime >= time) {
            return 0;
        }
        // the last chunk starting before time holds the answer, or the answer is where the next one starts
        int c = Bisect.last(0, (limit - 1) >>> EventChunk.BITS, k -> cs[k].firstTime < time);
        int from = c << EventChunk.BITS;
        int to = Math.min(limit, from + EventChunk.SIZE);
        long[] times = cs[c].data(spill, cache, names).times();
        return from + Bisect.first(1, to - from, i -> times[i] >= time);
    }
}
