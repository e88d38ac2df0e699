package org.orrery.sim;

/** Why a call that advances the simulation returned. */
public enum RunOutcome {
    /** {@link Simulation#run()} found no more events. */
    QUEUE_EMPTY,
    /** {@link Simulation#runUntil(long)} or {@link Simulation#runFor(long)} reached its time. */
    TIME_REACHED,
    /** {@link Simulation#cancel()} was called; the clock stays at the last event fired. */
    CANCELLED
}
