package org.orrery.sim.sched.workload;

import org.orrery.sim.sched.guest.Workload;

/** Shared bookkeeping of workloads: their kind and unit, the units done, the finish time. */
abstract class FiniteWork implements Workload {

    private final String kind;
    private final String unit;
    long completed;
    long finishedAt = -1;

    FiniteWork(String kind, String unit) {
        this.kind = kind;
        this.unit = unit;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public boolean finished() {
        return finishedAt >= 0;
    }

    @Override
    public long finishedAt() {
        return finishedAt;
    }

    @Override
    public long completed() {
        return completed;
    }

    /** Counts one unit; marks the finish at {@code now} when {@code total} are done (0: endless). */
    void count(long total, long now) {
        completed++;
        if (total > 0 && completed == total && finishedAt < 0) {
            finishedAt = now;
        }
    }

    /** An exponential size of mean {@code mean} ns, at least 1 us so items stay events, not noise. */
    static long exponential(org.orrery.sim.RandomStream random, long mean) {
        return Math.max(1_000, Math.round(random.nextExponential() * mean));
    }
}
