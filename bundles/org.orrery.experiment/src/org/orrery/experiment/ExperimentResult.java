package org.orrery.experiment;

/**
 * How a run ended.
 *
 * @param experiment          what was run
 * @param cancelled           true when stopped before its duration
 * @param endTime             simulated time reached, nanoseconds
 * @param migrationsStarted   migrations begun
 * @param migrationsCompleted migrations that ended with the VM at its destination; the difference
 *                            to {@code migrationsStarted} was still in flight at the end
 * @param events              telemetry events the run appended
 */
public record ExperimentResult(Experiment experiment, boolean cancelled, long endTime, int migrationsStarted,
        int migrationsCompleted, int events) {
}
