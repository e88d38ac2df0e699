package org.orrery.sim;

import java.util.Arrays;

/**
 * The pending events of a run in (time, serial) order: a ladder queue (Tang, Goh and Thng, ACM
 * TOMACS 15(3), 2005) whose bottom is an implicit 4-ary heap over parallel primitive arrays.
 * <p>
 * Why: a heap costs O(log n) cache-missing levels per event, which at 10^5 pending events held
 * the kernel to about 4 M events/s. The ladder touches each event O(1) times on average: far
 * events go, unsorted, into the <em>top</em> list; when the near future runs dry the top is
 * spread over a <em>rung</em> of time buckets, a crowded bucket over a finer rung, and only a
 * bucket of at most {@link #SPLIT_THRESHOLD} events is ordered, in the small bottom heap.
 * <p>
 * Determinism: every structure boundary is a time, and the boundaries only move forward, so all
 * events with one time always sit in the same bucket (or all in the bottom heap), and the bottom
 * heap orders them by (time, serial) exactly; the firing order is that of a single sorted list
 * and does not depend on bucket widths.
 * <p>
 * Cancellation: an event in the bottom heap is removed at once (O(log n)); one in the top or a
 * rung is marked done and its link dropped when its bucket is next walked, or when cancelled
 * links outnumber live events (then the ladder is folded back into the top list), so memory
 * stays proportional to the pending events. {@link #size()} is exact either way.
 */
final class FutureEventQueue {

    /**
     * A bucket holding more events than this is spread over a finer rung instead of being
     * ordered in the bottom heap (the ladder paper's THRES is 50; a heap orders 64 cheaply).
     */
    static final int SPLIT_THRESHOLD = 64;
    /**
     * Events per bucket aimed at when the top list is spread: 2 measured best in the hold
     * benchmark (1 wastes time skipping empty buckets, 4+ orders more in the heap).
     */
    private static final int BUCKET_DENSITY = 2;
    /** At most 2^this buckets in a rung spread from a crowded bucket (bounds its arrays). */
    private static final int MAX_SPLIT_BITS = 20;
    /** Cancelled links kept before a fold-back is considered; below it the garbage is harmless. */
    private static final int STALE_SLACK = 4096;

    // --- bottom: implicit 4-ary min-heap; keys in primitive arrays so that a node's four
    // children are compared without dereferencing an event (a serial is read only on a time tie)
    private static final int SHIFT = 2;
    private static final int ARITY = 1 << SHIFT;
    private long[] times = new long[SPLIT_THRESHOLD * 2];
    private long[] serials = new long[SPLIT_THRESHOLD * 2];
    private SimEvent[] events = new SimEvent[SPLIT_THRESHOLD * 2];
    private int heapSize;

    // --- ladder: the top list and the rungs (rungs[0] coarsest); each rung covers the bucket of
    // its parent being consumed; events below the deepest rung's current bucket go to the heap
    private SimEvent top;
    /**
     * Earliest and latest time pushed onto the top list since it was last spread (kept as events
     * arrive, which spares spreading a walk of the list; cancelled events may widen them, which
     * only makes the rung coarser).
     */
    private long topMin = Long.MAX_VALUE;
    private long topMax = Long.MIN_VALUE;
    /** With no rung: events at or after this time go to the top, earlier ones to the heap. */
    private long topStart = Long.MIN_VALUE;
    private Rung[] rungs = new Rung[4];
    private int rungCount;
    /** Pending (not cancelled) events in the top list and the rungs. */
    private int ladderLive;
    /** Cancelled events still linked in the top list or a rung. */
    private int stale;

    /** One rung: {@code buckets} time buckets of {@code 1 << shift} ns from {@code start}. */
    private static final class Rung {
        long start;
        int shift;
        int buckets;
        /** Next bucket to consume; buckets before it are empty. */
        int current;
        SimEvent[] heads = new SimEvent[0];
        int[] counts = new int[0];

        void reset(long start, int shift, int buckets) {
            this.start = start;
            this.shift = shift;
            this.buckets = buckets;
            this.current = 0;
            if (heads.length < buckets) {
                heads = new SimEvent[buckets];
                counts = new int[buckets];
            }
        }

        /** Bucket of {@code time}, which is at or after {@code start}: may be >= buckets. */
        long bucketOf(long time) {
            return (time - start) >>> shift;
        }

        /** The rung's end, saturated at Long.MAX_VALUE (an event can be at most that late). */
        long end() {
            long span = (long) buckets << shift;
            return span < 0 || start > Long.MAX_VALUE - span ? Long.MAX_VALUE : start + span;
        }

        void push(int bucket, SimEvent event) {
            event.next = heads[bucket];
            heads[bucket] = event;
            counts[bucket]++;
        }
    }

    int size() {
        return heapSize + ladderLive;
    }

    SimEvent peek() {
        if (heapSize == 0) {
            refill();
        }
        return heapSize == 0 ? null : events[0];
    }

    SimEvent poll() {
        if (heapSize == 0) {
            refill();
            if (heapSize == 0) {
                return null;
            }
        }
        SimEvent first = events[0];
        removeAt(0);
        return first;
    }

    void add(SimEvent event) {
        event.queue = this;
        long time = event.time();
        if (rungCount == 0) {
            if (time >= topStart) {
                pushTop(event);
            } else {
                heapAdd(event);
            }
            return;
        }
        for (int i = 0; i < rungCount; i++) {
            Rung rung = rungs[i];
            if (time < rung.start) {
                break; // deeper rungs start later still: the event is below the whole ladder
            }
            long bucket = rung.bucketOf(time);
            if (bucket >= rung.buckets) {
                pushTop(event); // only rung 0 can be overshot: each deeper rung ends where its parent's current bucket starts
                return;
            }
            if (bucket >= rung.current) {
                event.position = SimEvent.IN_LADDER;
                rung.push((int) bucket, event);
                ladderLive++;
                return;
            }
        }
        heapAdd(event);
    }

    /** Removes a pending event; returns false when it was not pending in this queue. */
    boolean remove(SimEvent event) {
        if (event.queue != this) {
            return false;
        }
        int i = event.position;
        if (i == SimEvent.IN_LADDER) {
            event.position = SimEvent.DONE;
            ladderLive--;
            stale++;
            if (stale > STALE_SLACK && stale > ladderLive) {
                foldLadderIntoTop();
            }
            return true;
        }
        if (i < 0 || i >= heapSize || events[i] != event) {
            return false;
        }
        removeAt(i);
        return true;
    }

    // ------------------------------------------------------------------------------- ladder

    private void pushTop(SimEvent event) {
        long time = event.time();
        topMin = Math.min(topMin, time);
        topMax = Math.max(topMax, time);
        event.position = SimEvent.IN_LADDER;
        event.next = top;
        top = event;
        ladderLive++;
    }

    /** Fills the empty bottom heap with the earliest bucket of the ladder, if any. */
    private void refill() {
        while (heapSize == 0 && ladderLive > 0) {
            if (rungCount == 0) {
                spreadTop();
                continue;
            }
            Rung rung = rungs[rungCount - 1];
            while (rung.current < rung.buckets && rung.heads[rung.current] == null) {
                rung.current++;
            }
            if (rung.current == rung.buckets) {
                rungCount--;
                if (rungCount == 0) {
                    topStart = rung.end();
                }
                continue;
            }
            int b = rung.current++;
            SimEvent list = rung.heads[b];
            int count = rung.counts[b];
            rung.heads[b] = null;
            rung.counts[b] = 0;
            if (count > SPLIT_THRESHOLD && rung.shift > 0) {
                // a crowded bucket: a finer rung over exactly its time span
                int shift = Math.max(0, rung.shift - Math.min(ceilLog2(count), MAX_SPLIT_BITS));
                Rung child = newRung(rung.start + ((long) b << rung.shift), shift, 1 << (rung.shift - shift));
                spread(list, child);
            } else {
                while (list != null) {
                    SimEvent next = list.next;
                    list.next = null;
                    if (list.position == SimEvent.IN_LADDER) {
                        ladderLive--;
                        heapAdd(list);
                    } else {
                        stale--;
                    }
                    list = next;
                }
            }
        }
    }

    /** With no rung left: spreads the top list over a new rung 0 sized to its live events. */
    private void spreadTop() {
        SimEvent list = top;
        long min = topMin;
        long range = topMax - min; // times are never negative, so this does not overflow
        top = null;
        topMin = Long.MAX_VALUE;
        topMax = Long.MIN_VALUE;
        int buckets = Math.max(1, ladderLive / BUCKET_DENSITY);
        int shift = 0;
        while ((range >>> shift) >= buckets) {
            shift++;
        }
        spread(list, newRung(min, shift, (int) (range >>> shift) + 1));
    }

    /** Moves the live events of {@code list} into the buckets of {@code rung}; drops stale links. */
    private void spread(SimEvent list, Rung rung) {
        while (list != null) {
            SimEvent next = list.next;
            if (list.position == SimEvent.IN_LADDER) {
                rung.push((int) rung.bucketOf(list.time()), list);
            } else {
                list.next = null;
                stale--;
            }
            list = next;
        }
    }

    private Rung newRung(long start, int shift, int buckets) {
        if (rungCount == rungs.length) {
            rungs = Arrays.copyOf(rungs, rungCount * 2);
        }
        Rung rung = rungs[rungCount];
        if (rung == null) {
            rung = rungs[rungCount] = new Rung();
        }
        rung.reset(start, shift, buckets);
        rungCount++;
        return rung;
    }

    /**
     * Cancelled links outnumber the live ones: every live event of the rungs goes back to the top
     * list, which then starts where the ladder's unconsumed part started (so nothing moves to the
     * other side of the heap boundary), and the stale links are let go.
     */
    private void foldLadderIntoTop() {
        long boundary = rungCount == 0 ? topStart : ladderBoundary();
        SimEvent live = null;
        SimEvent list = top;
        top = null;
        topMin = Long.MAX_VALUE;
        topMax = Long.MIN_VALUE;
        for (int r = -1; r < rungCount; r++) {
            if (r >= 0) {
                Rung rung = rungs[r];
                for (int b = rung.current; b < rung.buckets; b++) {
                    // stitch each bucket onto the walk
                    SimEvent head = rung.heads[b];
                    rung.heads[b] = null;
                    rung.counts[b] = 0;
                    if (head == null) {
                        continue;
                    }
                    SimEvent tail = head;
                    while (tail.next != null) {
                        tail = tail.next;
                    }
                    tail.next = list;
                    list = head;
                }
            }
            while (list != null) {
                SimEvent next = list.next;
                if (list.position == SimEvent.IN_LADDER) {
                    list.next = live;
                    live = list;
                    topMin = Math.min(topMin, list.time());
                    topMax = Math.max(topMax, list.time());
                } else {
                    list.next = null;
                }
                list = next;
            }
        }
        top = live;
        rungCount = 0;
        topStart = boundary;
        stale = 0;
    }

    /** Start of the deepest rung's unconsumed buckets: the heap holds everything before it. */
    private long ladderBoundary() {
        Rung deepest = rungs[rungCount - 1];
        return deepest.start + ((long) deepest.current << deepest.shift);
    }

    private static int ceilLog2(int n) {
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    // -------------------------------------------------------------------------- bottom heap

    private void heapAdd(SimEvent event) {
        if (heapSize == events.length) {
            int capacity = heapSize * 2;
            times = Arrays.copyOf(times, capacity);
            serials = Arrays.copyOf(serials, capacity);
            events = Arrays.copyOf(events, capacity);
        }
        siftUp(heapSize++, event.time(), event.serial(), event);
    }

    private void removeAt(int i) {
        events[i].position = SimEvent.DONE;
        int last = --heapSize;
        SimEvent moved = events[last];
        long time = times[last];
        long serial = serials[last];
        events[last] = null; // no stale reference keeps a fired handler alive
        if (i == last) {
            return;
        }
        // The last leaf fills the hole: it sinks below it, or (when the hole was not at the root
        // and the leaf came from another subtree) may need to rise above it instead.
        int parent = (i - 1) >>> SHIFT;
        if (i > 0 && (time < times[parent] || (time == times[parent] && serial < serials[parent]))) {
            siftUp(i, time, serial, moved);
        } else {
            siftDown(i, time, serial, moved);
        }
    }

    private void siftUp(int i, long time, long serial, SimEvent event) {
        while (i > 0) {
            int parent = (i - 1) >>> SHIFT;
            long parentTime = times[parent];
            if (time > parentTime || (time == parentTime && serial > serials[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        place(i, time, serial, event);
    }

    private void siftDown(int i, long time, long serial, SimEvent event) {
        int n = heapSize;
        while (true) {
            int first = (i << SHIFT) + 1;
            if (first >= n) {
                break;
            }
            int end = Math.min(first + ARITY, n);
            int best = first;
            long bestTime = times[first];
            for (int c = first + 1; c < end; c++) {
                long t = times[c];
                if (t < bestTime || (t == bestTime && serials[c] < serials[best])) {
                    best = c;
                    bestTime = t;
                }
            }
            if (bestTime > time || (bestTime == time && serials[best] > serial)) {
                break;
            }
            move(best, i);
            i = best;
        }
        place(i, time, serial, event);
    }

    private void move(int from, int to) {
        times[to] = times[from];
        serials[to] = serials[from];
        SimEvent e = events[from];
        events[to] = e;
        e.position = to;
    }

    private void place(int i, long time, long serial, SimEvent event) {
        times[i] = time;
        serials[i] = serial;
        events[i] = event;
        event.position = i;
    }
}
