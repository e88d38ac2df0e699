package org.orrery.sim.sched.measure;

import org.orrery.sim.sched.Debt;
import org.orrery.sim.sched.RunQueue;
import org.orrery.sim.sched.SchedObserver;
import org.orrery.sim.sched.Task;

/** Counts scheduler decisions and guest lock events as they happen. */
public final class SchedCounters implements SchedObserver {

    private long switches;
    private long skips;
    private long loans;
    private long debtsSettled;
    private long debtsVoided;
    private long migrations;
    private long wakeMigrations;
    private long ipis;
    private long lockHolderPreemptions;
    private long spins;

    @Override
    public void switched(RunQueue rq, Task prev, Task next, long productiveFrom) {
        if (next != null && next != prev) {
            switches++;
        }
    }

    @Override
    public void skipped(RunQueue rq, Task skipped, Task picked, Task sibling, int distance, double threshold) {
        skips++;
    }

    @Override
    public void lent(Task lender, Task borrower, long amount, RunQueue debtQueue) {
        loans++;
    }

    @Override
    public void debtSettled(RunQueue rq, Debt debt, boolean voided) {
        if (voided) {
            debtsVoided++;
        } else {
            debtsSettled++;
        }
    }

    @Override
    public void migrated(Task task, RunQueue from, RunQueue to, String reason) {
        migrations++;
        if ("wake".equals(reason)) {
            wakeMigrations++;
        }
    }

    @Override
    public void ipi(RunQueue from, RunQueue to, Task task) {
        ipis++;
    }

    @Override
    public void lockHolderPreempted(Task holder, String lock) {
        lockHolderPreemptions++;
    }

    @Override
    public void spinStarted(Task waiter, Task holder, String lock) {
        spins++;
    }

    /** Switches to a different task (from idle included). */
    public long switches() {
        return switches;
    }

    /** SBCO skips of the leftmost. */
    public long skips() {
        return skips;
    }

    /** SBCO loans. */
    public long loans() {
        return loans;
    }

    /** Debts applied. */
    public long debtsSettled() {
        return debtsSettled;
    }

    /** Debts dropped because the sibling had moved. */
    public long debtsVoided() {
        return debtsVoided;
    }

    /** Migrations, all reasons. */
    public long migrations() {
        return migrations;
    }

    /** Migrations at wake-up. */
    public long wakeMigrations() {
        return wakeMigrations;
    }

    /** IPIs. */
    public long ipis() {
        return ipis;
    }

    /** Lock-holder preemptions. */
    public long lockHolderPreemptions() {
        return lockHolderPreemptions;
    }

    /** Spin episodes begun. */
    public long spins() {
        return spins;
    }
}
