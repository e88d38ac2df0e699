package org.orrery.sim.migration;

import org.orrery.sim.EventHandler;
import org.orrery.sim.SimEvent;
import org.orrery.sim.Simulation;
import org.orrery.sim.network.FlowNetwork;

/**
 * What an algorithm sees of the migration it drives: where it runs, what it moves, and the
 * reporting steps of the common telemetry vocabulary. The steps keep the story consistent for
 * every algorithm: {@link #round} any number of times, then {@link #pause} (the downtime begins),
 * {@link #resumeAtDestination} (it ends), {@link #complete}; or {@link #fail} at any point.
 */
public final class MigrationContext {

    private final Migration migration;

    MigrationContext(Migration migration) {
        this.migration = migration;
    }

    /** The simulation the migration runs in. */
    public Simulation simulation() {
        return migration.simulation();
    }

    /** The network its transfers share. */
    public FlowNetwork network() {
        return migration.network();
    }

    /** What is migrated, from where to where, over what. */
    public MigrationRequest request() {
        return migration.request();
    }

    /** Simulated time the migration started, nanoseconds. */
    public long startTime() {
        return migration.startTime();
    }

    /** Current simulated time, nanoseconds. */
    public long now() {
        return migration.simulation().now();
    }

    /** Schedules {@code handler} {@code delay} nanoseconds from now. */
    public SimEvent schedule(long delay, EventHandler handler) {
        return migration.simulation().schedule(delay, handler);
    }

    /** Unschedules a pending event of this migration; a null or fired one is ignored. */
    public void unschedule(SimEvent event) {
        if (event != null) {
            migration.simulation().unschedule(event);
        }
    }

    /** Number of rounds reported so far. */
    public int rounds() {
        return migration.rounds();
    }

    /** Whether the VM has been paused for the switchover. */
    public boolean isPaused() {
        return migration.isPaused();
    }

    /** Whether the migration has completed or failed. */
    public boolean isFinished() {
        return migration.result().isPresent();
    }

    /** Reports a live round (MIGRATION_ROUND); its number is the count of rounds so far. */
    public void round(RoundReport report) {
        migration.reportRound(report);
    }

    /**
     * Pauses the VM on the source for the last copy (LIFECYCLE paused, MIGRATION_SWITCHOVER); the
     * downtime starts now.
     *
     * @param reason           why now, e.g. {@code downtime-target}, {@code round-cap}
     * @param bytesRemaining   wire bytes still to send
     * @param expectedDowntime the algorithm's estimate of the pause, nanoseconds
     */
    public void pause(String reason, long bytesRemaining, long expectedDowntime) {
        migration.pause(reason, bytesRemaining, expectedDowntime);
    }

    /** The VM runs at the destination (PLACEMENT, LIFECYCLE running); the downtime ends now. */
    public void resumeAtDestination() {
        migration.resumeAtDestination();
    }

    /**
     * The migration is over (MIGRATION_END); resumes the VM at the destination first if the
     * algorithm has not.
     *
     * @param reason the switchover's reason, repeated in the end event
     */
    public void complete(String reason) {
        migration.complete(reason);
    }

    /** The algorithm gives up (MIGRATION_FAILED); the VM stays on, or returns to, the source. */
    public void fail(String reason) {
        migration.fail(reason);
    }

    /** Reports something a user should know about the migration (a MESSAGE with a reason). */
    public void warn(String reason, String text) {
        migration.warn(reason, text);
    }
}
