package org.orrery.sim.sched.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.orrery.sim.RunOutcome;
import org.orrery.sim.Simulation;
import org.orrery.sim.sched.HostScheduler;
import org.orrery.sim.sched.Policies;
import org.orrery.sim.sched.RunQueue;
import org.orrery.sim.sched.Task;
import org.orrery.sim.sched.Vm;
import org.orrery.sim.sched.guest.Guest;
import org.orrery.sim.sched.measure.FairnessSampler;
import org.orrery.sim.sched.measure.SchedCounters;
import org.orrery.sim.sched.measure.SchedTelemetry;
import org.orrery.sim.sched.measure.SiblingSampler;
import org.orrery.telemetry.TelemetryStore;

/**
 * One run of a host set-up under one policy, built and ready to advance: the simulation, the host
 * scheduler, the guests, and the measurements. An experiment runs it to the end and reads
 * {@link #metrics()}; a live view may advance it in slices and read the store meanwhile.
 */
public final class SchedWorld {

    private static final long SECOND = 1_000_000_000L;

    private final HostSpec spec;
    private final Simulation simulation;
    private final HostScheduler host;
    private final List<Guest> guests = new ArrayList<>();
    private final List<Guest> measured = new ArrayList<>();
    private final SchedCounters counters = new SchedCounters();
    private final SiblingSampler siblings;
    private final FairnessSampler fairness;

    /**
     * Builds the world at time 0: VMs named {@code vm/<name>} (numbered when several), their guests
     * started, the balancer and samplers scheduled.
     *
     * @param hostId    telemetry id of the host, e.g. {@code host/pe1950}
     * @param telemetry where the simulation reports
     */
    public SchedWorld(HostSpec spec, String policy, long seed, String hostId, TelemetryStore telemetry) {
        this(spec, policy, seed, hostId, telemetry, null);
    }

    /**
     * As {@link #SchedWorld(HostSpec, String, long, String, TelemetryStore)}, reporting the scheduler
     * to the store as {@code report} says (null: nothing but what the simulation itself emits).
     */
    public SchedWorld(HostSpec spec, String policy, long seed, String hostId, TelemetryStore telemetry,
            SchedTelemetry.Options report) {
        this.spec = spec;
        this.simulation = new Simulation(seed, telemetry);
        this.host = new HostScheduler(simulation, hostId, spec.pcpus(), spec.cfs(), Policies.create(policy, spec.sbco()),
                true);
        host.addObserver(counters);
        for (VmSpec vs : spec.vms()) {
            for (int i = 1; i <= vs.count(); i++) {
                String id = "vm/" + vs.name() + (vs.count() > 1 ? String.valueOf(i) : "");
                Vm vm = host.addVm(id, vs.vcpus());
                WorkloadCatalog.Made made = WorkloadCatalog.make(vs.kind(), vs.vcpus(), vs.options());
                Guest g = new Guest(host, vm, made.locks(), spec.hotLocks(), spec.idleTick(), made.workload());
                guests.add(g);
                if (vs.measured()) {
                    measured.add(g);
                }
            }
        }
        if (report != null) {
            SchedTelemetry.attach(host, report, spec.sbco().alpha());
        }
        spec.hostThreads().start(host); // before the guests, so each lands on a pCPU of its own
        this.siblings = new SiblingSampler(host, spec.sampleInterval(), spec.sbco().alpha());
        this.fairness = new FairnessSampler(host, SECOND);
        host.startBalancing();
        for (Guest g : guests) {
            g.start();
        }
    }

    /** The simulation. */
    public Simulation simulation() {
        return simulation;
    }

    /** The host scheduler (add observers before advancing). */
    public HostScheduler host() {
        return host;
    }

    /** The guests, in VM order. */
    public List<Guest> guests() {
        return List.copyOf(guests);
    }

    /** Whether every measured guest has finished its work (false when none is measured). */
    public boolean measuredFinished() {
        if (measured.isEmpty()) {
            return false;
        }
        for (Guest g : measured) {
            if (!g.workload().finished()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Advances to {@code limit} in one-second slices, stopping early once the measured guests are
     * done when {@code untilFinished}; returns false if the simulation was cancelled.
     */
    public boolean run(long limit, boolean untilFinished) {
        while (simulation.now() < limit) {
            if (untilFinished && measuredFinished()) {
                return true;
            }
            if (simulation.runUntil(Math.min(limit, simulation.now() + SECOND)) == RunOutcome.CANCELLED) {
                return false;
            }
        }
        return true;
    }

    /** Simulated time now, ns. */
    public long now() {
        return simulation.now();
    }

    /**
     * Advances to {@code time} (not before now) in one go, for a caller pacing the run itself;
     * returns false if the simulation was cancelled.
     */
    public boolean advanceTo(long time) {
        return simulation.runUntil(Math.max(time, simulation.now())) != RunOutcome.CANCELLED;
    }

    /**
     * What the run measured, by name (seconds, counts, probabilities); see the experiment README
     * for each column.
     */
    public Map<String, Double> metrics() {
        double seconds = simulation.now() / 1e9;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("simulated_s", seconds);
        double makespan = 0;
        double units = 0;
        for (Guest g : measured) {
            String name = g.vm().id().substring(3);
            double done = g.workload().finished() ? g.workload().finishedAt() / 1e9 : Double.NaN;
            m.put(name + ".completion_s", done);
            m.put(name + ".throughput_per_s", g.workload().completed() / seconds);
            makespan = Double.isNaN(done) || Double.isNaN(makespan) ? Double.NaN : Math.max(makespan, done);
            units += g.workload().completed();
        }
        m.put("completion_s", measured.isEmpty() ? Double.NaN : makespan);
        m.put("throughput_per_s", measured.isEmpty() ? Double.NaN : units / seconds);
        long switches = 0;
        for (RunQueue rq : host.runQueues()) {
            switches += rq.contextSwitches();
        }
        m.put("context_switches", (double) switches);
        m.put("context_switches_per_s", switches / seconds);
        long spin = 0;
        long productive = 0;
        for (Guest g : guests) {
            spin += g.spinTime();
            productive += g.productiveTime();
        }
        m.put("spin_wasted_s", spin / 1e9);
        m.put("productive_s", productive / 1e9);
        m.put("lock_holder_preemptions", (double) counters.lockHolderPreemptions());
        m.put("stacking_probability", siblings.stackingProbability());
        m.put("distance_probability", siblings.distanceProbability());
        m.put("mean_distance", siblings.meanDistance());
        m.put("mean_queue_length", siblings.meanQueueLength());
        m.put("sibling_samples", (double) siblings.samples());
        m.put("skips", (double) counters.skips());
        m.put("loans", (double) counters.loans());
        m.put("debts_settled", (double) counters.debtsSettled());
        m.put("debts_voided", (double) counters.debtsVoided());
        m.put("ipis", (double) counters.ipis());
        m.put("migrations", (double) counters.migrations());
        long maxWait = 0;
        for (Task t : host.tasks()) {
            maxWait = Math.max(maxWait, t.maxWait());
        }
        m.put("max_wait_ms", maxWait / 1e6);
        m.put("max_rq_locks_held", (double) host.locks().maxHeld());
        m.put("lag_1s_ms", fairness.meanLag(SECOND) / 1e6);
        m.put("lag_5s_ms", fairness.meanLag(5 * SECOND) / 1e6);
        m.put("lag_120s_ms", fairness.meanLag(120 * SECOND) / 1e6);
        m.put("tvm_rsd", fairness.totalsRelativeDeviation());
        m.put("events", (double) simulation.firedEvents());
        return m;
    }

    /** The set-up. */
    public HostSpec spec() {
        return spec;
    }
}
