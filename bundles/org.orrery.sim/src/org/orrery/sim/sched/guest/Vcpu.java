package org.orrery.sim.sched.guest;

import org.orrery.sim.EventHandler;
import org.orrery.sim.SimEvent;
import org.orrery.sim.Simulation;
import org.orrery.sim.sched.Task;
import org.orrery.sim.sched.TaskBehavior;
import org.orrery.sim.sched.TaskState;

/**
 * The guest side of one vCPU thread. While its thread holds a pCPU (after the switch cost) it
 * works off its current item; it halts when its workload gives it nothing, and wakes when kicked.
 * <p>
 * Lock-holder preemption: when the host preempts it while it works, it is inside a critical
 * section of lock kind k with probability equal to the share of time the kind is held
 * (PASTA: preemptions do not look at the guest), and then keeps that lock until it runs again
 * and finishes the rest of the section (exponential, the kind's mean hold). Meanwhile each
 * running sibling reaches for that lock after an exponential time at the lock's attempt rate,
 * then spins, burning its pCPU without progress, until the holder releases it. No pause-loop
 * exiting: the test bed's Xeon 5000-series CPUs predate it, so a spinner spins until the lock is
 * free or its slice ends.
 */
public final class Vcpu implements TaskBehavior {

    private final Guest guest;
    private final Task task;
    private final Simulation sim;
    private final EventHandler doneHandler = s -> itemDone();
    private final EventHandler releaseHandler = s -> release();
    private final EventHandler tickHandler = s -> tick();
    private final EventHandler[] attemptHandlers;
    private final SimEvent[] attempts;

    private boolean halted = true;
    private boolean hasWork;
    private long remaining;
    private boolean onCpu;
    private long productiveFrom;
    private long workingSince;
    private SimEvent doneEvent;
    /** The current item is the guest's timer tick on an otherwise idle vCPU. */
    private boolean tickItem;
    private SimEvent tickEvent;

    private GuestLock spinningOn;
    private long spinFrom;
    private GuestLock holding;
    private long residual;
    private SimEvent releaseEvent;

    private long productive;
    private long spun;

    Vcpu(Guest guest, Task task) {
        this.guest = guest;
        this.task = task;
        this.sim = guest.host().simulation();
        int n = guest.locks.length;
        this.attempts = new SimEvent[n];
        this.attemptHandlers = new EventHandler[n];
        for (int i = 0; i < n; i++) {
            GuestLock lock = guest.locks[i];
            attemptHandlers[i] = s -> attempt(lock);
        }
    }

    // --- for workloads -------------------------------------------------------------------------

    /** Its guest. */
    public Guest guest() {
        return guest;
    }

    /** Its vCPU number. */
    public int index() {
        return task.vcpuIndex();
    }

    /** Its host thread. */
    public Task task() {
        return task;
    }

    /** Whether it is halted (its thread blocked on the host). */
    public boolean isHalted() {
        return halted;
    }

    /** Whether its guest has nothing for it: halted, or only running the idle timer tick. */
    public boolean isIdle() {
        return halted || tickItem;
    }

    /** Productive time so far (its current stretch not yet counted), nanoseconds. */
    public long productiveTime() {
        return productive;
    }

    /** Time spent spinning on a preempted holder's lock so far, nanoseconds. */
    public long spinTime() {
        return spun;
    }

    /** Whether it spins on a lock now. */
    public boolean isSpinning() {
        return spinningOn != null;
    }

    /** Gives it an item of {@code nanos} of productive time; it starts at once if it runs. */
    public void work(long nanos) {
        if (nanos <= 0) {
            throw new IllegalArgumentException("work must be positive: " + nanos);
        }
        if (doneEvent != null) {
            pauseWork(sim.now()); // a timer tick in progress gives way to real work
        }
        tickItem = false;
        hasWork = true;
        remaining = nanos;
        if (onCpu && spinningOn == null) {
            resumeWork(Math.max(sim.now(), productiveFrom));
        }
    }

    /**
     * Wakes it if halted: a guest IPI from {@code waker}'s vCPU (which the host may answer by
     * pulling this thread next to the waker's), or a timer or device when {@code waker} is null.
     */
    public void kick(Vcpu waker) {
        if (halted) {
            halted = false;
            if (tickEvent != null) {
                sim.unschedule(tickEvent);
                tickEvent = null;
            }
            guest.host().wake(task, waker == null ? null : waker.task);
        }
    }

    /** Halts it now (it must be running): releases a lock it still holds, then its thread blocks. */
    public void halt() {
        if (halted) {
            return;
        }
        if (holding != null) {
            if (releaseEvent != null) {
                sim.unschedule(releaseEvent);
            }
            release();
        }
        hasWork = false;
        tickItem = false;
        halted = true;
        if (guest.tickPeriod > 0) {
            tickEvent = sim.schedule(guest.tickPeriod, tickHandler);
        }
        if (task.state() == TaskState.RUNNING) {
            guest.host().block(task);
        }
    }

    /** A vCPU the workload left idle at the start begins ticking, at a random phase of the period. */
    void startIdle() {
        if (halted && guest.tickPeriod > 0 && tickEvent == null) {
            long phase = 1 + (long) (guest.random().nextDouble() * (guest.tickPeriod - 1));
            tickEvent = sim.schedule(phase, tickHandler);
        }
    }

    /** The guest kernel's periodic tick wakes the idle vCPU for a moment (guests that are not tickless). */
    private void tick() {
        tickEvent = null;
        if (!halted) {
            return;
        }
        hasWork = true;
        remaining = guest.tickCost;
        tickItem = true;
        kick(null);
    }

    // --- told by the host scheduler ------------------------------------------------------------

    @Override
    public void started(Task t, long from) {
        onCpu = true;
        productiveFrom = from;
        if (holding != null) {
            releaseEvent = sim.scheduleAt(from + residual, releaseHandler);
        }
        if (spinningOn != null) {
            spinFrom = from;
        } else {
            resumeWork(from);
        }
    }

    @Override
    public void stopped(Task t, boolean stillRunnable) {
        long now = sim.now();
        if (releaseEvent != null) {
            sim.unschedule(releaseEvent);
            releaseEvent = null;
            residual = Math.max(1, residual - Math.max(0, now - productiveFrom));
        }
        if (spinningOn != null) {
            stopSpinning(now);
        } else {
            pauseWork(now);
        }
        onCpu = false;
        if (stillRunnable && hasWork && spinningOn == null && holding == null) {
            maybeHoldingLock();
        }
    }

    // --- work ----------------------------------------------------------------------------------

    private void resumeWork(long from) {
        if (!hasWork) {
            return;
        }
        workingSince = from;
        doneEvent = sim.scheduleAt(from + remaining, doneHandler);
        for (GuestLock lock : guest.locks) {
            if (lock.holder != null && lock.holder != this && !lock.holder.onCpu) {
                scheduleAttempt(lock, from);
            }
        }
    }

    private void pauseWork(long now) {
        if (doneEvent != null) {
            sim.unschedule(doneEvent);
            doneEvent = null;
            long ran = Math.max(0, now - workingSince);
            remaining = Math.max(1, remaining - ran);
            productive += ran;
        }
        cancelAttempts();
    }

    private void itemDone() {
        doneEvent = null;
        productive += sim.now() - workingSince;
        remaining = 0;
        hasWork = false;
        cancelAttempts();
        if (tickItem) {
            tickItem = false;
            halt();
            return;
        }
        guest.workload().itemDone(this);
        if (!hasWork && !halted) {
            halt();
        }
    }

    // --- lock-holder preemption ----------------------------------------------------------------

    /** Preempted while working: inside a critical section with the kinds' time shares. */
    private void maybeHoldingLock() {
        if (guest.locks.length == 0) {
            return;
        }
        double u = guest.random().nextDouble();
        for (GuestLock lock : guest.locks) {
            double share = lock.profile.heldFraction();
            if (u < share) {
                if (lock.holder == null) {
                    holdPreempted(lock);
                }
                return;
            }
            u -= share;
        }
    }

    private void holdPreempted(GuestLock lock) {
        holding = lock;
        lock.holder = this;
        residual = Math.max(1, Math.round(guest.random().nextExponential() * lock.profile.meanHoldNanos()));
        guest.lockHolderPreemptions++;
        guest.host().tell(o -> o.lockHolderPreempted(task, lock.name()));
        for (Vcpu sibling : guest.vcpus()) {
            if (sibling != this && sibling.onCpu && sibling.doneEvent != null) {
                sibling.scheduleAttempt(lock, sim.now());
            }
        }
    }

    private void scheduleAttempt(GuestLock lock, long from) {
        if (attempts[lock.index] != null || lock.attemptRate <= 0) {
            return;
        }
        long delay = Math.round(guest.random().nextExponential() * 1e9 / lock.attemptRate);
        attempts[lock.index] = sim.scheduleAt(Math.max(sim.now(), from) + delay, attemptHandlers[lock.index]);
    }

    private void cancelAttempts() {
        for (int i = 0; i < attempts.length; i++) {
            if (attempts[i] != null) {
                sim.unschedule(attempts[i]);
                attempts[i] = null;
            }
        }
    }

    private void attempt(GuestLock lock) {
        attempts[lock.index] = null;
        if (lock.holder == null || lock.holder == this) {
            return;
        }
        long now = sim.now();
        pauseWork(now);
        spinningOn = lock;
        spinFrom = now;
        lock.waiters.add(this);
        Vcpu holder = lock.holder;
        guest.host().tell(o -> o.spinStarted(task, holder.task, lock.name()));
    }

    private void stopSpinning(long now) {
        long s = Math.max(0, now - spinFrom);
        spun += s;
        guest.spinTime += s;
        guest.host().tell(o -> o.spinStopped(task, s));
    }

    /** The holder finished its critical section: the spinners get the lock in turn and go on. */
    private void release() {
        releaseEvent = null;
        GuestLock lock = holding;
        holding = null;
        lock.holder = null;
        guest.host().tell(o -> o.lockReleased(task, lock.name()));
        long now = sim.now();
        for (Vcpu w : lock.waiters) {
            if (w.onCpu) {
                w.stopSpinning(now);
                w.spinningOn = null;
                w.resumeWork(now);
            } else {
                w.spinningOn = null; // preempted while spinning: it finds the lock free when it runs
            }
        }
        lock.waiters.clear();
    }
}
