package org.orrery.sim.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orrery.sim.sched.experiment.SchedWorld;

/** Each policy keeps its invariant through whole runs of churny and deep-queue hosts. */
class PolicyInvariantTest {

    private static final long SECOND = 1_000_000_000L;

    private record Outcome(SchedWorld world, InvariantProbe probe, Map<String, Double> metrics) {
    }

    private static Outcome run(List<String> scenario, String policy, long seed, long seconds) {
        SchedWorld world = Scenarios.world(scenario, policy, seed);
        InvariantProbe probe = new InvariantProbe(world.host());
        world.host().addObserver(probe);
        world.run(seconds * SECOND, false);
        return new Outcome(world, probe, world.metrics());
    }

    /** The churny host does stack siblings under stock CFS: the separation tests below mean something. */
    @Test
    void stockCfsStacksSiblings() {
        Outcome dft = run(Scenarios.CHURN, "DFT", 1, 60);
        assertTrue(dft.metrics().get("stacking_probability") > 0.05,
                "DFT stacking " + dft.metrics().get("stacking_probability"));
        assertEquals(List.of(), dft.probe().violations);
    }

    /** BAL and SBCO: siblings never share a run queue, at any wake-up, migration or pick. */
    @Test
    void balAndSbcoNeverStackSiblings() {
        for (String policy : List.of("BAL", "SBCO")) {
            for (List<String> scenario : List.of(Scenarios.CHURN, Scenarios.DEEP)) {
                Outcome o = run(scenario, policy, 2, 40);
                assertEquals(List.of(), o.probe().violations, policy);
                assertTrue(o.probe().checkedSeparations > 1_000, policy + " checked " + o.probe().checkedSeparations);
                assertEquals(0.0, o.metrics().get("stacking_probability"), policy);
            }
        }
    }

    /**
     * SBCO never holds two run-queue locks: the lock model is strict (a second lock throws), the
     * run skips and lends, its debts cross to other queues without their locks, and at most one
     * lock was ever held.
     */
    @Test
    void sbcoHoldsOneRunQueueLockAtATime() {
        Outcome o = run(Scenarios.DEEP, "SBCO", 3, 40);
        LockWatch locks = o.world().host().locks();
        assertEquals(1, locks.maxHeld());
        assertTrue(locks.acquisitions() > 10_000);
        assertTrue(o.metrics().get("skips") > 50, "skips " + o.metrics().get("skips"));
        assertTrue(locks.locklessPushes() > 50, "debts pushed to other queues " + locks.locklessPushes());
        assertTrue(locks.locklessReads() > 50, "sibling ordinates read lock-free " + locks.locklessReads());
    }

    /**
     * SBCO's debts are applied at the debtor queue's next pick (none is ever pending when a queue
     * has picked), every loan is settled or voided, and a vCPU is dirty exactly while a loan
     * naming it is pending.
     */
    @Test
    void sbcoSettlesDebtsAtTheNextPickAndKeepsDirtyFlagsExact() {
        Outcome o = run(Scenarios.DEEP, "SBCO", 4, 40);
        InvariantProbe p = o.probe();
        assertEquals(List.of(), p.violations);
        assertTrue(p.debtsCreated > 50, "loans " + p.debtsCreated);
        long pending = 0;
        for (RunQueue rq : o.world().host().runQueues()) {
            pending += rq.debts().size();
        }
        assertEquals(p.debtsCreated, p.debtsSettledAtPick + pending);
    }

    /**
     * No starvation under SBCO: every thread runs, none waits longer than four periods of the
     * deepest queue (loans move a lender back, but by a bounded amount), and every hog thread gets
     * at least half the mean CPU time of the hog threads.
     */
    @Test
    void sbcoStarvesNoOne() {
        Outcome o = run(Scenarios.DEEP, "SBCO", 5, 40);
        long hogTime = 0;
        int hogs = 0;
        for (Task t : o.world().host().tasks()) {
            assertTrue(o.world().host().runTime(t) > 0, t + " never ran");
            if (t.vm() != null && t.vm().id().startsWith("vm/hog")) {
                hogTime += o.world().host().runTime(t);
                hogs++;
            }
        }
        double maxWait = o.metrics().get("max_wait_ms");
        long period = o.world().host().params().period(8) / 1_000_000;
        assertTrue(maxWait < 4 * period, "max wait " + maxWait + " ms, period " + period + " ms");
        for (Task t : o.world().host().tasks()) {
            long ran = o.world().host().runTime(t);
            if (t.vm() != null && t.vm().id().startsWith("vm/hog")) {
                assertTrue(ran > 0.5 * hogTime / hogs, t + " got " + ran + " of mean " + hogTime / hogs);
            }
        }
    }

    /**
     * alpha = 0 (sbco.md: SBCO becomes strict co-scheduling): every pick looks for a sibling
     * anywhere else in its queue. Before lenders stayed dirty until their turn, two siblings
     * could lend to each other forever and the Kernbench VM got no CPU at all; now the build
     * finishes in about the time it takes under the default alpha.
     */
    @Test
    void sbcoWithAlphaZeroStarvesNoOne() {
        List<String> scenario = new ArrayList<>(Scenarios.DEEP);
        scenario.add("host = alpha=0");
        Outcome zero = run(scenario, "SBCO", 7, 120);
        Outcome usual = run(Scenarios.DEEP, "SBCO", 7, 120);
        assertEquals(List.of(), zero.probe().violations);
        assertTrue(zero.world().measuredFinished(), "the build did not finish in 120 s with alpha = 0");
        double done = zero.metrics().get("completion_s");
        double usualDone = usual.metrics().get("completion_s");
        assertTrue(Math.abs(done - usualDone) < 0.25 * usualDone, "alpha 0: " + done + " s, alpha 2/3: " + usualDone + " s");
        assertTrue(zero.metrics().get("skips") > usual.metrics().get("skips"), "a lower threshold skips more");
    }

    /** DFT and BAL always run the leftmost task; SBCO the leftmost or the successor it announced. */
    @Test
    void picksFollowEachPolicysRule() {
        for (String policy : List.of("DFT", "BAL", "SBCO")) {
            Outcome o = run(Scenarios.DEEP, policy, 6, 20);
            assertEquals(List.of(), o.probe().violations, policy);
            assertTrue(o.probe().picks > 10_000);
        }
    }

    /** PROCCO and CPUCO send IPIs, and the targets run the sibling they were told to. */
    @Test
    void coSchedulingIpisAreHonoured() {
        for (String policy : List.of("PROCCO", "CPUCO")) {
            Outcome o = run(Scenarios.CHURN, policy, 7, 40);
            InvariantProbe p = o.probe();
            assertTrue(p.ipisSent > 100, policy + " IPIs " + p.ipisSent);
            assertTrue(p.ipisHonoured >= 0.8 * p.ipisSent, policy + ": " + p.ipisHonoured + " of " + p.ipisSent);
            assertEquals(1, o.world().host().locks().maxHeld(), policy);
        }
    }
}
