package org.orrery.sim.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orrery.sim.RunOutcome;
import org.orrery.sim.Simulation;
import org.orrery.sim.network.Link;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/** Migration times and volumes against hand computation. */
class MigrationTest {

    private static final long GIB = 1L << 30;
    private static final double GBE = 125e6; // 1 Gbit/s in bytes/s
    private static final long LATENCY = 500_000; // 0.5 ms
    private static final Link LINK = new Link("link/gbe", GBE, LATENCY);

    private final TelemetryStore store = new TelemetryStore();
    private final Simulation sim = new Simulation(1, store);

    private MigrationResult migrate(double dirtyRate, MigrationAlgorithm algorithm) {
        Migration m = Migration.start(sim, new MigrationRequest("vm/a", "host/1", "host/2", GIB, dirtyRate, LINK),
                algorithm);
        assertEquals(RunOutcome.QUEUE_EMPTY, sim.run());
        return m.result().orElseThrow();
    }

    private List<TelemetryEvent> events(EventKind kind) {
        return store.query(new TimeRange(0, Long.MAX_VALUE), e -> e.kind() == kind);
    }

    @Test
    void stopAndCopyTakesMemoryOverBandwidthPlusLatencyAllOfItDowntime() {
        MigrationResult r = migrate(50e6, new StopAndCopyMigration());
        double expectedSeconds = GIB / GBE + LATENCY / 1e9; // 8.589934592 + 0.0005
        assertEquals(expectedSeconds, r.totalTime() / 1e9, 1e-9);
        assertEquals(r.totalTime(), r.downtime());
        assertEquals(GIB, r.totalBytes());
        assertEquals(0, r.rounds());
        assertEquals(0, events(EventKind.MIGRATION_ROUND).size());
    }

    @Test
    void preCopyFollowsTheGeometricRecursionUntilTheRestFitsTheDowntimeTarget() {
        // r/B = 0.1. Round 1 sends M, round 2 sends 0.1 M (dirtied during round 1); then 0.01 M
        // remains, 10.7 MB, under the 300 ms x 125 MB/s = 37.5 MB target: switchover.
        double rho = 0.1;
        MigrationResult r = migrate(rho * GBE, new PreCopyMigration());
        assertTrue(r.completed());
        assertEquals(2, r.rounds());
        assertEquals(PreCopyMigration.REASON_DOWNTIME_TARGET, r.reason());
        double bytes = GIB * (1 + rho + rho * rho);
        assertEquals(bytes, r.totalBytes(), bytes * 1e-8);
        assertEquals(bytes / GBE + LATENCY / 1e9, r.totalTime() / 1e9, 1e-6);
        assertEquals(GIB * rho * rho / GBE + LATENCY / 1e9, r.downtime() / 1e9, 1e-6);

        List<TelemetryEvent> rounds = events(EventKind.MIGRATION_ROUND);
        assertEquals(2, rounds.size());
        assertEquals(GIB, rounds.get(0).number(Attribute.BYTES_SENT, -1), 0);
        assertEquals(GIB * rho, rounds.get(0).number(Attribute.BYTES_REMAINING, -1), 1);
        assertEquals(GIB / GBE, rounds.get(0).time() / 1e9, 1e-9);
        assertEquals(GIB * rho * rho, rounds.get(1).number(Attribute.BYTES_REMAINING, -1), 1);
        TelemetryEvent end = events(EventKind.MIGRATION_END).get(0);
        assertEquals(r.totalBytes(), end.number(Attribute.TOTAL_BYTES, -1), 0);
        assertEquals(r.downtime(), end.number(Attribute.DOWNTIME, -1), 0);
        assertEquals(r.totalTime(), end.time());
    }

    @Test
    void anIdleGuestNeedsOneRoundAndOnlyTheLatencyAsDowntime() {
        MigrationResult r = migrate(0, new PreCopyMigration());
        assertEquals(1, r.rounds());
        assertEquals(GIB, r.totalBytes());
        assertEquals(LATENCY, r.downtime());
        assertEquals(GIB / GBE + LATENCY / 1e9, r.totalTime() / 1e9, 1e-9);
    }

    @Test
    void aGuestDirtyingFasterThanTheLinkHitsTheRoundCapWithAllMemoryStillDirty() {
        MigrationResult r = migrate(2 * GBE, new PreCopyMigration(300_000_000L, 5));
        assertEquals(5, r.rounds());
        assertEquals(PreCopyMigration.REASON_ROUND_CAP, r.reason());
        // every round re-sends the whole memory, and so does the switchover
        assertEquals(6 * GIB, r.totalBytes());
        assertEquals(GIB / GBE + LATENCY / 1e9, r.downtime() / 1e9, 1e-9);
    }

    @Test
    void theSequenceOfEventsTellsTheStory() {
        migrate(0.1 * GBE, new PreCopyMigration());
        List<String> kinds = store.query(new TimeRange(0, Long.MAX_VALUE), e -> true).stream()
                .map(e -> e.kind() + (e.kind() == EventKind.LIFECYCLE ? ":" + e.text(Attribute.STATE) : ""))
                .toList();
        assertEquals(List.of("MIGRATION_START", "MIGRATION_ROUND", "MIGRATION_ROUND", "LIFECYCLE:paused",
                "MIGRATION_SWITCHOVER", "PLACEMENT", "LIFECYCLE:running", "MIGRATION_END"), kinds);
        assertTrue(store.query(new TimeRange(0, Long.MAX_VALUE), e -> true).stream()
                .allMatch(e -> e.subject().equals("vm/a")));
    }

    @Test
    void abortingMidRoundUnschedulesItAndLeavesTheVmAtTheSource() {
        Migration m = Migration.start(sim,
                new MigrationRequest("vm/a", "host/1", "host/2", GIB, 0.1 * GBE, LINK), new PreCopyMigration());
        sim.runUntil(1_000_000_000L); // one second into the 8.6 s first round
        assertEquals(1, sim.pendingEvents());
        assertTrue(m.abort("operator"));
        assertFalse(m.abort("again"));
        assertEquals(0, sim.pendingEvents());
        MigrationResult r = m.result().orElseThrow();
        assertFalse(r.completed());
        assertEquals("operator", r.reason());
        assertEquals(1, events(EventKind.MIGRATION_FAILED).size());
        assertEquals(0, events(EventKind.MIGRATION_END).size());
        assertEquals(0, events(EventKind.PLACEMENT).size());
    }
}
