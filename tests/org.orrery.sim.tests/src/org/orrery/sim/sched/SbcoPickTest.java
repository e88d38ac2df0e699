package org.orrery.sim.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.sim.Simulation;
import org.orrery.telemetry.TelemetryStore;

/**
 * SBCO's pick on hand-built queues: the threshold, the skip to the successor, the loan (the
 * lender repositioned at once, the sibling's change queued on its own pCPU's debt list), the
 * debt applied at that queue's next pick, and dirty siblings left alone.
 */
class SbcoPickTest {

    private HostScheduler host;
    private RunQueue rq0;
    private RunQueue rq1;
    private Task a0;
    private Task a1;
    private final List<Task> others = new ArrayList<>();
    private final List<String> decisions = new ArrayList<>();

    @BeforeEach
    void twoQueues() {
        Simulation sim = new Simulation(1, new TelemetryStore());
        host = new HostScheduler(sim, "host/t", 2, CfsParameters.forCpus(2), Policies.create("SBCO", SbcoParameters.DEFAULTS),
                true);
        Vm vm = host.addVm("vm/a", 2);
        a0 = vm.vcpus().get(0);
        a1 = vm.vcpus().get(1);
        for (int i = 0; i < 6; i++) {
            others.add(host.addTask("task/x" + i));
        }
        rq0 = host.runQueue(0);
        rq1 = host.runQueue(1);
        host.addObserver(new SchedObserver() {
            @Override
            public void skipped(RunQueue rq, Task skipped, Task picked, Task sibling, int distance, double threshold) {
                decisions.add("skip " + skipped + " for " + picked + " (" + sibling + " at " + distance + " >= " + threshold + ")");
            }

            @Override
            public void lent(Task lender, Task borrower, long amount, RunQueue debtQueue) {
                decisions.add("lend " + amount + " " + lender + " -> " + borrower + " debt on " + debtQueue);
            }

            @Override
            public void debtSettled(RunQueue rq, Debt debt, boolean voided) {
                decisions.add((voided ? "void " : "settle ") + debt.sibling() + " " + debt.vruntimeChange() + " on " + rq);
            }
        });
    }

    private static void queue(RunQueue rq, Task t, long vruntime) {
        t.vruntime = vruntime;
        t.rq = rq;
        t.state = TaskState.RUNNABLE;
        rq.tree.insert(t);
        rq.load += t.weight();
    }

    private static void running(RunQueue rq, Task t, long vruntime) {
        t.vruntime = vruntime;
        t.rq = rq;
        t.state = TaskState.RUNNING;
        rq.current = t;
        rq.load += t.weight();
    }

    /** cpu0 waits a0, x0, x1; cpu1 runs x2 and waits x3, x4, x5, then a1, far back. */
    private void farSibling() {
        queue(rq0, a0, 1_000);
        queue(rq0, others.get(0), 2_000);
        queue(rq0, others.get(1), 3_000);
        running(rq1, others.get(2), 500);
        rq1.minVruntime = 500;
        queue(rq1, others.get(3), 1_000);
        queue(rq1, others.get(4), 2_000);
        queue(rq1, others.get(5), 3_000);
        queue(rq1, a1, 8_500);
    }

    /**
     * cpu0 waits a0, x0, x1 (Q_size 3, D = 2); cpu1 runs x2 and waits x3, x4, x5, a1: a1 is 4
     * places back. cpu0 skips a0 for x0; the two are to meet half-way, at position 2: a0 needs
     * 3,000 - 1,000 + 1 to pass x1, a1 needs 8,500 - 2,000 + 1 to pass x4 (position 2 on cpu1);
     * the loan is the smaller, 2,001, so a0 lands right behind x1 and neither overshoots.
     */
    @Test
    void farSiblingMakesTheQueueSkipAndLend() {
        farSibling();
        assertEquals(4, rq1.positionOf(a1), "three waiting ahead, one running");

        host.reschedule(rq0, false);

        long loan = 2_001;
        assertSame(others.get(0), rq0.current(), "ran a0's successor");
        assertEquals(1_000 + loan, a0.vruntime(), "a0 repositioned at once");
        assertEquals(8_500, a1.vruntime(), "a1 untouched until cpu1 picks");
        assertEquals(List.of(new Debt(a1, -loan, a0, 0)), rq1.debts());
        assertTrue(a0.isDirty() && a1.isDirty());
        assertEquals(List.of("lend " + loan + " vm/a/vcpu0 -> vm/a/vcpu1 debt on cpu1",
                "skip vm/a/vcpu0 for task/x0 (vm/a/vcpu1 at 4 >= 2.0)"), decisions);
        assertEquals(1, host.locks().maxHeld());
        assertEquals(1, host.locks().locklessPushes());

        decisions.clear();
        host.reschedule(rq1, false); // cpu1's next pick settles the debt first, under its own lock

        assertEquals(8_500 - loan, a1.vruntime());
        assertTrue(rq1.debts().isEmpty());
        assertFalse(a1.isDirty(), "the borrower is clean once the pick that settled its debt ends");
        assertTrue(a0.isDirty(), "the lender stays dirty until its next turn");
        assertEquals(2, rq0.positionOf(a0), "a0 behind x1, which waits behind the running x0");
        assertEquals("settle vm/a/vcpu1 " + -loan + " on cpu1", decisions.get(0));
        assertEquals(1, host.locks().maxHeld());
    }

    /** A sibling closer than alpha x Q_size changes nothing: plain CFS. */
    @Test
    void closeSiblingKeepsTheLeftmost() {
        queue(rq0, a0, 1_000);
        queue(rq0, others.get(0), 2_000);
        queue(rq0, others.get(1), 3_000);
        running(rq1, others.get(2), 500);
        queue(rq1, a1, 600); // position 1 < D = 2
        host.reschedule(rq0, false);
        assertSame(a0, rq0.current());
        assertEquals(List.of(), decisions);
        assertEquals(1_000, a0.vruntime());
    }

    /** A dirty sibling (its loan not yet settled) is not looked at. */
    @Test
    void dirtySiblingIsSkippedInTheCheck() {
        farSibling();
        a1.dirty = true;
        host.reschedule(rq0, false);
        assertSame(a0, rq0.current());
        assertEquals(List.of(), decisions);
    }

    /** A debt whose sibling moved to another queue is voided at the pick; the borrower's flag clears. */
    @Test
    void debtOfAMigratedSiblingIsVoided() {
        farSibling();
        host.reschedule(rq0, false);
        assertEquals(1, rq1.debts().size());
        List<Task> one = List.of(a1);
        host.detach(rq1, one);
        host.attach(rq1, rq0, one, "balance");
        decisions.clear();
        host.reschedule(rq1, false);
        assertTrue(decisions.get(0).startsWith("void vm/a/vcpu1 "), decisions.get(0));
        assertTrue(rq1.debts().isEmpty());
        assertFalse(a1.isDirty());
        assertTrue(a0.isDirty(), "the lender until its next turn");
    }
}
