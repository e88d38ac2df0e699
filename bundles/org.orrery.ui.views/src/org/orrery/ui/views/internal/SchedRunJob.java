package org.orrery.ui.views.internal;

import java.util.function.DoubleSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.orrery.sim.sched.experiment.HostSpec;
import org.orrery.sim.sched.experiment.SchedWorld;
import org.orrery.sim.sched.measure.SchedTelemetry;
import org.orrery.telemetry.TelemetryStore;

/**
 * Runs a run-queue simulation into a store, paced to the wall clock at a speed the user may
 * change while it runs (slow motion: scheduling happens in milliseconds), until its duration or
 * cancel. The view reads the store meanwhile.
 */
final class SchedRunJob extends Job {

    private static final long PACE_MILLIS = 20;

    private final HostSpec spec;
    private final String policy;
    private final long seed;
    private final long duration;
    private final TelemetryStore store;
    private final DoubleSupplier speed;

    /**
     * @param speed simulated seconds per wall second, read at every step; infinite for as fast as
     *              possible
     */
    SchedRunJob(HostSpec spec, String policy, long seed, long duration, TelemetryStore store, DoubleSupplier speed) {
        super(NLS.bind(RunQueueMessages.jobName, policy));
        this.spec = spec;
        this.policy = policy;
        this.seed = seed;
        this.duration = duration;
        this.store = store;
        this.speed = speed;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SchedWorld world = new SchedWorld(spec, policy, seed, "host/sbco", store, SchedTelemetry.Options.ALL);
        long last = System.nanoTime();
        while (world.now() < duration) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            long wall = System.nanoTime();
            double s = speed.getAsDouble();
            long step = Double.isInfinite(s) ? 100_000_000L : Math.max(1, Math.round((wall - last) * s));
            last = wall;
            world.advanceTo(Math.min(duration, world.now() + step));
            if (!Double.isInfinite(s)) {
                try {
                    Thread.sleep(PACE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                }
            }
        }
        return Status.OK_STATUS;
    }
}
