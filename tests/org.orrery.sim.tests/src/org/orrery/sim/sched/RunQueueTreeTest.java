package org.orrery.sim.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The red-black run-queue tree: sbco.md's worked example exactly, and rb_index through random churn. */
class RunQueueTreeTest {

    /** The example's pids in vruntime order, and the rb_index sbco.md gives each. */
    private static final int[] PIDS = {3173, 3161, 3177, 3164, 3159, 3181, 3168, 3187};
    private static final int[] RB_INDEX = {0, 0, 2, 0, 1, 0, 1, 0};

    private static Task task(int id, String subject, long vruntime) {
        Task t = new Task(id, subject, null, -1, CfsParameters.NICE_0_WEIGHT);
        t.setVruntime(vruntime);
        return t;
    }

    /**
     * Builds the snapshot of sbco.md (eight tasks, root 3177) by ordinary CFS enqueues, and checks
     * the tree's shape, every rb_index and every ordinate the spec lists.
     */
    @Test
    void workedExampleOfTheSpec() {
        Task[] byOrder = new Task[PIDS.length];
        for (int i = 0; i < PIDS.length; i++) {
            byOrder[i] = task(i, "pid/" + PIDS[i], 1_000L * (i + 1));
        }
        RunQueueTree tree = new RunQueueTree();
        // an enqueue order that leads red-black insertion to the spec's tree (root 3177)
        for (int i : new int[] {0, 2, 3, 1, 4, 5, 6, 7}) {
            tree.insert(byOrder[i]);
        }
        assertNull(tree.checkInvariants());
        assertSame(byOrder[2], tree.root(), "root is 3177");
        // shape implied by the listed rb_index values: 3177(3173(-, 3161), 3159(3164, 3168(3181, 3187)))
        assertSame(byOrder[0], byOrder[2].left);
        assertSame(byOrder[1], byOrder[0].right);
        assertSame(byOrder[4], byOrder[2].right);
        assertSame(byOrder[3], byOrder[4].left);
        assertSame(byOrder[6], byOrder[4].right);
        assertSame(byOrder[5], byOrder[6].left);
        assertSame(byOrder[7], byOrder[6].right);
        for (int i = 0; i < PIDS.length; i++) {
            assertEquals(RB_INDEX[i], byOrder[i].rbIndex(), "rb_index of " + PIDS[i]);
            assertEquals(i, RunQueueTree.ordinate(byOrder[i]), "ordinate of " + PIDS[i]);
            assertSame(byOrder[i], tree.select(i));
        }
        assertSame(byOrder[0], tree.leftmost());
        for (int i = 0; i + 1 < PIDS.length; i++) {
            assertSame(byOrder[i + 1], RunQueueTree.successor(byOrder[i]));
        }
        assertNull(RunQueueTree.successor(byOrder[PIDS.length - 1]));
    }

    /** Removing and re-inserting keeps the example's ordinates consistent with the order. */
    @Test
    void removalRenumbersTheQueue() {
        RunQueueTree tree = new RunQueueTree();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < PIDS.length; i++) {
            Task t = task(i, "pid/" + PIDS[i], 1_000L * (i + 1));
            tasks.add(t);
            tree.insert(t);
        }
        tree.remove(tasks.get(2)); // 3177, the root in the example
        assertNull(tree.checkInvariants());
        assertEquals(2, RunQueueTree.ordinate(tasks.get(3)));
        assertEquals(6, RunQueueTree.ordinate(tasks.get(7)));
        assertThrows(IllegalStateException.class, () -> RunQueueTree.ordinate(tasks.get(2)));
        assertThrows(IllegalStateException.class, () -> tree.remove(tasks.get(2)));
        assertThrows(IllegalStateException.class, () -> tree.insert(tasks.get(0)));
    }

    /**
     * Random enqueues and dequeues (many equal vruntimes, so the tie-break matters) against a
     * sorted list as reference: after every operation the tree's invariants hold (rb_index equals
     * the left subtree's size, red-black colouring, order), and every task's ordinate, select,
     * successor and the leftmost agree with the reference.
     */
    @Test
    void rbIndexStaysCorrectThroughRandomInsertAndDelete() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            RunQueueTree tree = new RunQueueTree();
            List<Task> reference = new ArrayList<>();
            Comparator<Task> key = Comparator.comparingLong((Task t) -> t.vruntime).thenComparingLong(t -> t.tieBreak);
            int maxSize = 1 + random.nextInt(64);
            for (int step = 0; step < 2_000; step++) {
                boolean insert = reference.isEmpty() || (reference.size() < maxSize && random.nextBoolean());
                if (insert) {
                    Task t = task(step, "t" + step, random.nextInt(16));
                    tree.insert(t);
                    reference.add(t);
                    reference.sort(key);
                } else {
                    Task t = reference.remove(random.nextInt(reference.size()));
                    tree.remove(t);
                }
                assertNull(tree.checkInvariants(), "seed " + seed + " step " + step);
                assertEquals(reference.size(), tree.size());
                assertSame(reference.isEmpty() ? null : reference.get(0), tree.leftmost());
                for (int i = 0; i < reference.size(); i++) {
                    Task t = reference.get(i);
                    assertEquals(i, RunQueueTree.ordinate(t), "ordinate, seed " + seed + " step " + step);
                    assertSame(t, tree.select(i));
                    assertSame(i + 1 < reference.size() ? reference.get(i + 1) : null, RunQueueTree.successor(t));
                }
            }
        }
    }

    /** Equal vruntimes queue in arrival order, as Linux's enqueue sends equal keys right. */
    @Test
    void equalVruntimesQueueInArrivalOrder() {
        RunQueueTree tree = new RunQueueTree();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Task t = task(i, "t" + i, 500);
            tasks.add(t);
            tree.insert(t);
        }
        List<Task> order = new ArrayList<>();
        tree.forEachInOrder(order::add);
        assertEquals(tasks, order);
    }
}
