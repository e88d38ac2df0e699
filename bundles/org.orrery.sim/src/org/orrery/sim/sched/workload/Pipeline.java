package org.orrery.sim.sched.workload;

import org.orrery.sim.sched.guest.Guest;
import org.orrery.sim.sched.guest.Vcpu;

/**
 * A pipeline with one stage per vCPU and bounded queues between stages (PARSEC's dedup, ferret,
 * x264). A stage halts when its input is empty or its output full and is woken by the guest IPI
 * of the neighbour that changes that. Done when {@code items} have left the last stage.
 */
public final class Pipeline extends FiniteWork {

    private final int items;
    private final long meanService;
    private final int capacity;
    private Guest guest;
    private int[] queued;
    private boolean[] waiting;
    private int produced;

    /**
     * @param kind        e.g. {@code dedup}
     * @param items       items through the whole pipeline
     * @param meanService mean work per item per stage, ns (exponential)
     * @param capacity    queue length between two stages
     */
    public Pipeline(String kind, int items, long meanService, int capacity) {
        super(kind, "items");
        this.items = items;
        this.meanService = meanService;
        this.capacity = capacity;
    }

    @Override
    public void start(Guest g) {
        this.guest = g;
        int stages = g.vcpus().size();
        queued = new int[stages];
        waiting = new boolean[stages];
        java.util.Arrays.fill(waiting, true);
        tryStart(0, null);
    }

    @Override
    public void itemDone(Vcpu vcpu) {
        int stage = vcpu.index();
        int last = queued.length - 1;
        if (stage == last) {
            count(items, guest.host().simulation().now());
        } else {
            queued[stage + 1]++;
            tryStart(stage + 1, vcpu);
        }
        waiting[stage] = true;
        tryStart(stage, null);
    }

    /** Starts a waiting stage if it has input and room for its output; wakes it with {@code waker}'s IPI. */
    private void tryStart(int stage, Vcpu waker) {
        if (!waiting[stage]) {
            return;
        }
        boolean input = stage == 0 ? produced < items : queued[stage] > 0;
        boolean room = stage == queued.length - 1 || queued[stage + 1] < capacity;
        if (!input || !room) {
            return;
        }
        if (stage == 0) {
            produced++;
        } else {
            queued[stage]--;
        }
        waiting[stage] = false;
        Vcpu v = guest.vcpus().get(stage);
        v.work(exponential(guest.random(), meanService));
        v.kick(waker);
        if (stage > 0) {
            tryStart(stage - 1, v); // room freed upstream
        }
    }
}
