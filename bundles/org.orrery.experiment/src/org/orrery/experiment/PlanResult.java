package org.orrery.experiment;

import org.orrery.experiment.plan.RunPlan;

/**
 * How a planned run ended. Per-migration figures are in the telemetry (see
 * {@link org.orrery.telemetry.MigrationRecord}); these are the counts a caller reports.
 *
 * @param plan      what was run
 * @param cancelled true when stopped before its duration
 * @param endTime   simulated time reached, nanoseconds
 * @param started   migrations begun
 * @param completed migrations that ended with the VM at its destination
 * @param failed    migrations abandoned (the VM stayed at its source)
 * @param skipped   migrations a step asked for that could not begin (VM not placed or not
 *                  running, already migrating or there, no network path); each reported as a
 *                  MESSAGE event about the VM
 * @param events    telemetry events the run appended
 */
public record PlanResult(RunPlan plan, boolean cancelled, long endTime, int started, int completed, int failed,
        int skipped, int events) {

    /** Migrations still running when the run ended. */
    public int unfinished() {
        return started - completed - failed;
    }
}
