package org.orrery.sim.sched.workload;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

import org.orrery.sim.sched.TaskState;
import org.orrery.sim.sched.guest.Guest;
import org.orrery.sim.sched.guest.Vcpu;

/**
 * A parallel kernel build (make -j N): a pool of compile jobs of exponential length taken by
 * whichever vCPU is free. After a job a vCPU sometimes finds all its guest threads waiting (on
 * I/O, on make) and halts for an exponential time; the interrupt that wakes it is a sibling's
 * reschedule IPI with some probability, else a device. It finishes when the last job ends.
 */
public final class Kernbench extends FiniteWork {

    /**
     * @param jobs               compile jobs in the build; assumption: 1,600
     * @param meanJob            mean CPU time of a job, ns; assumption: 100 ms (so the build
     *                           takes 40 s on four dedicated pCPUs)
     * @param haltProbability    chance a vCPU idles after a job; assumption: 0.1 (make -j16 on
     *                           four vCPUs keeps them mostly busy)
     * @param meanHalt           mean idle time, ns; assumption: 2 ms
     * @param siblingWake        chance the wake-up is a sibling's IPI; assumption: 0.5
     */
    @Describes
    public record Parameters(
            @Parameter(value = "compile jobs in the build", unit = "jobs", assumption = true) int jobs,
            @Parameter(value = "mean CPU time of a job", unit = "ns", assumption = true) long meanJob,
            @Parameter(value = "chance a vCPU idles after a job", unit = "fraction", assumption = true) double haltProbability,
            @Parameter(value = "mean idle time", unit = "ns", assumption = true) long meanHalt,
            @Parameter(value = "chance the wake-up is a sibling's IPI", unit = "fraction", assumption = true) double siblingWake) {
        /** The defaults above. */
        public static final Parameters DEFAULTS = new Parameters(1_600, 100_000_000L, 0.1, 2_000_000L, 0.5);
    }

    private final Parameters p;
    private int handedOut;
    private Guest guest;

    public Kernbench(Parameters p) {
        super("kernbench", "jobs");
        this.p = p;
    }

    @Override
    public void start(Guest g) {
        this.guest = g;
        for (Vcpu v : g.vcpus()) {
            if (handedOut < p.jobs()) {
                handOut(v);
                v.kick(null);
            }
        }
    }

    @Override
    public void itemDone(Vcpu vcpu) {
        long now = guest.host().simulation().now();
        count(p.jobs(), now);
        if (handedOut >= p.jobs()) {
            return; // nothing left: it halts
        }
        if (guest.random().nextDouble() < p.haltProbability()) {
            long idle = exponential(guest.random(), p.meanHalt());
            guest.host().simulation().schedule(idle, s -> wakeWithJob(vcpu));
            return;
        }
        handOut(vcpu);
    }

    private void wakeWithJob(Vcpu vcpu) {
        if (handedOut >= p.jobs() || !vcpu.isIdle()) {
            return;
        }
        handOut(vcpu);
        vcpu.kick(guest.random().nextDouble() < p.siblingWake() ? runningSibling(vcpu) : null);
    }

    private void handOut(Vcpu v) {
        handedOut++;
        v.work(exponential(guest.random(), p.meanJob()));
    }

    /** The first running sibling (the one whose IPI wakes it), or null. */
    private Vcpu runningSibling(Vcpu vcpu) {
        for (Vcpu s : guest.vcpus()) {
            if (s != vcpu && s.task().state() == TaskState.RUNNING) {
                return s;
            }
        }
        return null;
    }
}
