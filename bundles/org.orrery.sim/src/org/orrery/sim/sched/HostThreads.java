package org.orrery.sim.sched;

import java.util.random.RandomGenerator;

import org.orrery.sim.Simulation;
import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * The host's own threads (kernel workers, softirq threads, QEMU's I/O threads): one per pCPU,
 * waking at random for short bursts. They are what keeps a real host's run queues from turning in
 * lockstep. Without them, CPU-bound VMs started together rotate through equal queues in step for
 * the whole run, so siblings stay a place or two apart under stock CFS (mean distance 1.6 with run
 * queues of six, measured) where a real host has them spread at random (3.5 with these threads):
 * the problem SBCO addresses would not show.
 *
 * @param rate      wake-ups per second of each pCPU's host thread; 0 for none
 * @param meanBurst mean CPU time per wake-up (exponential), ns
 */
@Describes
public record HostThreads(
        @Parameter(value = "wake-ups per second of each pCPU's host thread (kernel workers, QEMU I/O)", unit = "1/s", assumption = true) double rate,
        @Parameter(value = "mean CPU burst of a host-thread wake-up", unit = "ns", assumption = true) long meanBurst) {

    /** Assumption: 200 wake-ups a second of 100 us each, 2% of every pCPU. */
    public static final HostThreads DEFAULTS = new HostThreads(200, 100_000L);

    /** No host threads: the queues hold the VMs' threads only. */
    public static final HostThreads NONE = new HostThreads(0, 0);

    public HostThreads {
        if (!(rate >= 0) || Double.isInfinite(rate) || meanBurst < 0 || (rate > 0 && meanBurst <= 0)) {
            throw new IllegalArgumentException("host threads need rate >= 0 and a positive burst: " + rate + ", " + meanBurst);
        }
    }

    /**
     * Adds the threads ({@code host/kthread<c>}) to {@code host} and wakes each once now, before
     * the guests start, so fork placement puts one on each pCPU; soft affinity keeps them there.
     * Their randomness is the stream {@code host-threads}.
     */
    public void start(HostScheduler host) {
        if (rate <= 0) {
            return;
        }
        Simulation sim = host.simulation();
        RandomGenerator random = sim.random("host-threads");
        for (int c = 0; c < host.queues().length; c++) {
            Task t = host.addTask("host/kthread" + c);
            t.setBehavior(new TaskBehavior() {
                private long turn; // a preempted burst's end must not cut the next turn short

                @Override
                public void started(Task task, long productiveFrom) {
                    long mine = ++turn;
                    long burst = Math.max(1, exponential(random, meanBurst)); // memoryless: a fresh draw per turn
                    sim.schedule(productiveFrom - sim.now() + burst, s -> {
                        if (turn == mine && task.state == TaskState.RUNNING) {
                            host.block(task);
                        }
                    });
                }

                @Override
                public void stopped(Task task, boolean stillRunnable) {
                    if (!stillRunnable) {
                        sim.schedule(Math.max(1, exponential(random, 1e9 / rate)), s -> host.wake(task, null));
                    }
                }
            });
            host.wake(t, null);
        }
    }

    private static long exponential(RandomGenerator random, double mean) {
        return Math.round(-Math.log(1 - random.nextDouble()) * mean);
    }
}
