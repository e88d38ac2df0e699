package org.orrery.sim;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Drives a {@link Simulation} to an end time, as fast as possible (batch) or paced to the wall
 * clock at a chosen speed (interactive), with pause, resume, step, run-for and cancel.
 * <p>
 * One thread calls {@link #run(Listener)} and does all the simulating (the simulation is confined
 * to it); any other thread steers with the control methods, which take effect between two slices
 * of simulated time, at the latest a tick ({@value #TICK_MILLIS} ms of wall clock) later.
 * <p>
 * Pacing never changes the run: events fire in the same order at the same simulated times
 * whatever the speed, pauses or steps, because the driver only chooses <em>when</em> to call
 * {@link Simulation#runUntil(long)} and {@link Simulation#step()}, never what they do. The same
 * model, scenario and seed give the same trace in batch and in paced mode. (This holds as long as
 * the {@link Listener} only watches: it must not schedule events or emit telemetry.)
 */
public final class SimulationDriver {

    /** Speed meaning: no pacing, as fast as possible. */
    public static final double AS_FAST_AS_POSSIBLE = Double.POSITIVE_INFINITY;
    /** Longest wait between two slices in paced mode, so the clock and controls stay lively. */
    public static final long TICK_MILLIS = 20;

    /** Where the driver is. */
    public enum State {
        /** {@link #run} not called yet. */
        NOT_STARTED,
        /** Advancing (paced or not). */
        RUNNING,
        /** Waiting for resume, step or run-for. */
        PAUSED,
        /** The end time was reached. */
        FINISHED,
        /** Cancelled; the simulation is abandoned. */
        CANCELLED
    }

    /** Told about progress, on the driving thread, after every slice and step. */
    @FunctionalInterface
    public interface Listener {

        /** A listener that does nothing. */
        Listener NONE = (time, end) -> {
        };

        /** The simulation has reached {@code simulatedTime} of {@code endTime} nanoseconds. */
        void advanced(long simulatedTime, long endTime);
    }

    private static final int BATCH_SLICES = 100;

    private final Simulation simulation;
    private final long endTime;
    private final LongSupplier wallClock;
    private final Object lock = new Object();

    // steered by any thread, under the lock
    private double speed = AS_FAST_AS_POSSIBLE;
    private boolean paused;
    private int stepsRequested;
    private long runForRequested = -1;
    private boolean reanchor = true;
    private volatile State state = State.NOT_STARTED;
    private volatile long simulatedTime;

    // driving thread only
    private final long batchSlice;
    private long runForTarget = -1;
    private long anchorWall;
    private long anchorSimulated;

    /** A driver taking {@code simulation} to {@code endTime}, paced (when paced) by {@link System#nanoTime()}. */
    public SimulationDriver(Simulation simulation, long endTime) {
        this(simulation, endTime, System::nanoTime);
    }

    /**
     * @param simulation the simulation, not advanced by anyone else while the driver runs
     * @param endTime    simulated time to stop at, nanoseconds, not before the simulation's now
     * @param wallClock  monotonic nanoseconds the paced mode follows
     */
    public SimulationDriver(Simulation simulation, long endTime, LongSupplier wallClock) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        if (endTime < simulation.now()) {
            throw new IllegalArgumentException("end " + endTime + " is before now (" + simulation.now() + ")");
        }
        this.endTime = endTime;
        this.simulatedTime = simulation.now();
        // batch mode advances in slices so that progress shows and cancel is heard
        this.batchSlice = Math.max(1, (endTime - simulation.now()) / BATCH_SLICES);
    }

    /** The simulation driven. */
    public Simulation simulation() {
        return simulation;
    }

    /** The simulated time the run stops at. */
    public long endTime() {
        return endTime;
    }

    /** Simulated time reached, as of the last slice; readable from any thread. */
    public long simulatedTime() {
        return simulatedTime;
    }

    /** Where the driver is now. */
    public State state() {
        return state;
    }

    /** Current speed: simulated time per wall-clock time; {@link #AS_FAST_AS_POSSIBLE} in batch mode. */
    public double speed() {
        synchronized (lock) {
            return speed;
        }
    }

    /**
     * Sets the speed: 1 runs in real time, 10 ten times faster, 0.1 ten times slower,
     * {@link #AS_FAST_AS_POSSIBLE} unpaced. Takes effect from the current simulated time.
     */
    public void setSpeed(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + factor);
        }
        synchronized (lock) {
            speed = factor;
            reanchor = true;
            lock.notifyAll();
        }
    }

    /** Stops advancing after the current slice; {@link #run} waits. */
    public void pause() {
        synchronized (lock) {
            paused = true;
            runForRequested = -1;
            lock.notifyAll();
        }
    }

    /** Continues after {@link #pause()}, at the current speed from the current simulated time. */
    public void resume() {
        synchronized (lock) {
            paused = false;
            reanchor = true;
            lock.notifyAll();
        }
    }

    /** Whether paused, or about to pause after the current slice. */
    public boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    /** Pauses if running, then fires exactly one event (the next one), if one is due before the end. */
    public void step() {
        synchronized (lock) {
            paused = true;
            runForRequested = -1;
            stepsRequested++;
            lock.notifyAll();
        }
    }

    /**
     * Advances {@code interval} nanoseconds of simulated time at the current speed, then pauses;
     * from a pause or while running.
     */
    public void runFor(long interval) {
        if (interval < 0) {
            throw new IllegalArgumentException("interval must not be negative: " + interval);
        }
        synchronized (lock) {
            paused = false;
            runForRequested = interval;
            reanchor = true;
            lock.notifyAll();
        }
    }

    /** Abandons the run: {@link #run} returns {@link RunOutcome#CANCELLED} after the current event. */
    public void cancel() {
        simulation.cancel();
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /**
     * Runs the simulation to the end time, honouring the controls, on the calling thread. Starts
     * paused if {@link #pause()} was called before.
     *
     * @return {@link RunOutcome#TIME_REACHED} at the end time, or {@link RunOutcome#CANCELLED}
     * @throws InterruptedException when the thread is interrupted while paced or paused; the
     *                              simulation is then cancelled
     */
    public RunOutcome run(Listener listener) throws InterruptedException {
        Objects.requireNonNull(listener, "listener");
        synchronized (lock) {
            if (state != State.NOT_STARTED) {
                throw new IllegalStateException("a driver runs once; it is " + state);
            }
            state = paused ? State.PAUSED : State.RUNNING;
        }
        try {
            return loop(listener);
        } catch (InterruptedException e) {
            simulation.cancel();
            state = State.CANCELLED;
            throw e;
        }
    }

    private RunOutcome loop(Listener listener) throws InterruptedException {
        while (true) {
            boolean step;
            long limit;
            double pace;
            synchronized (lock) {
                while (true) {
                    if (simulation.isCancelled()) {
                        state = State.CANCELLED;
                        return RunOutcome.CANCELLED;
                    }
                    if (simulation.now() >= endTime) {
                        state = State.FINISHED;
                        return RunOutcome.TIME_REACHED;
                    }
                    if (runForRequested >= 0) {
                        runForTarget = Math.min(endTime, simulation.now() + runForRequested);
                        runForRequested = -1;
                    }
                    if (stepsRequested > 0) {
                        stepsRequested--;
                        step = true;
                        break;
                    }
                    if (!paused) {
                        step = false;
                        break;
                    }
                    state = State.PAUSED;
                    lock.wait();
                }
                state = step ? State.PAUSED : State.RUNNING;
                if (reanchor) {
                    anchorWall = wallClock.getAsLong();
                    anchorSimulated = simulation.now();
                    reanchor = false;
                }
                limit = runForTarget >= 0 ? runForTarget : endTime;
                pace = speed;
            }
            if (step) {
                stepOnce();
            } else if (Double.isInfinite(pace)) {
                simulation.runUntil(Math.min(limit, simulation.now() + batchSlice));
            } else if (!paced(limit, pace)) {
                continue;
            }
            simulatedTime = simulation.now();
            listener.advanced(simulation.now(), endTime);
            if (runForTarget >= 0 && simulation.now() >= runForTarget) {
                runForTarget = -1;
                synchronized (lock) {
                    paused = true;
                }
            }
        }
    }

    /** Fires the next event if it is due before the end; with none due, moves the clock to the end. */
    private void stepOnce() {
        long next = simulation.nextEventTime();
        if (next >= 0 && next <= endTime) {
            simulation.step();
        } else {
            simulation.runUntil(endTime);
        }
    }

    /**
     * One paced slice: runs to where the wall clock says, then waits until the next event is due
     * (at most a tick, and not at all if a control changed). Returns whether the clock moved.
     */
    private boolean paced(long limit, double pace) throws InterruptedException {
        long now = wallClock.getAsLong();
        long target = (long) Math.min(limit, anchorSimulated + (now - anchorWall) * pace);
        boolean ran = false;
        if (target > simulation.now()) {
            simulation.runUntil(target);
            ran = true;
        }
        long next = simulation.nextEventTime();
        long due = next < 0 ? limit : Math.min(limit, next);
        long waitNanos = Math.min(TICK_MILLIS * 1_000_000, (long) ((due - anchorSimulated) / pace) + anchorWall
                - wallClock.getAsLong());
        if (waitNanos > 0) {
            synchronized (lock) {
                if (!paused && stepsRequested == 0 && runForRequested < 0 && !reanchor
                        && !simulation.isCancelled()) {
                    lock.wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                }
            }
        }
        return ran;
    }
}
