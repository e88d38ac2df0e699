package org.orrery.sim;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * The discrete-event kernel. It owns the clock, the future-event queue and the random streams
 * of one run, and stamps every telemetry event with the simulated time.
 * <p>
 * Determinism: events fire in (time, scheduling order); random numbers come only from
 * {@link #random(String) named streams} derived from the master seed. A model that draws on
 * nothing else (no wall clock, no hash-order iteration) yields the identical event sequence for
 * the same seed.
 * <p>
 * Driving it: {@link #run()} goes as fast as possible until nothing is left;
 * {@link #runUntil(long)}, {@link #runFor(long)} and {@link #step()} let a caller (a paced UI,
 * an experiment showing progress) advance in slices. A simulation is confined to one thread at a
 * time, except {@link #cancel()}, which any thread may call to stop a run in progress.
 */
public final class Simulation {

    private final long masterSeed;
    private final TelemetryStore telemetry;
    private final FutureEventQueue queue = new FutureEventQueue();
    private final Map<String, RandomStream> streams = new HashMap<>();
    private long now;
    private long nextSerial;
    private long firedEvents;
    private boolean running;
    private volatile boolean cancelled;

    /**
     * @param masterSeed seed from which every random stream of the run is derived
     * @param telemetry  where the run reports; the simulation only appends to it
     */
    public Simulation(long masterSeed, TelemetryStore telemetry) {
        this.masterSeed = masterSeed;
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
    }

    /** Current simulated time in nanoseconds since the start of the run. */
    public long now() {
        return now;
    }

    /** The seed the run's random streams derive from. */
    public long masterSeed() {
        return masterSeed;
    }

    /** The store this run reports into. */
    public TelemetryStore telemetry() {
        return telemetry;
    }

    /** Number of events scheduled and not yet fired or unscheduled. */
    public int pendingEvents() {
        return queue.size();
    }

    /** Number of events fired so far. */
    public long firedEvents() {
        return firedEvents;
    }

    /** Time of the next pending event, or -1 when none is pending. */
    public long nextEventTime() {
        SimEvent next = queue.peek();
        return next == null ? -1 : next.time();
    }

    /**
     * The random stream called {@code name}: the same instance every time it is asked for, seeded
     * from the master seed and the name alone (see {@link RandomStream}). Give each independent
     * source of randomness its own name, e.g. {@code "arrivals"} or {@code "vm/web-1/dirty"}.
     */
    public RandomStream random(String name) {
        Objects.requireNonNull(name, "name");
        return streams.computeIfAbsent(name, n -> new RandomStream(n, RandomStream.seedFor(masterSeed, n)));
    }

    /** Schedules {@code handler} to fire {@code delay} nanoseconds from now (0 = later this instant). */
    public SimEvent schedule(long delay, EventHandler handler) {
        if (delay < 0) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        return scheduleAt(Math.addExact(now, delay), handler);
    }

    /** Schedules {@code handler} to fire at simulated time {@code time}, which must not be in the past. */
    public SimEvent scheduleAt(long time, EventHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule at " + time + ", before now (" + now + ")");
        }
        SimEvent event = new SimEvent(time, nextSerial++, handler);
        queue.add(event);
        return event;
    }

    /** Removes a pending event so it never fires; returns false if it already fired or was removed. */
    public boolean unschedule(SimEvent event) {
        return queue.remove(event);
    }

    /** Appends a telemetry event stamped with the current simulated time. */
    public TelemetryEvent emit(EventKind kind, String subject, Map<String, Object> attributes) {
        return telemetry.append(new TelemetryEvent(now, kind, subject, attributes));
    }

    /**
     * Fires events until none is left, as fast as possible.
     *
     * @return {@link RunOutcome#QUEUE_EMPTY}, or {@link RunOutcome#CANCELLED}
     */
    public RunOutcome run() {
        return advance(Long.MAX_VALUE, false);
    }

    /**
     * Fires every event due at or before {@code time}, then sets the clock to {@code time} even if
     * nothing happened in between: simulated time passes evenly for a caller pacing the run.
     *
     * @return {@link RunOutcome#TIME_REACHED}, or {@link RunOutcome#CANCELLED} (clock at the last event fired)
     */
    public RunOutcome runUntil(long time) {
        if (time < now) {
            throw new IllegalArgumentException("cannot run back to " + time + " from " + now);
        }
        return advance(time, true);
    }

    /** Same as {@link #runUntil(long) runUntil(now() + interval)}. */
    public RunOutcome runFor(long interval) {
        if (interval < 0) {
            throw new IllegalArgumentException("interval must not be negative: " + interval);
        }
        return runUntil(Math.addExact(now, interval));
    }

    /**
     * Fires exactly one event, the next in (time, serial) order, and moves the clock to its time.
     *
     * @return false when nothing was fired: no pending event, or the run was cancelled
     */
    public boolean step() {
        enter();
        try {
            if (cancelled || queue.size() == 0) {
                return false;
            }
            fire(queue.poll());
            return true;
        } finally {
            running = false;
        }
    }

    /**
     * Stops a run in progress after the event being fired, and every later attempt to advance.
     * Cancellation is final: a cancelled run is abandoned, not paused (pause by advancing in
     * slices with {@link #runFor(long)} instead). Safe to call from any thread.
     */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    private RunOutcome advance(long until, boolean moveClockToEnd) {
        enter();
        try {
            while (true) {
                if (cancelled) {
                    return RunOutcome.CANCELLED;
                }
                SimEvent next = queue.peek();
                if (next == null || next.time() > until) {
                    if (moveClockToEnd) {
                        now = until;
                        return RunOutcome.TIME_REACHED;
                    }
                    return RunOutcome.QUEUE_EMPTY;
                }
                fire(queue.poll());
            }
        } finally {
            running = false;
        }
    }

    private void fire(SimEvent event) {
        now = event.time();
        firedEvents++;
        event.handler.fire(this);
    }

    private void enter() {
        if (running) {
            throw new IllegalStateException("the simulation is already advancing (called from inside an event handler?)");
        }
        running = true;
    }
}
