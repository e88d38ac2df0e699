package org.orrery.sim.sched;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * The host scheduler's tunables. Defaults follow Linux 2.6.34 (the kernel of the SBCO test bed)
 * where sbco.md or that kernel fixes them; the rest are assumptions, marked as such, each a
 * parameter. All durations in nanoseconds.
 *
 * @param schedLatency          S_latency, the target period (2.6.34: 5 ms x (1 + log2 ncpus))
 * @param minGranularity        S_min, the least slice (2.6.34: 1 ms x (1 + log2 ncpus))
 * @param wakeupGranularity     how far a woken task's vruntime must be behind the current's to
 *                              preempt it (2.6.34: 1 ms x (1 + log2 ncpus))
 * @param nativeSwitchCost      a native context switch's direct cost; assumption: 2 us
 * @param vmSwitchFactor        how much dearer a switch to a vCPU thread is (sbco.md: 2.5-3x);
 *                              default 2.75, the middle
 * @param migrationCost         a task that ran this recently is cache-hot and the balancer leaves
 *                              it alone (2.6.34 sysctl_sched_migration_cost: 0.5 ms)
 * @param busyBalanceInterval   how often a busy pCPU balances; assumption: 64 ms (a 1 ms domain
 *                              interval times 2.6.34's busy_factor 64)
 * @param idleBalanceInterval   first retry of an idle pCPU that found nothing to pull; doubles up
 *                              to the busy interval; assumption: 4 ms
 * @param imbalancePct          the busiest queue must carry this percentage of this one's load to
 *                              be pulled from (2.6.34 CPU domain: 125)
 * @param cacheDomainSize       pCPUs sharing a last-level cache, searched for an idle pCPU on wake-up
 *                              (select_idle_sibling); assumption: 2 (a Xeon 5300/5400 die pair)
 * @param wakeAffine            whether a woken task may be pulled to its waker's pCPU (2.6.34: yes);
 *                              with soft affinity, this is what stacks siblings under stock CFS
 * @param ipiLatency            from sending an inter-processor interrupt to the target acting on
 *                              it; assumption: 5 us (a host IPI plus the forced reschedule)
 */
@Describes
public record CfsParameters(
        @Parameter(value = "S_latency, the target scheduling period", unit = "ns", source = "sbco.md; Linux 2.6.34 default 5 ms x (1 + log2 ncpus)") long schedLatency,
        @Parameter(value = "S_min, the least slice", unit = "ns", source = "sbco.md; Linux 2.6.34 default 1 ms x (1 + log2 ncpus)") long minGranularity,
        @Parameter(value = "vruntime lead a woken task needs to preempt", unit = "ns", source = "Linux 2.6.34 default 1 ms x (1 + log2 ncpus)") long wakeupGranularity,
        @Parameter(value = "direct cost of a native context switch", unit = "ns", assumption = true) long nativeSwitchCost,
        @Parameter(value = "how much dearer switching to a vCPU thread is", unit = "factor", source = "sbco.md: 2.5-3x; the middle") double vmSwitchFactor,
        @Parameter(value = "a task that ran this recently is cache-hot and not balanced", unit = "ns", source = "Linux 2.6.34 sysctl_sched_migration_cost") long migrationCost,
        @Parameter(value = "balancing interval of a busy pCPU", unit = "ns", assumption = true) long busyBalanceInterval,
        @Parameter(value = "first balancing retry of an idle pCPU (doubles up to the busy interval)", unit = "ns", assumption = true) long idleBalanceInterval,
        @Parameter(value = "busiest load must exceed this percentage of the puller's", unit = "%", source = "Linux 2.6.34 CPU domain") int imbalancePct,
        @Parameter(value = "pCPUs sharing a last-level cache, searched for an idle pCPU at wake-up", unit = "pCPUs", assumption = true) int cacheDomainSize,
        @Parameter(value = "a woken task may be pulled to its waker's pCPU", source = "Linux 2.6.34 SD_WAKE_AFFINE") boolean wakeAffine,
        @Parameter(value = "from an IPI sent to the target rescheduling", unit = "ns", assumption = true) long ipiLatency) {

    /** Weight of a nice-0 task: vruntime advances at wall-clock speed for it. */
    public static final int NICE_0_WEIGHT = 1024;

    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;

    public CfsParameters {
        if (schedLatency <= 0 || minGranularity <= 0 || minGranularity > schedLatency) {
            throw new IllegalArgumentException("need 0 < S_min <= S_latency: " + minGranularity + ", " + schedLatency);
        }
        if (wakeupGranularity < 0 || nativeSwitchCost < 0 || vmSwitchFactor < 1 || migrationCost < 0
                || busyBalanceInterval <= 0 || idleBalanceInterval <= 0 || imbalancePct < 100 || cacheDomainSize < 1
                || ipiLatency < 0) {
            throw new IllegalArgumentException("scheduler parameter out of range: " + this);
        }
    }

    /** 2.6.34's defaults for {@code ncpus} pCPUs, and the assumptions above. */
    public static CfsParameters forCpus(int ncpus) {
        long factor = 1 + log2(ncpus);
        return new CfsParameters(5 * MS * factor, MS * factor, MS * factor, 2 * US, 2.75, 500 * US, 64 * MS, 4 * MS,
                125, 2, true, 5 * US);
    }

    /** P_total = S_latency / S_min: up to this many runnable tasks share one S_latency period. */
    public long periodTasks() {
        return schedLatency / minGranularity;
    }

    /** T_p of sbco.md for {@code runnable} tasks. */
    public long period(int runnable) {
        return runnable <= periodTasks() ? schedLatency : runnable * minGranularity;
    }

    /** Cost of switching to a task: the VM factor applies when the next thread is a vCPU. */
    public long switchCost(Task next) {
        return next.vm() != null ? Math.round(nativeSwitchCost * vmSwitchFactor) : nativeSwitchCost;
    }

    /** The same parameters with other S_latency and S_min (and the wake-up granularity kept). */
    public CfsParameters withPeriods(long latency, long minimum) {
        return new CfsParameters(latency, minimum, wakeupGranularity, nativeSwitchCost, vmSwitchFactor, migrationCost,
                busyBalanceInterval, idleBalanceInterval, imbalancePct, cacheDomainSize, wakeAffine, ipiLatency);
    }

    private static int log2(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one pCPU: " + n);
        }
        return 31 - Integer.numberOfLeadingZeros(n);
    }
}
