package org.orrery.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic stream of events shaped like a simulated run, for the store's tests and its
 * benchmark: host metrics, VM life-cycle changes, and migrations with rounds, interleaved, with
 * several events at the same time now and then.
 */
public final class SyntheticRun {

    private final SplittableRandom random;
    private final int hosts;
    private final int vms;
    private long time;

    /** @param seed decides everything; the same seed gives the same events */
    public SyntheticRun(long seed, int hosts, int vms) {
        this.random = new SplittableRandom(seed);
        this.hosts = hosts;
        this.vms = vms;
    }

    /** The next event. */
    public TelemetryEvent next() {
        if (random.nextInt(4) != 0) {
            time += random.nextInt(1_000_000);
        }
        int pick = random.nextInt(10);
        if (pick < 5) {
            return new TelemetryEvent(time, EventKind.METRIC, "host/h" + random.nextInt(hosts),
                    Map.of(Attribute.CPU_LOAD, random.nextDouble(), Attribute.VM_COUNT, (long) random.nextInt(20)));
        }
        String vm = "vm/v" + random.nextInt(vms);
        if (pick < 8) {
            long remaining = random.nextLong(1L << 32);
            Map<String, Object> round = random.nextInt(10) == 0
                    ? Map.of(Attribute.ITERATION, (long) random.nextInt(30), Attribute.BYTES_SENT, remaining)
                    : Map.of(Attribute.ITERATION, (long) random.nextInt(30), Attribute.BYTES_SENT, remaining,
                            Attribute.BYTES_REMAINING, remaining / 3, Attribute.DIRTY_RATE, random.nextDouble() * 1e8);
            return new TelemetryEvent(time, EventKind.MIGRATION_ROUND, vm, round);
        }
        return new TelemetryEvent(time, EventKind.LIFECYCLE, vm,
                Map.of(Attribute.STATE, random.nextBoolean() ? LifecycleState.RUNNING : LifecycleState.PAUSED,
                        Attribute.HOST, "host/h" + random.nextInt(hosts)));
    }

    /** The next {@code n} events. */
    public List<TelemetryEvent> next(int n) {
        List<TelemetryEvent> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            events.add(next());
        }
        return events;
    }
}
