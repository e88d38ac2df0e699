package org.orrery.sim.workload;

/**
 * A guest's CPU load over simulated time, as a fraction of its vCPUs' capacity. Mechanisms read it
 * on demand (a dirty rate that follows the load, a host's utilisation sample), so a large
 * population of VMs costs nothing between those reads.
 */
public interface CpuLoad {

    /** The load at {@code time} (nanoseconds), in [0, 1]. */
    double at(long time);

    /**
     * The load integrated over [{@code from}, {@code to}] (nanoseconds), in load-seconds: the
     * number of seconds the vCPUs would have been fully busy. Exact, not sampled, so a quantity
     * that follows the load (dirtied memory) does not depend on how often it is read.
     */
    double integral(long from, long to);
}
