package org.orrery.ui.views.internal.timeline;

import java.util.LinkedHashMap;
import java.util.Map;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/** Hand-made migration telemetry for the model tests: times in seconds, sizes in MB (10^6 bytes). */
final class MigrationEvents {

    static final long S = 1_000_000_000L;
    static final long MB = 1_000_000L;

    private final TelemetryStore store = new TelemetryStore();

    TelemetryStore store() {
        return store;
    }

    MigrationEvents start(double t, String vm, String algorithm, double dirtyMBs, double bandwidthMBs) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(Attribute.SOURCE, "host/a");
        a.put(Attribute.DESTINATION, "host/b");
        a.put(Attribute.ALGORITHM, algorithm);
        a.put(Attribute.MEMORY, 1024 * MB);
        a.put(Attribute.DIRTY_RATE, dirtyMBs * MB);
        a.put(Attribute.BANDWIDTH, bandwidthMBs * MB);
        a.put(Attribute.MAX_DOWNTIME, 300_000_000L);
        return add(t, EventKind.MIGRATION_START, vm, a);
    }

    MigrationEvents round(double t, String vm, long iteration, long sentMB, long remainingMB, double dirtyMBs,
            double bandwidthMBs) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(Attribute.ITERATION, iteration);
        a.put(Attribute.BYTES_SENT, sentMB * MB);
        a.put(Attribute.BYTES_REMAINING, remainingMB * MB);
        a.put(Attribute.DIRTY_RATE, dirtyMBs * MB);
        a.put(Attribute.BANDWIDTH, bandwidthMBs * MB);
        a.put(Attribute.EXPECTED_DOWNTIME, Math.round(remainingMB / bandwidthMBs * S));
        return add(t, EventKind.MIGRATION_ROUND, vm, a);
    }

    MigrationEvents pages(double t, String vm, long iteration, long full, long deduplicated, long pulled) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(Attribute.ITERATION, iteration);
        a.put(Attribute.BYTES_SENT, full * 4104 + deduplicated * 28);
        a.put(Attribute.BYTES_REMAINING, 0L);
        a.put(Attribute.DIRTY_RATE, 0.0);
        a.put(Attribute.BANDWIDTH, 12.5 * MB);
        a.put(Attribute.EXPECTED_DOWNTIME, 0L);
        a.put(Attribute.PAGES_FULL, full);
        a.put(Attribute.PAGES_DEDUPLICATED, deduplicated);
        a.put(Attribute.PAGES_PULLED, pulled);
        a.put(Attribute.PAGES_ZERO, 1000L);
        return add(t, EventKind.MIGRATION_ROUND, vm, a);
    }

    MigrationEvents switchover(double t, String vm, long remainingMB, String reason) {
        return add(t, EventKind.MIGRATION_SWITCHOVER, vm, Map.of(Attribute.BYTES_REMAINING, remainingMB * MB,
                Attribute.EXPECTED_DOWNTIME, 280_000_000L, Attribute.REASON, reason));
    }

    MigrationEvents running(double t, String vm) {
        return add(t, EventKind.LIFECYCLE, vm, Map.of(Attribute.STATE, "running", Attribute.HOST, "host/b"));
    }

    MigrationEvents end(double t, String vm, double started, long totalMB, long downtimeNs, long rounds) {
        return add(t, EventKind.MIGRATION_END, vm, Map.of(Attribute.TOTAL_BYTES, totalMB * MB, Attribute.TOTAL_TIME,
                Math.round((t - started) * S), Attribute.DOWNTIME, downtimeNs, Attribute.ROUNDS, rounds,
                Attribute.REASON, "downtime-target"));
    }

    MigrationEvents failed(double t, String vm, String reason, long totalMB, long rounds) {
        return add(t, EventKind.MIGRATION_FAILED, vm, Map.of(Attribute.REASON, reason, Attribute.TOTAL_BYTES,
                totalMB * MB, Attribute.ROUNDS, rounds));
    }

    MigrationEvents metric(double t) {
        return add(t, EventKind.METRIC, "host/a", Map.of(Attribute.VALUE, 1.0));
    }

    private MigrationEvents add(double t, EventKind kind, String subject, Map<String, Object> attributes) {
        store.append(new TelemetryEvent(Math.round(t * S), kind, subject, attributes));
        return this;
    }
}
