package org.orrery.sim.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orrery.sim.sched.experiment.SchedWorld;

/** Same seed, same scheduling trace, for every policy; another seed, another trace. */
class SchedDeterminismTest {

    /** A digest of every decision: time, pCPU, the thread switched in, plus loans and migrations. */
    private static final class TraceDigest implements SchedObserver {
        long hash = 17;
        long entries;
        private final SchedWorld world;

        TraceDigest(SchedWorld world) {
            this.world = world;
        }

        private void add(long... values) {
            for (long v : values) {
                hash = hash * 1_000_003 + v;
            }
            entries++;
        }

        @Override
        public void switched(RunQueue rq, Task prev, Task next, long productiveFrom) {
            add(world.simulation().now(), rq.cpu(), next == null ? -1 : next.id(), productiveFrom);
        }

        @Override
        public void migrated(Task task, RunQueue from, RunQueue to, String reason) {
            add(world.simulation().now(), task.id(), from.cpu(), to.cpu(), reason.hashCode());
        }

        @Override
        public void lent(Task lender, Task borrower, long amount, RunQueue debtQueue) {
            add(world.simulation().now(), lender.id(), borrower.id(), amount);
        }

        @Override
        public void spinStarted(Task waiter, Task holder, String lock) {
            add(world.simulation().now(), waiter.id(), holder.id());
        }
    }

    private static long digest(String policy, long seed) {
        SchedWorld world = Scenarios.world(Scenarios.CHURN, policy, seed);
        TraceDigest d = new TraceDigest(world);
        world.host().addObserver(d);
        world.run(20_000_000_000L, false);
        assertNotEquals(0, d.entries);
        return d.hash ^ world.simulation().firedEvents();
    }

    @Test
    void sameSeedSameTraceOtherSeedOtherTrace() {
        for (String policy : Policies.NAMES) {
            assertEquals(digest(policy, 42), digest(policy, 42), policy);
            assertNotEquals(digest(policy, 42), digest(policy, 43), policy);
        }
    }

    /** The experiment layer is deterministic too: same definition and seed, same metrics. */
    @Test
    void sameSeedSameMetrics() {
        for (String policy : List.of("SBCO", "PROCCO")) {
            SchedWorld a = Scenarios.world(Scenarios.DEEP, policy, 9);
            SchedWorld b = Scenarios.world(Scenarios.DEEP, policy, 9);
            a.run(10_000_000_000L, false);
            b.run(10_000_000_000L, false);
            assertEquals(a.metrics(), b.metrics(), policy);
        }
    }
}
