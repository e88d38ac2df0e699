package org.orrery.sim.sched.guest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.orrery.sim.RandomStream;
import org.orrery.sim.sched.HostScheduler;
import org.orrery.sim.sched.Task;
import org.orrery.sim.sched.Vm;

/**
 * A running guest: its vCPUs' guest state ({@link Vcpu}), its kernel's spin locks (one lock per
 * kind by default, see {@code hotLocks}) and its workload.
 */
public final class Guest {

    private final HostScheduler host;
    private final Vm vm;
    private final Workload workload;
    private final List<Vcpu> vcpus = new ArrayList<>();
    final GuestLock[] locks;
    private final RandomStream random;
    /** Guest timer tick on an idle vCPU (0: tickless) and the work each costs, nanoseconds. */
    final long tickPeriod;
    final long tickCost;
    long spinTime;
    long lockHolderPreemptions;

    /**
     * Installs a guest on {@code vm}'s vCPU threads.
     *
     * @param locks    the lock kinds its kernel takes, with their rates and holds
     * @param hotLocks how many distinct locks of each kind siblings contend on; assumption: 1 (one
     *                 hot lock per kind, the strongest contention the table allows)
     * @param idleTick how an idle vCPU is woken by its guest's timer
     * @param workload what it runs
     */
    public Guest(HostScheduler host, Vm vm, List<LockProfile> locks, int hotLocks, IdleTick idleTick,
            Workload workload) {
        this.host = Objects.requireNonNull(host, "host");
        this.vm = Objects.requireNonNull(vm, "vm");
        this.workload = Objects.requireNonNull(workload, "workload");
        if (hotLocks < 1) {
            throw new IllegalArgumentException("hotLocks must be at least 1: " + hotLocks);
        }
        this.locks = new GuestLock[locks.size()];
        for (int i = 0; i < this.locks.length; i++) {
            this.locks[i] = new GuestLock(i, locks.get(i), hotLocks);
        }
        this.random = host.simulation().random("guest/" + vm.id());
        this.tickPeriod = idleTick.period();
        this.tickCost = idleTick.cost();
        for (Task t : vm.vcpus()) {
            Vcpu v = new Vcpu(this, t);
            t.setBehavior(v);
            vcpus.add(v);
        }
    }

    /** Lets the workload give out its first work; call once before the simulation runs. */
    public void start() {
        workload.start(this);
        for (Vcpu v : vcpus) {
            v.startIdle();
        }
    }

    /** The host scheduler. */
    public HostScheduler host() {
        return host;
    }

    /** The VM. */
    public Vm vm() {
        return vm;
    }

    /** Its workload. */
    public Workload workload() {
        return workload;
    }

    /** Its vCPUs, by index. */
    public List<Vcpu> vcpus() {
        return Collections.unmodifiableList(vcpus);
    }

    /** The guest's random stream ({@code guest/<vm id>}). */
    public RandomStream random() {
        return random;
    }

    /** Time its vCPUs spent spinning on a lock whose holder was preempted, nanoseconds. */
    public long spinTime() {
        return spinTime;
    }

    /** How many times a vCPU was preempted inside a critical section. */
    public long lockHolderPreemptions() {
        return lockHolderPreemptions;
    }

    /** Productive (neither spinning nor switching) time of its vCPUs so far, nanoseconds. */
    public long productiveTime() {
        long sum = 0;
        for (Vcpu v : vcpus) {
            sum += v.productiveTime();
        }
        return sum;
    }
}
