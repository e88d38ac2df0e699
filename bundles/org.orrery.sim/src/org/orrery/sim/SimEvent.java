package org.orrery.sim;

/**
 * A scheduled event: a handler, the time it fires and a serial number. Events at the same time
 * fire in serial order, which is the order they were scheduled in; that makes a run's order a
 * function of the model alone, never of hashing or of the queue's internals.
 */
public final class SimEvent {

    private final long time;
    private final long serial;
    final EventHandler handler;
    /** {@link #position} of an event that is not pending: fired, unscheduled, or never queued. */
    static final int DONE = -1;
    /** {@link #position} of a pending event in the queue's top list or rungs (not in its heap). */
    static final int IN_LADDER = -2;

    /** Index in the queue's bottom heap, or {@link #IN_LADDER}, or {@link #DONE}. */
    int position = DONE;
    /** Next event in the same ladder bucket or top list (see {@link FutureEventQueue}). */
    SimEvent next;
    /** The queue the event was added to: unscheduling it from another simulation is refused. */
    FutureEventQueue queue;

    SimEvent(long time, long serial, EventHandler handler) {
        this.time = time;
        this.serial = serial;
        this.handler = handler;
    }

    /** Simulated time at which the event fires, in nanoseconds. */
    public long time() {
        return time;
    }

    /** Order of scheduling within the simulation; breaks ties between events at the same time. */
    public long serial() {
        return serial;
    }

    /** Whether the event is still waiting to fire (not fired, not unscheduled). */
    public boolean isPending() {
        return position != DONE;
    }

    @Override
    public String toString() {
        return "SimEvent[t=" + time + ", #" + serial + (isPending() ? "" : ", done") + "]";
    }
}
