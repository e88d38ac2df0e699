package org.orrery.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.orrery.sim.bench.Machine;
import org.orrery.telemetry.TelemetryStore;

/**
 * Throughput of the event queue, on one thread: (1) the bare future-event queue under the
 * classic hold model (take the earliest event, add one a random delay later, with a steady number
 * pending), and (2) the kernel end to end: {@link Simulation#schedule} plus firing handlers that
 * each schedule their successor. Prints events per second per pending-queue size, best of a few
 * repetitions after a warm-up, and the machine. Target: at least 10 million events/s.
 * <p>
 * Rates are per second of the benchmark thread's CPU time, so that other work on a shared machine
 * (which only delays the thread) does not count; the wall-clock rate is printed beside it.
 * <p>
 * Lives in the kernel's package to reach the package-private queue. Run it with
 * {@code bundles/org.orrery.sim/bench/run.sh queue}.
 */
public final class EventQueueBenchmark {

    private static final int[] PENDING = {100, 1_000, 10_000, 100_000};
    private static final long EVENTS = 20_000_000;
    private static final int REPETITIONS = 3;
    /** Mean delay between an event and the one it schedules, nanoseconds. */
    private static final long MEAN_DELAY = 1_000_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EventQueueBenchmark() {
    }

    /** A rate measured both ways: per CPU second of the thread and per wall-clock second. */
    private record Rate(double perCpuSecond, double perWallSecond) {

        static Rate of(long events, long cpuStart, long wallStart) {
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
            long wall = System.nanoTime() - wallStart;
            return new Rate(events / (cpu / 1e9), events / (wall / 1e9));
        }

        Rate best(Rate other) {
            return other.perCpuSecond > perCpuSecond ? other : this;
        }

        String format() {
            return String.format(Locale.ROOT, "%6.1f M events/s per CPU second (%5.1f M per wall second)",
                    perCpuSecond / 1e6, perWallSecond / 1e6);
        }
    }

    public static void main(String[] args) {
        System.out.println(Machine.describe());
        hold(1_000, 2_000_000); // warm-up
        kernel(1_000, 2_000_000);
        for (int pending : PENDING) {
            Rate best = hold(pending, EVENTS);
            for (int r = 1; r < REPETITIONS; r++) {
                best = best.best(hold(pending, EVENTS));
            }
            System.out.printf(Locale.ROOT, "bare queue (hold model,        %,7d pending): %s%n", pending, best.format());
        }
        for (int pending : PENDING) {
            Rate best = kernel(pending, EVENTS);
            for (int r = 1; r < REPETITIONS; r++) {
                best = best.best(kernel(pending, EVENTS));
            }
            System.out.printf(Locale.ROOT, "kernel     (schedule and fire, %,7d pending): %s%n", pending, best.format());
        }
    }

    /** Rate of the bare queue: poll the earliest, add one later, {@code events} times. */
    private static Rate hold(int pending, long events) {
        FutureEventQueue queue = new FutureEventQueue();
        EventHandler nothing = s -> {
        };
        long random = 42;
        long serial = 0;
        for (int i = 0; i < pending; i++) {
            random = next(random);
            queue.add(new SimEvent(delay(random), serial++, nothing));
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (long i = 0; i < events; i++) {
            SimEvent first = queue.poll();
            random = next(random);
            queue.add(new SimEvent(first.time() + delay(random), serial++, nothing));
        }
        Rate rate = Rate.of(events, cpu, wall);
        if (queue.size() != pending) {
            throw new AssertionError("queue lost events");
        }
        return rate;
    }

    /** Rate of the kernel: {@code pending} handlers, each rescheduling itself after a random delay. */
    private static Rate kernel(int pending, long events) {
        Simulation simulation = new Simulation(1, new TelemetryStore());
        long[] state = {42, 0};
        EventHandler hop = new EventHandler() {
            @Override
            public void fire(Simulation s) {
                if (++state[1] >= events) {
                    s.cancel();
                    return;
                }
                state[0] = next(state[0]);
                s.schedule(delay(state[0]), this);
            }
        };
        for (int i = 0; i < pending; i++) {
            state[0] = next(state[0]);
            simulation.schedule(delay(state[0]), hop);
        }
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        simulation.run();
        return Rate.of(simulation.firedEvents(), cpu, wall);
    }

    /** xorshift64: cheap enough not to weigh on what is measured. */
    private static long next(long x) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        return x;
    }

    /** A delay in [0, 2 x mean) from a random word. */
    private static long delay(long random) {
        return (random >>> 1) % (2 * MEAN_DELAY);
    }
}
