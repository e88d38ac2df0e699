package org.orrery.ui.views.internal.run;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.orrery.sim.RunOutcome;
import org.orrery.sim.SimulationDriver;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.replay.Replay;

/**
 * A simulation run driven by an Eclipse job. The job thread does all the simulating; the controls
 * only steer the {@link SimulationDriver}, which keeps the run deterministic whatever the speed,
 * pauses and steps. Once the run has finished its store no longer grows, and scrubbing it turns
 * the player into a replay of that store (the views are then re-pointed at the replay's store).
 */
final class SimulationPlayer implements RunPlayer {

    private final TelemetryStore store;
    private final SimulationDriver driver;
    private final Job job;
    private final Runnable atEnd;
    private volatile String failure;
    private volatile boolean started;
    private ReplayPlayer replay;

    /**
     * @param driver the driver of a prepared simulation (a migration plan's, a run-queue world's), not run yet
     * @param store  the store the simulation reports into
     * @param speed  the starting speed
     */
    SimulationPlayer(SimulationDriver driver, TelemetryStore store, String jobName, double speed) {
        this(driver, store, jobName, speed, () -> { });
    }

    /**
     * @param atEnd run on the simulating thread once the driver reached the end time (not when
     *              stopped), before the run can be scrubbed: e.g. a phone run settles its energy
     */
    SimulationPlayer(SimulationDriver driver, TelemetryStore store, String jobName, double speed, Runnable atEnd) {
        this.atEnd = atEnd;
        this.store = store;
        this.driver = driver;
        driver.setSpeed(speed);
        // Paused until play or step: the job then starts without racing the first control.
        driver.pause();
        this.job = new Job(jobName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return simulate(monitor);
            }

            @Override
            protected void canceling() {
                driver.cancel();
            }
        };
        job.setUser(false);
    }

    private IStatus simulate(IProgressMonitor monitor) {
        monitor.beginTask(job.getName(), 1000);
        int[] worked = {0};
        try {
            RunOutcome outcome = driver.run((now, end) -> {
                int done = (int) (1000.0 * now / Math.max(1, end));
                monitor.worked(done - worked[0]);
                worked[0] = done;
                if (monitor.isCanceled()) {
                    driver.cancel();
                }
            });
            if (outcome == RunOutcome.TIME_REACHED) {
                atEnd.run();
            }
            return outcome == RunOutcome.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            // The view shows the message; the log gets the trace through the returned status.
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            driver.cancel();
            return Status.error(failure, e);
        } finally {
            monitor.done();
        }
    }

    private void ensureStarted() {
        if (!started) {
            started = true;
            job.schedule();
        }
    }

    /** The job, for tests that wait for it. */
    Job job() {
        return job;
    }

    SimulationDriver driver() {
        return driver;
    }

    @Override
    public TelemetryStore store() {
        return replay != null ? replay.store() : store;
    }

    @Override
    public TelemetryStore recording() {
        return store;
    }

    @Override
    public State state() {
        if (replay != null) {
            return replay.state();
        }
        if (failure != null) {
            return State.FAILED;
        }
        return switch (driver.state()) {
            // the job has not picked the run up yet: show what the controls asked for
            case NOT_STARTED -> !started ? State.READY : driver.isPaused() ? State.PAUSED : State.PLAYING;
            case RUNNING -> driver.isPaused() ? State.PAUSED : State.PLAYING;
            case PAUSED -> State.PAUSED;
            case FINISHED -> State.FINISHED;
            case CANCELLED -> State.STOPPED;
        };
    }

    @Override
    public String failure() {
        return failure;
    }

    @Override
    public long position() {
        return replay != null ? replay.position() : driver.simulatedTime();
    }

    @Override
    public long startTime() {
        return 0;
    }

    @Override
    public long endTime() {
        return driver.endTime();
    }

    @Override
    public void play() {
        if (replay != null) {
            replay.play();
            return;
        }
        if (isOver()) {
            return;
        }
        driver.resume();
        ensureStarted();
    }

    @Override
    public void pause() {
        if (replay != null) {
            replay.pause();
        } else {
            driver.pause();
        }
    }

    @Override
    public void step() {
        if (replay != null) {
            replay.step();
            return;
        }
        if (isOver()) {
            return;
        }
        driver.step();
        ensureStarted();
    }

    @Override
    public void setSpeed(double speed) {
        if (replay != null) {
            replay.setSpeed(speed);
        } else {
            driver.setSpeed(speed);
        }
    }

    @Override
    public boolean canScrub() {
        return replay != null || (driver.state() == SimulationDriver.State.FINISHED && job.getState() == Job.NONE);
    }

    @Override
    public void scrubTo(long time) {
        if (asReplay()) {
            replay.scrubTo(time);
        }
    }

    @Override
    public void stepBack() {
        if (asReplay()) {
            replay.stepBack();
        }
    }

    /** Turns a finished run into a replay of its store, shown up to its end; false while running. */
    private boolean asReplay() {
        if (replay == null && canScrub()) {
            Replay r = new Replay(store);
            r.scrubTo(r.endTime());
            replay = new ReplayPlayer(r, store);
        }
        return replay != null;
    }

    @Override
    public void stop() {
        if (replay != null) {
            replay.stop();
            return;
        }
        driver.cancel();
        job.cancel();
    }

    @Override
    public boolean update() {
        return replay != null && replay.update();
    }

    private boolean isOver() {
        State s = state();
        return s == State.FINISHED || s == State.STOPPED || s == State.FAILED;
    }

    @Override
    public void dispose() {
        if (replay != null) {
            replay.dispose();
        }
        driver.cancel();
        job.cancel();
    }
}
