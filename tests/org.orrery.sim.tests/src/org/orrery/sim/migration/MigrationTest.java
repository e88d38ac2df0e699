package org.orrery.sim.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.sim.migration.Harness.GBE;
import static org.orrery.sim.migration.Harness.GIB;
import static org.orrery.sim.migration.Harness.MS;
import static org.orrery.sim.migration.Harness.SECOND;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orrery.sim.memory.UniformDirtying;
import org.orrery.sim.network.Link;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TimeRange;

/** What every algorithm shares: the event story, the flow network underneath, aborting. */
class MigrationTest {

    private static final long LATENCY = 500_000; // 0.5 ms
    private static final Link LINK = new Link("link/gbe", GBE, LATENCY);

    private final Harness h = new Harness();

    @Test
    void stopAndCopyTakesMemoryOverBandwidthPlusLatencyAllOfItDowntime() {
        MigrationResult r = h.migrate(new MigrationRequest("vm/a", "host/1", "host/2", GIB, 50e6, LINK),
                new StopAndCopyMigration());
        double expectedSeconds = GIB / GBE + LATENCY / 1e9; // 8.589934592 + 0.0005
        assertEquals(expectedSeconds, r.totalTime() / 1e9, 1e-9);
        assertEquals(r.totalTime(), r.downtime());
        assertEquals(GIB, r.totalBytes());
        assertEquals(0, r.rounds());
        assertTrue(h.events(EventKind.MIGRATION_ROUND).isEmpty());
    }

    @Test
    void theSequenceOfEventsTellsTheStory() {
        h.migrate(new MigrationRequest("vm/a", "host/1", "host/2", GIB, 0.1 * GBE, LINK), new PreCopyMigration());
        List<TelemetryEvent> all = h.store.query(new TimeRange(0, Long.MAX_VALUE), e -> true);
        List<String> kinds = all.stream()
                .map(e -> e.kind() + (e.kind() == EventKind.LIFECYCLE ? ":" + e.text(Attribute.STATE) : ""))
                .toList();
        assertEquals(List.of("MIGRATION_START", "MIGRATION_ROUND", "MIGRATION_ROUND", "LIFECYCLE:paused",
                "MIGRATION_SWITCHOVER", "PLACEMENT", "LIFECYCLE:running", "MIGRATION_END"), kinds);
        assertTrue(all.stream().allMatch(e -> e.subject().equals("vm/a")));
        TelemetryEvent start = all.get(0);
        assertEquals("pre-copy", start.text(Attribute.ALGORITHM));
        assertEquals(300 * MS, start.number(Attribute.MAX_DOWNTIME, -1));
        assertEquals(GBE, start.number(Attribute.BANDWIDTH, -1));
        TelemetryEvent round = all.get(1);
        for (String attribute : List.of(Attribute.ITERATION, Attribute.BYTES_SENT, Attribute.BYTES_REMAINING,
                Attribute.DIRTY_RATE, Attribute.BANDWIDTH, Attribute.EXPECTED_DOWNTIME)) {
            assertTrue(round.attributes().containsKey(attribute), attribute);
        }
    }

    @Test
    void concurrentMigrationsOverOneLinkShareItFairly() {
        Migration a = Migration.start(h.network, new MigrationRequest("vm/a", "h1", "h2", GIB, 0, LINK),
                new StopAndCopyMigration());
        Migration b = Migration.start(h.network, new MigrationRequest("vm/b", "h1", "h2", GIB, 0, LINK),
                new StopAndCopyMigration());
        h.sim.run();
        double both = 2 * GIB / GBE + LATENCY / 1e9;
        assertEquals(both, a.result().orElseThrow().totalTime() / 1e9, 1e-6);
        assertEquals(both, b.result().orElseThrow().totalTime() / 1e9, 1e-6);
        assertEquals(2.0 * GIB, h.network.carried(LINK), 1);
    }

    @Test
    void abortingMidRoundStopsItsFlowAndLeavesTheVmAtTheSource() {
        Migration m = Migration.start(h.network,
                new MigrationRequest("vm/a", "host/1", "host/2", GIB, 0.1 * GBE, LINK), new PreCopyMigration());
        h.sim.runUntil(SECOND); // one second into the 8.6 s first round
        assertTrue(m.abort("operator"));
        assertFalse(m.abort("again"));
        assertEquals(0, h.sim.pendingEvents());
        assertEquals(0, h.network.flowsOn(LINK));
        MigrationResult r = m.result().orElseThrow();
        assertFalse(r.completed());
        assertEquals("operator", r.reason());
        assertEquals(GBE, r.totalBytes(), 1, "what the first second sent");
        assertEquals(1, h.events(EventKind.MIGRATION_FAILED).size());
        assertTrue(h.events(EventKind.MIGRATION_END).isEmpty());
        assertTrue(h.events(EventKind.PLACEMENT).isEmpty());
    }

    @Test
    void abortingDuringTheSwitchoverResumesTheVmOnTheSource() {
        Migration m = Migration.start(h.network, new MigrationRequest("vm/a", "host/1", "host/2", GIB, 0, LINK),
                new StopAndCopyMigration());
        h.sim.runUntil(SECOND);
        m.abort("link down");
        List<TelemetryEvent> lifecycle = h.events(EventKind.LIFECYCLE);
        assertEquals(List.of("paused", "running"), lifecycle.stream().map(e -> e.text(Attribute.STATE)).toList());
        assertEquals("host/1", lifecycle.get(1).text(Attribute.HOST));
        assertEquals(SECOND, m.result().orElseThrow().downtime());
    }

    @Test
    void theRequestsShorthandIsAUniformlyDirtiedVmOverOneLink() {
        MigrationRequest r = new MigrationRequest("vm/a", "h1", "h2", GIB, 5e6, LINK);
        assertEquals(new UniformDirtying(GIB, 0, 5e6), r.memory());
        assertEquals(List.of(LINK), r.route().links());
        assertEquals(GIB, r.memoryBytes());
    }
}
