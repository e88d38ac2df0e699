package org.orrery.sim.migration;

/** What a {@link MigrationAlgorithm} decides to do next. */
public sealed interface MigrationStep {

    /** Copy {@code bytes} of the remaining memory while the VM keeps running (and dirtying). */
    record LiveRound(long bytes) implements MigrationStep {
    }

    /**
     * Pause the VM, send everything that remains, resume it at the destination.
     *
     * @param reason why now, reported in telemetry (e.g. {@code downtime-target}, {@code round-cap})
     */
    record Switchover(String reason) implements MigrationStep {
    }
}
