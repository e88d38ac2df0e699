package org.orrery.ui.views.internal.run;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.orrery.experiment.PhoneRun;
import org.orrery.experiment.RunMonitor;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.replay.Replay;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.internal.sweep.SweepResult;

/**
 * A phone experiment's sweep, run in a job: every value of the swept parameter, same seed, through
 * {@link PhoneRun#runAll} (the headless run's path, so the results are {@code orrery run}'s), as
 * fast as possible (pacing a sweep would only delay its chart), with progress over all its runs in
 * the Progress view and Run Control, and cancel. Each run's telemetry is kept in the
 * {@link SweepResult}; while the sweep runs the views show the last run that ended, then the run
 * picked in the Sweep view (the first until another is picked), as a replay Run Control can scrub.
 */
final class SweepPlayer implements RunPlayer {

    private final SweepResult sweep;
    private final Job job;
    private final TelemetryStore empty = new TelemetryStore();
    private volatile boolean cancelled;
    private ReplayPlayer replay;
    private int shown = -1;

    SweepPlayer(SweepResult sweep, String jobName) {
        this.sweep = sweep;
        this.job = new Job(jobName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return sweep(monitor);
            }

            @Override
            protected void canceling() {
                cancelled = true;
            }
        };
        job.setUser(false);
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                // cancelled before it ran (Stop at once): the job never got to say the sweep ended
                if (sweep.state() == SweepResult.State.RUNNING) {
                    sweep.ended(SweepResult.State.CANCELLED, null);
                }
            }
        });
    }

    private IStatus sweep(IProgressMonitor monitor) {
        int count = sweep.values().size();
        monitor.beginTask(job.getName(), 1000);
        int[] worked = {0};
        RunMonitor watch = new RunMonitor() {
            @Override
            public boolean isCancelled() {
                return cancelled || monitor.isCanceled();
            }

            @Override
            public void progressed(long simulatedTime, long duration) {
                double fraction = simulatedTime / (double) Math.max(1, duration);
                sweep.progressed(fraction);
                int done = (int) (1000 * fraction);
                monitor.worked(done - worked[0]);
                worked[0] = done;
            }
        };
        try {
            monitor.subTask(NLS.bind(Messages.RunControl_sweepRun, new Object[] {1, count,
                sweep.label(sweep.values().get(0))}));
            PhoneRun.Outcome outcome = PhoneRun.runAll(sweep.plan(), watch, (i, result, store) -> {
                sweep.add(i, result, store);
                if (i + 1 < count) {
                    monitor.subTask(NLS.bind(Messages.RunControl_sweepRun, new Object[] {i + 2, count,
                        sweep.label(sweep.values().get(i + 1))}));
                }
            });
            sweep.ended(outcome.cancelled() ? SweepResult.State.CANCELLED : SweepResult.State.DONE, null);
            return outcome.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            // the view shows the message; the log gets the trace through the returned status
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            sweep.ended(SweepResult.State.FAILED, why);
            return Status.error(why, e);
        } finally {
            monitor.done();
        }
    }

    void start() {
        job.schedule();
    }

    Job job() {
        return job;
    }

    SweepResult sweep() {
        return sweep;
    }

    /** Whether runs of the sweep are still being simulated. */
    boolean sweeping() {
        return sweep.state() == SweepResult.State.RUNNING;
    }

    /** Shows run {@code index} of the sweep in the views, as a finished run shown to its end. */
    void show(int index) {
        SweepResult.Point point = sweep.points().get(index);
        if (replay != null) {
            replay.dispose();
        }
        Replay r = new Replay(point.store());
        r.scrubTo(r.endTime());
        replay = new ReplayPlayer(r, point.store());
        shown = index;
        sweep.picked(index);
    }

    /** The run shown: the one picked, else the last that ended; -1 before any. */
    int shownIndex() {
        return replay != null ? shown : sweep.points().size() - 1;
    }

    @Override
    public RunSession describe(RunSession current) {
        int i = shownIndex();
        return i < 0 ? current.withStore(store())
                : new RunSession(sweep.pointName(i), "sweep", sweep.plan().seed(), store(), sweep.about(i));
    }

    /** What Run Control says of the sweep in its state line. */
    String stateText() {
        int done = sweep.points().size();
        int count = sweep.values().size();
        return switch (sweep.state()) {
            case RUNNING -> NLS.bind(Messages.RunControl_sweeping, done + 1 > count ? count : done + 1, count);
            case DONE -> NLS.bind(Messages.RunControl_swept, count);
            case CANCELLED -> NLS.bind(Messages.RunControl_sweepCancelled, done, count);
            case FAILED -> NLS.bind(Messages.RunControl_failed, sweep.failure());
        };
    }

    /** What Run Control says under its bar while the sweep runs: the run under way. */
    String progressText() {
        int done = sweep.points().size();
        int count = sweep.values().size();
        return done >= count ? "" : NLS.bind(Messages.RunControl_sweepRun, new Object[] {done + 1, count,
            sweep.label(sweep.values().get(done))});
    }

    @Override
    public TelemetryStore store() {
        if (replay != null) {
            return replay.store();
        }
        var points = sweep.points();
        return points.isEmpty() ? empty : points.get(points.size() - 1).store();
    }

    @Override
    public TelemetryStore recording() {
        return replay != null ? replay.recording() : store();
    }

    @Override
    public State state() {
        if (sweep.state() == SweepResult.State.FAILED) {
            return State.FAILED;
        }
        if (replay != null) {
            return sweeping() ? State.PLAYING : replay.state();
        }
        return switch (sweep.state()) {
            case RUNNING -> State.PLAYING;
            case CANCELLED -> State.STOPPED;
            default -> State.FINISHED;
        };
    }

    @Override
    public String failure() {
        return sweep.failure();
    }

    private long total() {
        return sweep.plan().duration() * sweep.values().size();
    }

    @Override
    public long position() {
        return replay != null && !sweeping() ? replay.position() : Math.round(sweep.progress() * total());
    }

    @Override
    public long startTime() {
        return replay != null && !sweeping() ? replay.startTime() : 0;
    }

    @Override
    public long endTime() {
        return replay != null && !sweeping() ? replay.endTime() : total();
    }

    @Override
    public void play() {
        if (replay != null && !sweeping()) {
            replay.play();
        }
    }

    @Override
    public void pause() {
        if (replay != null && !sweeping()) {
            replay.pause();
        }
    }

    @Override
    public void step() {
        if (replay != null && !sweeping()) {
            replay.step();
        }
    }

    @Override
    public void setSpeed(double speed) {
        if (replay != null) {
            replay.setSpeed(speed);
        }
    }

    @Override
    public boolean canScrub() {
        return replay != null && !sweeping();
    }

    @Override
    public void scrubTo(long time) {
        if (canScrub()) {
            replay.scrubTo(time);
        }
    }

    @Override
    public void stepBack() {
        if (canScrub()) {
            replay.stepBack();
        }
    }

    @Override
    public void stop() {
        if (sweeping()) {
            cancelled = true;
            job.cancel();
        } else if (replay != null) {
            replay.stop();
        }
    }

    /** On the views' timer: once the sweep has ended, the picked run (the first by default) is shown. */
    @Override
    public boolean update() {
        if (!sweeping() && replay == null && !sweep.points().isEmpty()) {
            int picked = sweep.picked();
            show(picked >= 0 && picked < sweep.points().size() ? picked : 0);
            return true;
        }
        return replay != null && replay.update();
    }

    @Override
    public void dispose() {
        cancelled = true;
        job.cancel();
        if (replay != null) {
            replay.dispose();
        }
    }
}
