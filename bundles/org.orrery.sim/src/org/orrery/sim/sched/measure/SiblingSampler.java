package org.orrery.sim.sched.measure;

import org.orrery.sim.EventHandler;
import org.orrery.sim.Simulation;
import org.orrery.sim.sched.HostScheduler;
import org.orrery.sim.sched.RunQueue;
import org.orrery.sim.sched.Vm;

/**
 * Samples, at a fixed interval, every VM with at least two runnable vCPUs: whether two of them
 * share a run queue (stacked), and whether their scheduling distance reaches the threshold.
 * <p>
 * Distance is sbco.md's: largest minus smallest position among the runnable siblings, a running
 * vCPU at position 0 and a waiting one at its tree ordinate. The threshold is
 * {@code alpha * Q_size} with Q_size the host's mean run-queue length at the sample (the
 * set-ups name a run-queue size, e.g. 6 or 10).
 */
public final class SiblingSampler implements EventHandler {

    private final HostScheduler host;
    private final long interval;
    private final double alpha;
    private long samples;
    private long stacked;
    private long far;
    private double distanceSum;
    private double queueLengthSum;
    private long hostSamples;

    /** Starts sampling at {@code interval}, first at one interval. */
    public SiblingSampler(HostScheduler host, long interval, double alpha) {
        this.host = host;
        this.interval = interval;
        this.alpha = alpha;
        host.simulation().schedule(interval, this);
    }

    @Override
    public void fire(Simulation simulation) {
        double queueLength = 0;
        for (RunQueue rq : host.runQueues()) {
            queueLength += rq.nrRunning();
        }
        queueLength /= host.runQueues().size();
        queueLengthSum += queueLength;
        hostSamples++;
        double threshold = alpha * queueLength;
        for (Vm vm : host.vms()) {
            sample(vm, threshold);
        }
        simulation.schedule(interval, this);
    }

    private void sample(Vm vm, double threshold) {
        SiblingSpread spread = SiblingSpread.of(vm);
        if (spread.runnable() < 2) {
            return;
        }
        samples++;
        if (spread.stacked()) {
            stacked++;
        }
        distanceSum += spread.distance();
        if (spread.distance() >= threshold) {
            far++;
        }
    }

    /** VM samples taken (VMs with two or more runnable vCPUs, per sample time). */
    public long samples() {
        return samples;
    }

    /** Share of samples in which siblings were stacked. */
    public double stackingProbability() {
        return samples == 0 ? Double.NaN : (double) stacked / samples;
    }

    /** Share of samples in which the distance reached alpha x Q_size. */
    public double distanceProbability() {
        return samples == 0 ? Double.NaN : (double) far / samples;
    }

    /** Mean distance over the samples. */
    public double meanDistance() {
        return samples == 0 ? Double.NaN : distanceSum / samples;
    }

    /** Mean run-queue length at the sample times. */
    public double meanQueueLength() {
        return hostSamples == 0 ? Double.NaN : queueLengthSum / hostSamples;
    }
}
