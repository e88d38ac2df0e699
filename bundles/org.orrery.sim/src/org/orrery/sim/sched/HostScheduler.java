package org.orrery.sim.sched;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.orrery.sim.EventHandler;
import org.orrery.sim.RandomStream;
import org.orrery.sim.Simulation;

/**
 * Linux CFS on one host, as a discrete-event model: a run queue per pCPU, wake-up placement with
 * soft affinity (wake-affine, then an idle pCPU sharing the cache), a periodic and a newly-idle
 * load balancer ({@link LoadBalancer}), slices and wake-up preemption, context-switch costs, IPIs,
 * and a pluggable {@link SchedulingPolicy}.
 * <p>
 * Threads are {@link Task}s; a vCPU's guest decides when it runs out of work
 * ({@link #block(Task)}) and when it is kicked ({@link #wake(Task, Task)}), through its
 * {@link TaskBehavior}. Behaviours and observers must not call back into the scheduler while it
 * is telling them something; they schedule simulation events instead.
 * <p>
 * Determinism: iteration is by pCPU and task index, and every random choice comes from the
 * simulation's stream {@code sched/<host>}.
 */
public final class HostScheduler {

    private final Simulation sim;
    private final String host;
    private final CfsParameters params;
    private final SchedulingPolicy policy;
    private final RunQueue[] rqs;
    private final List<RunQueue> rqList;
    private final List<Task> tasks = new ArrayList<>();
    private final List<Vm> vms = new ArrayList<>();
    private final LockWatch locks;
    private final RandomStream random;
    private final LoadBalancer balancer;
    private final EventHandler[] sliceHandlers;
    private final EventHandler[] reschedHandlers;
    private SchedObserver[] observers = {};
    private boolean inside;
    private boolean started;
    private long ipis;

    /**
     * @param simulation  the simulation the host lives in
     * @param host        telemetry id of the host, e.g. {@code host/pe1950}
     * @param ncpus       number of pCPUs
     * @param params      CFS tunables
     * @param policy      the co-scheduling policy
     * @param strictLocks whether holding two run-queue locks at once is an error (see {@link LockWatch})
     */
    public HostScheduler(Simulation simulation, String host, int ncpus, CfsParameters params, SchedulingPolicy policy,
            boolean strictLocks) {
        this.sim = Objects.requireNonNull(simulation, "simulation");
        this.host = Objects.requireNonNull(host, "host");
        this.params = Objects.requireNonNull(params, "params");
        this.policy = Objects.requireNonNull(policy, "policy");
        if (ncpus < 1) {
            throw new IllegalArgumentException("a host needs at least one pCPU: " + ncpus);
        }
        this.rqs = new RunQueue[ncpus];
        this.sliceHandlers = new EventHandler[ncpus];
        this.reschedHandlers = new EventHandler[ncpus];
        for (int c = 0; c < ncpus; c++) {
            RunQueue rq = new RunQueue(c);
            rqs[c] = rq;
            sliceHandlers[c] = s -> {
                rq.sliceEvent = null;
                reschedule(rq, false);
            };
            reschedHandlers[c] = s -> {
                if (rq.reschedPending) {
                    reschedule(rq, false);
                }
            };
        }
        this.rqList = Collections.unmodifiableList(Arrays.asList(rqs));
        this.locks = new LockWatch(strictLocks);
        this.random = simulation.random("sched/" + host);
        this.balancer = new LoadBalancer(this);
    }

    // --- building the host ---------------------------------------------------------------------

    /** Adds a VM with {@code vcpus} nice-0 vCPU threads named {@code <id>/vcpu<i>}. */
    public Vm addVm(String id, int vcpus) {
        Vm vm = new Vm(vms.size(), id);
        for (int i = 0; i < vcpus; i++) {
            Task t = new Task(tasks.size(), id + "/vcpu" + i, vm, i, CfsParameters.NICE_0_WEIGHT);
            tasks.add(t);
            vm.add(t);
        }
        vms.add(vm);
        return vm;
    }

    /** Adds a nice-0 host thread that is no vCPU. */
    public Task addTask(String subject) {
        Task t = new Task(tasks.size(), subject, null, -1, CfsParameters.NICE_0_WEIGHT);
        tasks.add(t);
        return t;
    }

    /** Adds an observer; observers are told in the order they were added. */
    public void addObserver(SchedObserver observer) {
        Objects.requireNonNull(observer, "observer");
        observers = Arrays.copyOf(observers, observers.length + 1);
        observers[observers.length - 1] = observer;
    }

    /** Starts the load balancer; call once, before the simulation runs. */
    public void startBalancing() {
        if (!started) {
            started = true;
            balancer.start();
        }
    }

    // --- what guests and workloads call --------------------------------------------------------

    /**
     * Makes a blocked (or new) task runnable: picks its pCPU (creation: the least loaded allowed
     * one; wake-up: soft affinity, see the class comment), enqueues it and preempts the running
     * task when the woken one is far enough behind.
     *
     * @param waker the running task that woke it (a sibling's IPI in the guest), or null for a
     *              timer or device
     */
    public void wake(Task task, Task waker) {
        if (task.state != TaskState.BLOCKED) {
            return;
        }
        enter();
        RunQueue from = task.rq;
        RunQueue to;
        try {
            to = Placement.select(this, task, waker);
            long relative = from == null ? 0 : task.vruntime - from.minVruntime; // lockless, as Linux's waking path
            locks.acquire(to);
            updateCurr(to);
            if (from == null) {
                task.vruntime = to.minVruntime;
            } else if (from != to) {
                task.vruntime = relative + to.minVruntime;
                task.migrations++;
            }
            // sleeper credit (GENTLE_FAIR_SLEEPERS): at most half a latency ahead of min_vruntime
            task.vruntime = Math.max(task.vruntime, to.minVruntime - params.schedLatency() / 2);
            enqueue(to, task);
            checkPreempt(to, task);
            locks.release(to);
        } finally {
            inside = false;
        }
        if (from != null && from != to) {
            for (SchedObserver o : observers) {
                o.migrated(task, from, to, "wake");
            }
        }
        for (SchedObserver o : observers) {
            o.woke(task, to);
        }
    }

    /** The running {@code task} blocks (a vCPU halts): its pCPU picks another task or idles. */
    public void block(Task task) {
        if (task.state != TaskState.RUNNING) {
            throw new IllegalStateException(task + " blocks but is " + task.state.label());
        }
        reschedule(task.rq, true);
    }

    // --- the pick ------------------------------------------------------------------------------

    /** Asks {@code rq} to reschedule at the current instant (an event, like TIF_NEED_RESCHED). */
    void requestResched(RunQueue rq) {
        if (!rq.reschedPending) {
            rq.reschedPending = true;
            sim.schedule(0, reschedHandlers[rq.cpu()]);
        }
    }

    /** Linux's __schedule on {@code rq}: put the running task back (or block it) and pick. */
    void reschedule(RunQueue rq, boolean blockCurrent) {
        enter();
        long now = sim.now();
        Task prev;
        Task next;
        long productiveFrom = now;
        try {
            rq.reschedPending = false;
            if (rq.sliceEvent != null) {
                sim.unschedule(rq.sliceEvent);
                rq.sliceEvent = null;
            }
            locks.acquire(rq);
            updateCurr(rq);
            prev = rq.current;
            if (prev != null) {
                rq.current = null;
                prev.lastRan = now;
                if (blockCurrent) {
                    prev.state = TaskState.BLOCKED;
                    rq.load -= prev.weight();
                } else {
                    prev.state = TaskState.RUNNABLE;
                    prev.readySince = now;
                    rq.tree.insert(prev);
                }
            }
            policy.beforePick(rq, this);
            next = forcedOrPolicyPick(rq);
            if (next != null) {
                rq.tree.remove(next);
                next.state = TaskState.RUNNING;
                rq.current = next;
                next.execStart = now;
                if (next != prev) {
                    productiveFrom = now + params.switchCost(next);
                    rq.contextSwitches++;
                    next.switchesIn++;
                    next.maxWait = Math.max(next.maxWait, now - next.readySince);
                }
                if (prev == null) {
                    rq.idleTime += now - rq.idleSince;
                }
                armSlice(rq, now);
            } else if (prev != null) {
                rq.idleSince = now;
            }
            updateMinVruntime(rq);
            locks.release(rq);
        } finally {
            inside = false;
        }
        if (prev != null && prev != next) {
            if (blockCurrent) {
                for (SchedObserver o : observers) {
                    o.blocked(prev);
                }
            }
            prev.behavior.stopped(prev, !blockCurrent);
        }
        for (SchedObserver o : observers) {
            o.switched(rq, prev, next, productiveFrom);
        }
        if (next != null && next != prev) {
            next.behavior.started(next, productiveFrom);
            policy.afterSwitch(rq, next, this);
        }
        if (next == null && prev != null) {
            balancer.newlyIdle(rq);
        }
    }

    private Task forcedOrPolicyPick(RunQueue rq) {
        Task forced = rq.forcedNext;
        rq.forcedNext = null;
        if (forced != null && forced.inTree && forced.rq == rq) {
            return forced;
        }
        return policy.pickNext(rq, this);
    }

    /** Arms the running task's slice end when others wait; a lone task runs until something wakes. */
    private void armSlice(RunQueue rq, long pickedAt) {
        if (rq.tree.size() == 0 || rq.sliceEvent != null) {
            return;
        }
        long end = pickedAt + sliceOf(rq, rq.current);
        rq.sliceEvent = sim.scheduleAt(Math.max(end, sim.now()), sliceHandlers[rq.cpu()]);
    }

    /** T_slice of sbco.md: the period for the queue's runnable count, shared by weight. */
    long sliceOf(RunQueue rq, Task task) {
        int runnable = rq.nrRunning();
        long period = params.period(runnable);
        return rq.load <= 0 ? period : Math.max(1, period * task.weight() / rq.load);
    }

    /** Charges the running task's time since its last update (Linux's update_curr). */
    void updateCurr(RunQueue rq) {
        Task c = rq.current;
        if (c == null) {
            return;
        }
        long delta = sim.now() - c.execStart;
        if (delta <= 0) {
            return;
        }
        c.execStart = sim.now();
        c.runTime += delta;
        c.vruntime += c.weight() == CfsParameters.NICE_0_WEIGHT ? delta
                : delta * CfsParameters.NICE_0_WEIGHT / c.weight();
        updateMinVruntime(rq);
    }

    private static void updateMinVruntime(RunQueue rq) {
        long candidate = Long.MAX_VALUE;
        if (rq.current != null) {
            candidate = rq.current.vruntime;
        }
        Task left = rq.tree.leftmost();
        if (left != null) {
            candidate = Math.min(candidate, left.vruntime);
        }
        if (candidate != Long.MAX_VALUE && candidate > rq.minVruntime) {
            rq.minVruntime = candidate;
        }
    }

    private void enqueue(RunQueue rq, Task task) {
        task.rq = rq;
        task.state = TaskState.RUNNABLE;
        task.readySince = sim.now();
        rq.tree.insert(task);
        rq.load += task.weight();
    }

    /** Wake-up preemption (check_preempt_wakeup), and a slice for a running task that was alone. */
    private void checkPreempt(RunQueue rq, Task woken) {
        Task curr = rq.current;
        if (curr == null) {
            requestResched(rq);
            return;
        }
        long gran = params.wakeupGranularity() * CfsParameters.NICE_0_WEIGHT / woken.weight();
        if (curr.vruntime - woken.vruntime > gran) {
            requestResched(rq);
        } else {
            armSlice(rq, curr.execStart);
        }
    }

    // --- moving tasks between queues (one lock at a time) --------------------------------------

    /** Takes the runnable {@code batch} out of {@code from} under its lock; vruntimes become relative. */
    void detach(RunQueue from, List<Task> batch) {
        locks.acquire(from);
        updateCurr(from);
        for (Task t : batch) {
            from.tree.remove(t);
            from.load -= t.weight();
            t.vruntime -= from.minVruntime;
        }
        updateMinVruntime(from);
        locks.release(from);
    }

    /** Puts the detached {@code batch} into {@code to} under its lock and tells observers. */
    void attach(RunQueue from, RunQueue to, List<Task> batch, String reason) {
        locks.acquire(to);
        updateCurr(to);
        for (Task t : batch) {
            t.vruntime += to.minVruntime;
            t.migrations++;
            enqueue(to, t);
        }
        if (to.current == null) {
            requestResched(to);
        } else {
            armSlice(to, to.current.execStart);
        }
        locks.release(to);
        for (Task t : batch) {
            for (SchedObserver o : observers) {
                o.migrated(t, from, to, reason);
            }
        }
    }

    /** Whether {@code task} may be placed on {@code rq} under the policy's masks. */
    boolean allows(Task task, RunQueue rq) {
        return !policy.separatesSiblings() || !rq.holdsSiblingOf(task);
    }

    // --- IPIs (co-scheduling baselines) --------------------------------------------------------

    /** {@code from} interrupts {@code to}, which will run {@code task} next if it is still waiting. */
    void sendIpi(RunQueue from, RunQueue to, Task task) {
        ipis++;
        for (SchedObserver o : observers) {
            o.ipi(from, to, task);
        }
        sim.schedule(params.ipiLatency(), s -> receiveIpi(to, task));
    }

    private void receiveIpi(RunQueue to, Task task) {
        if (task.state != TaskState.RUNNABLE) {
            return; // it already runs somewhere, or went to sleep
        }
        RunQueue from = task.rq;
        if (from != to) {
            List<Task> one = List.of(task);
            detach(from, one);
            attach(from, to, one, "ipi");
        }
        to.forcedNext = task;
        reschedule(to, false);
    }

    // --- SBCO support --------------------------------------------------------------------------

    /**
     * {@code task}'s position in its queue read without that queue's lock (0 when running, its
     * tree ordinate when waiting, -1 when blocked). Counted as a lockless read when the queue is
     * not the one whose lock is held.
     */
    int positionLockless(Task task) {
        RunQueue rq = task.rq;
        if (rq != null && !rq.locked) {
            locks.locklessRead();
        }
        return rq == null ? -1 : rq.positionOf(task);
    }

    /**
     * SBCO's Balance(a, b) from {@code rq}'s pick: the sibling with the smaller position lends
     * {@code amount} of vruntime to the other; the one on {@code rq} is repositioned now (its lock
     * is held), the other's change goes onto its queue's debt list. Both stay dirty until settled.
     */
    void lend(RunQueue rq, Task a, int positionA, Task b, int positionB, long amount) {
        long changeA = positionA <= positionB ? amount : -amount;
        rq.tree.remove(a);
        a.vruntime += changeA;
        rq.tree.insert(a);
        a.dirty = true;
        b.dirty = true;
        Debt debt = new Debt(b, -changeA, a, sim.now());
        RunQueue debtQueue = b.rq;
        if (debtQueue == rq) {
            settle(rq, debt); // more siblings than pCPUs: both on this queue, under the lock held
        } else {
            locks.locklessPush();
            debtQueue.debts.add(debt);
        }
        Task lender = changeA > 0 ? a : b;
        Task borrower = changeA > 0 ? b : a;
        for (SchedObserver o : observers) {
            o.lent(lender, borrower, amount, debtQueue);
        }
    }

    /**
     * SBCO: applies {@code rq}'s pending debts; called under its lock at the start of its pick.
     * The borrowers stay dirty through this pick ({@link #endPick}): a sibling just moved up
     * runs if it is now leftmost, rather than yielding at once to another far sibling (the
     * repeated yielding the dirty flag is there to prevent; without it a boosted vCPU gave its
     * turn away at the very pick that settled its debt, measured in most settlements).
     */
    void settleDebts(RunQueue rq) {
        if (rq.debts.isEmpty()) {
            return;
        }
        for (Debt d : rq.debts) {
            settle(rq, d);
        }
        rq.debts.clear();
    }

    /** SBCO: the end of {@code rq}'s pick; the borrowers settled at its start are clean again. */
    void endPick(RunQueue rq) {
        for (Task t : rq.settledThisPick) {
            t.dirty = false;
        }
        rq.settledThisPick.clear();
    }

    private void settle(RunQueue rq, Debt d) {
        Task b = d.sibling();
        boolean voided = false;
        if (b.rq == rq && b.inTree) {
            rq.tree.remove(b);
            b.vruntime += d.vruntimeChange();
            rq.tree.insert(b);
        } else if (b.rq == rq && b.state == TaskState.BLOCKED) {
            b.vruntime += d.vruntimeChange();
        } else {
            voided = true; // it moved to another queue since: that queue's lock is not ours to take
        }
        if (voided) {
            b.dirty = false;
        } else {
            rq.settledThisPick.add(b);
        }
        for (SchedObserver o : observers) {
            o.debtSettled(rq, d, voided);
        }
    }

    void tellSkipped(RunQueue rq, Task skipped, Task picked, Task sibling, int distance, double threshold) {
        for (SchedObserver o : observers) {
            o.skipped(rq, skipped, picked, sibling, distance, threshold);
        }
    }

    // --- accessors -----------------------------------------------------------------------------

    /** The simulation. */
    public Simulation simulation() {
        return sim;
    }

    /** Telemetry id of the host. */
    public String host() {
        return host;
    }

    /** The tunables. */
    public CfsParameters params() {
        return params;
    }

    /** The policy. */
    public SchedulingPolicy policy() {
        return policy;
    }

    /** The run queues, by pCPU index. */
    public List<RunQueue> runQueues() {
        return rqList;
    }

    /** The run queue of pCPU {@code cpu}. */
    public RunQueue runQueue(int cpu) {
        return rqs[cpu];
    }

    /** Every thread, by id. */
    public List<Task> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    /** Every VM, by index. */
    public List<Vm> vms() {
        return Collections.unmodifiableList(vms);
    }

    /** The run-queue lock model. */
    public LockWatch locks() {
        return locks;
    }

    /** Tells every observer something, in the order they were added (the guest model's lock events). */
    public void tell(Consumer<SchedObserver> message) {
        for (SchedObserver o : observers) {
            message.accept(o);
        }
    }

    /** IPIs sent so far. */
    public long ipis() {
        return ipis;
    }

    /**
     * {@code task}'s run time up to now, the running stretch included. Reading it changes nothing
     * (unlike Linux's update_curr), so measuring never alters the run.
     */
    public long runTime(Task task) {
        return task.runTime + (task.state == TaskState.RUNNING ? sim.now() - task.execStart : 0);
    }

    /** sbco.md's T_vm: the sum of {@link #runTime(Task)} over {@code vm}'s vCPUs. */
    public long tvm(Vm vm) {
        long sum = 0;
        for (Task t : vm.vcpus()) {
            sum += runTime(t);
        }
        return sum;
    }

    RandomStream random() {
        return random;
    }

    RunQueue[] queues() {
        return rqs;
    }

    private void enter() {
        if (inside) {
            throw new IllegalStateException("the host scheduler was called back while deciding: schedule an event instead");
        }
        inside = true;
    }
}
