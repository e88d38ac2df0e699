package org.orrery.sim.migration;

import java.util.Map;

/**
 * A migration strategy. {@link Migration#start} reports the start, then hands the algorithm a
 * {@link MigrationContext} through which it moves data over the flow network and reports rounds,
 * the switchover and the end. An algorithm instance holds configuration (and, for Shrinker, the
 * services a cluster of migrations shares); each migration gets its own {@link MigrationProcess}.
 * Implementations draw randomness only from the simulation's named streams, so runs are
 * deterministic.
 */
public interface MigrationAlgorithm {

    /** Short name reported in telemetry, e.g. {@code pre-copy}. */
    String name();

    /**
     * Extra attributes of the MIGRATION_START event, e.g. {@code maxDowntime} and
     * {@code bandwidthLimit}; none by default.
     */
    default Map<String, Object> startAttributes() {
        return Map.of();
    }

    /** Begins moving the VM; called once per migration, at its start. */
    MigrationProcess start(MigrationContext context);
}
