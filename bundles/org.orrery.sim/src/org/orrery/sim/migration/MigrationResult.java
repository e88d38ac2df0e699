package org.orrery.sim.migration;

/**
 * How a migration ended.
 *
 * @param request    the migration
 * @param algorithm  the algorithm's name
 * @param start      simulated time it started, nanoseconds
 * @param end        simulated time it completed or was aborted, nanoseconds
 * @param totalBytes bytes sent over all rounds and the switchover (and, where the algorithm has
 *                   them, pulled pages and faults)
 * @param downtime   time the VM was paused, nanoseconds
 * @param rounds     live rounds before the switchover
 * @param reason     the switchover reason when completed, the abort reason otherwise
 * @param completed  true when the VM runs at the destination, false when aborted
 */
public record MigrationResult(MigrationRequest request, String algorithm, long start, long end, long totalBytes,
        long downtime, int rounds, String reason, boolean completed) {

    /** Time from start to end, nanoseconds. */
    public long totalTime() {
        return end - start;
    }
}
