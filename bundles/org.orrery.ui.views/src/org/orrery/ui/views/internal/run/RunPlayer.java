package org.orrery.ui.views.internal.run;

import org.orrery.telemetry.TelemetryStore;

/**
 * What Run Control steers: a simulation being driven or a recording being replayed, behind one
 * set of controls so the buttons, speed and scrub bar behave the same for both. Implementations
 * are safe to call from the UI thread; the work itself happens elsewhere (a job, or the views'
 * timer through {@link #update()}).
 */
interface RunPlayer {

    /** Where a player is, as the view shows it. */
    enum State {
        /** Prepared, nothing has happened yet. */
        READY,
        /** Time advances. */
        PLAYING,
        /** Waits for play or step. */
        PAUSED,
        /** The end was reached: a simulation finished, or a replay shows everything. */
        FINISHED,
        /** Stopped by the user before the end. */
        STOPPED,
        /** The run threw; see {@link #failure()}. */
        FAILED
    }

    /** The store the views should show. */
    TelemetryStore store();

    /** Every event of the run (what a saved recording holds), even those a scrub hides. */
    TelemetryStore recording();

    State state();

    /** What went wrong when {@link #state()} is {@link State#FAILED}, else null. */
    String failure();

    /** Time shown, nanoseconds. */
    long position();

    /** Time the run starts at, nanoseconds. */
    long startTime();

    /** Time the run ends at, nanoseconds. */
    long endTime();

    void play();

    void pause();

    /** Goes to the next event and pauses. */
    void step();

    /** Simulated (or recorded) time per wall-clock time; infinity for as fast as possible. */
    void setSpeed(double speed);

    /** Whether {@link #scrubTo} and stepping back are possible now (a recording, or a finished run). */
    boolean canScrub();

    void scrubTo(long time);

    /** Goes back one event and pauses; only when {@link #canScrub()}. */
    void stepBack();

    /** Ends the run; a stopped run cannot be resumed. */
    void stop();

    /** Called on the views' timer: moves a replay along the wall clock. Returns whether it moved. */
    boolean update();

    /** Releases what the player holds (its job; not the store, which the views may still show). */
    void dispose();

    /**
     * The run the views should show now, {@code current} being what they show: the same run from
     * {@link #store()} (a finished run replayed to a point); a sweep names the run of it shown.
     */
    default org.orrery.ui.views.RunSession describe(org.orrery.ui.views.RunSession current) {
        return current.withStore(store());
    }
}
