package org.orrery.sim.migration;

/**
 * Where a migration stands when its algorithm is asked for the next step.
 *
 * @param request        the migration
 * @param rounds         live rounds completed so far
 * @param bytesSent      bytes sent so far over all rounds
 * @param bytesRemaining bytes that still have to reach the destination (never sent, or dirtied since)
 * @param elapsed        time since the migration started, nanoseconds
 */
public record MigrationProgress(MigrationRequest request, int rounds, long bytesSent, long bytesRemaining,
        long elapsed) {
}
