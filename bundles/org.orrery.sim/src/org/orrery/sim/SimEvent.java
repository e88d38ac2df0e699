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
    /** Position in the queue's heap, or -1 once fired or unscheduled. */
    int heapIndex = -1;

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
        return heapIndex >= 0;
    }

    boolean firesBefore(SimEvent other) {
        return time < other.time || (time == other.time && serial < other.serial);
    }

    @Override
    public String toString() {
        return "SimEvent[t=" + time + ", #" + serial + (isPending() ? "" : ", done") + "]";
    }
}
