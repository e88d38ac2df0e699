package org.orrery.charts;

import java.util.Map;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * A small run with known numbers: host VM counts sampled every second for 20 s, and one pre-copy
 * migration of vm/web from host/a to host/b between 10 s and 12 s with five rounds.
 */
final class MigrationStore {

    static final String VM = "vm/web";
    static final long SECOND = 1_000_000_000L;
    /** Round end times, ns. */
    static final long[] ROUND_TIMES = {10_500_000_000L, 11_000_000_000L, 11_400_000_000L, 11_700_000_000L,
        11_900_000_000L};
    /** Bytes remaining after each round. */
    static final long[] REMAINING = {800_000_000L, 300_000_000L, 120_000_000L, 50_000_000L, 20_000_000L};
    /** Dirty rate during each round, bytes/s. */
    static final double[] DIRTY = {60e6, 55e6, 52e6, 50e6, 48e6};
    static final double BANDWIDTH = 117e6;

    private MigrationStore() {
    }

    static TelemetryStore create() {
        TelemetryStore store = new TelemetryStore();
        int round = 0;
        for (long t = 0; t <= 20 * SECOND; t += SECOND / 10) {
            while (round < ROUND_TIMES.length && ROUND_TIMES[round] <= t) {
                store.append(new TelemetryEvent(ROUND_TIMES[round], EventKind.MIGRATION_ROUND, VM, Map.of(
                        Attribute.ITERATION, (long) round + 1, Attribute.BYTES_REMAINING, REMAINING[round],
                        Attribute.DIRTY_RATE, DIRTY[round], Attribute.BANDWIDTH, BANDWIDTH)));
                round++;
            }
            if (t == 10 * SECOND) {
                store.append(new TelemetryEvent(t, EventKind.MIGRATION_START, VM, Map.of(Attribute.SOURCE, "host/a",
                        Attribute.DESTINATION, "host/b", Attribute.MEMORY, 1_000_000_000L)));
            }
            if (t == 12 * SECOND) {
                store.append(new TelemetryEvent(t, EventKind.MIGRATION_END, VM, Map.of(Attribute.TOTAL_TIME,
                        2 * SECOND, Attribute.DOWNTIME, 30_000_000L, Attribute.ROUNDS, 5L)));
            }
            if (t % SECOND == 0) {
                long onA = t < 12 * SECOND ? 3 : 2;
                store.append(new TelemetryEvent(t, EventKind.METRIC, "host/a", Map.of(Attribute.VM_COUNT, onA)));
                store.append(new TelemetryEvent(t, EventKind.METRIC, "host/b", Map.of(Attribute.VM_COUNT, 5 - onA)));
            }
        }
        return store;
    }
}
