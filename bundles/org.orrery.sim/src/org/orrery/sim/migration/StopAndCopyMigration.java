package org.orrery.sim.migration;

/**
 * Pause the VM at once and copy all of its memory: the shortest total time and the largest
 * downtime (memory / bandwidth + latency). The baseline every live algorithm is compared with.
 */
public final class StopAndCopyMigration implements MigrationAlgorithm {

    /** Reported as the switchover reason. */
    public static final String REASON = "stop-and-copy";

    @Override
    public String name() {
        return "stop-and-copy";
    }

    @Override
    public MigrationStep next(MigrationProgress progress) {
        return new MigrationStep.Switchover(REASON);
    }
}
