package org.orrery.sim.sched;

/**
 * Explicit model of the run-queue locks, so that a test can see which are held together. Every
 * change to a run queue happens between {@link #acquire(RunQueue)} and {@link #release(RunQueue)}
 * of that queue's lock. Reads of another queue's ordinates and pushes onto another queue's debt
 * list take no run-queue lock (a lockless read and an atomic list push, as a kernel would do
 * them); they are counted apart.
 * <p>
 * In strict mode a second run-queue lock taken while one is held is an error at once. Every
 * operation of this model (balancing, wake-up, IPIs, SBCO's loans) is written to need one lock at
 * a time: a migration detaches under the source's lock, then attaches under the destination's.
 */
public final class LockWatch {

    private final boolean strict;
    private int held;
    private int maxHeld;
    private long acquisitions;
    private long locklessReads;
    private long locklessPushes;

    /** @param strict whether holding two run-queue locks at once throws */
    public LockWatch(boolean strict) {
        this.strict = strict;
    }

    void acquire(RunQueue rq) {
        if (rq.locked) {
            throw new IllegalStateException("run-queue lock of cpu" + rq.cpu() + " taken twice");
        }
        rq.locked = true;
        held++;
        acquisitions++;
        if (held > maxHeld) {
            maxHeld = held;
        }
        if (strict && held > 1) {
            throw new IllegalStateException("two run-queue locks held together (cpu" + rq.cpu() + " is the second)");
        }
    }

    void release(RunQueue rq) {
        if (!rq.locked) {
            throw new IllegalStateException("run-queue lock of cpu" + rq.cpu() + " released but not held");
        }
        rq.locked = false;
        held--;
    }

    void locklessRead() {
        locklessReads++;
    }

    void locklessPush() {
        locklessPushes++;
    }

    /** Run-queue locks held now. */
    public int held() {
        return held;
    }

    /** Most run-queue locks ever held at once. */
    public int maxHeld() {
        return maxHeld;
    }

    /** Run-queue lock acquisitions so far. */
    public long acquisitions() {
        return acquisitions;
    }

    /** Ordinate reads of a queue whose lock was not held. */
    public long locklessReads() {
        return locklessReads;
    }

    /** Debts pushed onto another queue's list without its lock. */
    public long locklessPushes() {
        return locklessPushes;
    }
}
