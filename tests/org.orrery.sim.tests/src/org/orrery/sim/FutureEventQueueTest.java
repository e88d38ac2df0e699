package org.orrery.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

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
}
