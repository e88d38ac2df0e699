package org.orrery.sim.migration;

import java.util.List;

/**
 * How a cluster move ended.
 *
 * @param cluster           the cluster's subject
 * @param start             simulated time it started, nanoseconds
 * @param end               simulated time the last migration ended, nanoseconds
 * @param migrations        each VM's result, in request order
 * @param applicationOutage longest silence a connection of the cluster saw, downtime plus network
 *                          re-establishment rounded up to TCP's next retransmission, nanoseconds
 */
public record ClusterResult(String cluster, long start, long end, List<MigrationResult> migrations,
        long applicationOutage) {

    public ClusterResult {
        migrations = List.copyOf(migrations);
    }

    /** Time from start to end, nanoseconds. */
    public long totalTime() {
        return end - start;
    }

    /** Bytes all migrations sent. */
    public long totalBytes() {
        return migrations.stream().mapToLong(MigrationResult::totalBytes).sum();
    }

    /** The longest VM downtime, nanoseconds. */
    public long maxDowntime() {
        return migrations.stream().mapToLong(MigrationResult::downtime).max().orElse(0);
    }

    /** Whether every VM runs at its destination. */
    public boolean completed() {
        return migrations.stream().allMatch(MigrationResult::completed);
    }
}
