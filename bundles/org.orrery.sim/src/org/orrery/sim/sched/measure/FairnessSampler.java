package org.orrery.sim.sched.measure;

import java.util.ArrayList;
import java.util.List;

import org.orrery.sim.EventHandler;
import org.orrery.sim.Simulation;
import org.orrery.sim.sched.HostScheduler;
import org.orrery.sim.sched.Vm;

/**
 * Per-VM run time T_vm (the sum of its vCPUs' run times) recorded every second, and sbco.md's lag
 * {@code max_i T_vm_i - min_j T_vm_j} over windows of a chosen length: the T_vm gained inside
 * each window, the lag of each window, their mean.
 */
public final class FairnessSampler implements EventHandler {

    private final HostScheduler host;
    private final long step;
    /** T_vm of every VM at each step, the first row at time 0. */
    private final List<long[]> rows = new ArrayList<>();

    /** Records every {@code step} ns from now on. */
    public FairnessSampler(HostScheduler host, long step) {
        this.host = host;
        this.step = step;
        rows.add(new long[host.vms().size()]);
        host.simulation().schedule(step, this);
    }

    @Override
    public void fire(Simulation simulation) {
        long[] row = new long[host.vms().size()];
        for (Vm vm : host.vms()) {
            row[vm.index()] = host.tvm(vm);
        }
        rows.add(row);
        simulation.schedule(step, this);
    }

    /** T_vm of each VM at the last record, nanoseconds. */
    public long[] lastTotals() {
        return rows.get(rows.size() - 1).clone();
    }

    /**
     * Mean lag over the complete windows of {@code window} ns, nanoseconds; NaN when the run is
     * shorter than one window.
     */
    public double meanLag(long window) {
        int stepsPerWindow = (int) Math.max(1, window / step);
        double sum = 0;
        int windows = 0;
        for (int end = stepsPerWindow; end < rows.size(); end += stepsPerWindow) {
            long[] a = rows.get(end - stepsPerWindow);
            long[] b = rows.get(end);
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = 0; i < a.length; i++) {
                long gained = b[i] - a[i];
                min = Math.min(min, gained);
                max = Math.max(max, gained);
            }
            sum += max - min;
            windows++;
        }
        return windows == 0 ? Double.NaN : sum / windows;
    }

    /** Relative standard deviation of the VMs' total T_vm at the last record. */
    public double totalsRelativeDeviation() {
        long[] totals = lastTotals();
        double[] values = new double[totals.length];
        for (int i = 0; i < totals.length; i++) {
            values[i] = totals[i];
        }
        return Stats.relativeDeviation(values);
    }
}
