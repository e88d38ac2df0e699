package org.orrery.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;

class FutureEventQueueTest {

    private static final Comparator<SimEvent> ORDER =
            Comparator.comparingLong(SimEvent::time).thenComparingLong(SimEvent::serial);

    @Test
    void pollsInTimeThenSerialOrderUnderRandomAddsAndRemovals() {
        FutureEventQueue queue = new FutureEventQueue();
        TreeSet<SimEvent> reference = new TreeSet<>(ORDER);
        List<SimEvent> live = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        long serial = 0;
        for (int op = 0; op < 200_000; op++) {
            int choice = random.nextInt(10);
            if (choice < 5) {
                // few distinct times, so ties are frequent
                SimEvent e = new SimEvent(random.nextLong(50), serial++, s -> {
                });
                queue.add(e);
                reference.add(e);
                live.add(e);
            } else if (choice < 7 && !live.isEmpty()) {
                SimEvent e = live.remove(random.nextInt(live.size()));
                assertEquals(reference.remove(e), queue.remove(e));
            } else {
                SimEvent expected = reference.pollFirst();
                SimEvent got = queue.poll();
                assertEquals(expected, got);
                live.remove(got);
            }
            assertEquals(reference.size(), queue.size());
        }
        while (!reference.isEmpty()) {
            assertEquals(reference.pollFirst(), queue.poll());
        }
        assertNull(queue.poll());
    }

    // Property tests against java.util.PriorityQueue with the same (time, serial) comparator. The
    // queue is a ladder (top list, rungs of buckets, bottom heap), so the delay laws are chosen to
    // drive every path: equal times, an even spread, a dense cluster inside a wide spread (rungs
    // split into finer rungs) and delays up to the end of time (bucket arithmetic near overflow).

    @Test
    void matchesReferenceWithManyEqualTimes() {
        checkAgainstReference(1, random -> random.nextLong(3));
    }

    @Test
    void matchesReferenceWithEvenlySpreadTimes() {
        checkAgainstReference(2, random -> random.nextLong(1_000_000));
    }

    @Test
    void matchesReferenceWithClusterInsideWideSpread() {
        checkAgainstReference(3, random -> random.nextInt(10) < 9 ? random.nextLong(100) : random.nextLong(1L << 40));
    }

    @Test
    void matchesReferenceWithDelaysUpToTheEndOfTime() {
        checkAgainstReference(4, random -> random.nextInt(4) == 0 ? Long.MAX_VALUE : random.nextLong(Long.MAX_VALUE / 2));
    }

    /** Cancelling most of many far events folds the ladder back into its top list; order holds. */
    @Test
    void matchesReferenceWhenMostEventsAreCancelled() {
        FutureEventQueue queue = new FutureEventQueue();
        // a TreeSet: PriorityQueue.remove would take minutes at this size
        TreeSet<SimEvent> reference = new TreeSet<>(ORDER);
        SplittableRandom random = new SplittableRandom(5);
        List<SimEvent> live = new ArrayList<>();
        long serial = 0;
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 20_000; i++) {
                SimEvent e = new SimEvent(1_000_000L * round + random.nextLong(10_000_000), serial++, NOTHING);
                queue.add(e);
                reference.add(e);
                live.add(e);
            }
            // one pop spreads the top into rungs, so the cancellations below hit bucketed events
            SimEvent first = reference.pollFirst();
            assertSame(first, queue.poll());
            live.set(live.indexOf(first), live.get(live.size() - 1));
            live.remove(live.size() - 1);
            for (int i = 0; i < 18_000; i++) {
                SimEvent e = takeAny(live, random);
                assertTrue(queue.remove(e));
                assertTrue(reference.remove(e));
                assertFalse(e.isPending());
                assertFalse(queue.remove(e), "a second cancellation is refused");
            }
            assertEquals(reference.size(), queue.size());
        }
        while (!reference.isEmpty()) {
            assertSame(reference.pollFirst(), queue.poll());
        }
        assertNull(queue.poll());
    }

    @Test
    void refusesToCancelAnEventOfAnotherQueue() {
        FutureEventQueue mine = new FutureEventQueue();
        FutureEventQueue other = new FutureEventQueue();
        SimEvent foreign = new SimEvent(5, 0, NOTHING);
        other.add(foreign);
        mine.add(new SimEvent(5, 1, NOTHING));
        assertFalse(mine.remove(foreign));
        assertEquals(1, mine.size());
        assertEquals(1, other.size());
        assertSame(foreign, other.poll());
        assertFalse(other.remove(foreign), "a fired event is not pending");
    }

    private static final EventHandler NOTHING = s -> {
    };

    /**
     * Random schedule / cancel / pop operations as a simulation makes them (every new event at or
     * after the time of the last one popped), growing to thousands pending and draining again;
     * after each, the popped event, the pending count and the next event equal the reference's.
     */
    private static void checkAgainstReference(long seed, ToLongFunction<SplittableRandom> delay) {
        FutureEventQueue queue = new FutureEventQueue();
        PriorityQueue<SimEvent> reference = new PriorityQueue<>(ORDER);
        List<SimEvent> live = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        long now = 0;
        long serial = 0;
        for (int op = 0; op < 300_000; op++) {
            // phases of growth (60% schedules) and decline (30%), so the queue fills and empties
            int scheduleShare = (op / 20_000) % 2 == 0 ? 6 : 3;
            int choice = random.nextInt(10);
            if (choice < scheduleShare) {
                long d = delay.applyAsLong(random);
                long time = d > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + d;
                SimEvent e = new SimEvent(time, serial++, NOTHING);
                queue.add(e);
                reference.add(e);
                live.add(e);
                assertTrue(e.isPending());
            } else if (choice < scheduleShare + 2 && !live.isEmpty()) {
                SimEvent e = takeAny(live, random);
                assertEquals(reference.remove(e), queue.remove(e));
                assertFalse(e.isPending());
            } else {
                SimEvent expected = reference.poll();
                SimEvent got = queue.poll();
                assertSame(expected, got);
                if (got != null) {
                    assertFalse(got.isPending());
                    live.remove(got);
                    now = got.time();
                }
            }
            assertEquals(reference.size(), queue.size());
            assertSame(reference.peek(), queue.peek());
        }
        drainAndCompare(queue, reference);
    }

    /** Removes and returns a random element in O(1) (order of the list does not matter). */
    private static SimEvent takeAny(List<SimEvent> list, SplittableRandom random) {
        int i = random.nextInt(list.size());
        SimEvent e = list.get(i);
        list.set(i, list.get(list.size() - 1));
        list.remove(list.size() - 1);
        return e;
    }

    private static void drainAndCompare(FutureEventQueue queue, PriorityQueue<SimEvent> reference) {
        while (!reference.isEmpty()) {
            assertSame(reference.poll(), queue.poll());
            assertEquals(reference.size(), queue.size());
        }
        assertNull(queue.poll());
        assertNull(queue.peek());
    }
}
