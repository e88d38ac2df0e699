package org.orrery.sim.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.sim.migration.Harness.GIB;
import static org.orrery.sim.migration.Harness.MS;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.orrery.sim.memory.UniformDirtying;
import org.orrery.sim.network.Link;
import org.orrery.sim.network.Topology;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;

/** A whole cluster moving over one WAN router. */
class ClusterMigrationTest {

    private static final double WAN = 12.5e6;

    private ClusterResult move(Harness h, int vms, ClusterParameters parameters) {
        Link router = new Link("router", WAN, 1_000_000);
        Topology topology = new Topology().connectSites("a", "b", router, new Link("back", WAN, 1_000_000));
        List<MigrationRequest> requests = new ArrayList<>();
        for (int i = 0; i < vms; i++) {
            topology.addHost("a/" + i, "a", 125e6, 50_000).addHost("b/" + i, "b", 125e6, 50_000);
            requests.add(new MigrationRequest("vm/" + i, "a/" + i, "b/" + i, new UniformDirtying(GIB / 16, 0, 0),
                    topology.route("a/" + i, "b/" + i)));
        }
        AtomicReference<ClusterResult> result = new AtomicReference<>();
        ClusterMigration.start(h.network, "cluster/c", requests, new StopAndCopyMigration(), parameters, result::set);
        h.sim.run();
        return result.get();
    }

    @Test
    void vmsMovedTogetherShareTheRouterSoTheClusterTakesTheirSumOverItsBandwidth() {
        Harness h = new Harness();
        ClusterResult r = move(h, 4, ClusterParameters.defaults());
        double seconds = 4 * (GIB / 16) / WAN;
        assertTrue(r.completed());
        assertEquals(seconds, r.totalTime() / 1e9, 0.01);
        for (MigrationResult vm : r.migrations()) {
            assertEquals(seconds, vm.downtime() / 1e9, 0.01, "all four share the router to the end");
        }
        TelemetryEvent start = h.events(EventKind.MIGRATION_START, "cluster/c").get(0);
        assertEquals("a/0 a/1 a/2 a/3", start.text(Attribute.SOURCE));
        assertEquals(4 * (GIB / 16), start.number(Attribute.MEMORY, -1));
        TelemetryEvent end = h.events(EventKind.MIGRATION_END, "cluster/c").get(0);
        assertEquals(r.totalBytes(), end.number(Attribute.TOTAL_BYTES, -1));
        assertEquals(r.maxDowntime(), end.number(Attribute.DOWNTIME, -1));
    }

    @Test
    void oneAtATimeEachVmIsDownOnlyForItsOwnCopy() {
        ClusterResult r = move(new Harness(), 4, new ClusterParameters(1, 0, 200 * MS));
        double one = (GIB / 16) / WAN;
        assertEquals(4 * one, r.totalTime() / 1e9, 0.01);
        assertEquals(one, r.maxDowntime() / 1e9, 0.01);
    }

    @Test
    void tcpBackOffRoundsTheOutageUpToTheNextRetransmission() {
        ClusterParameters p = new ClusterParameters(0, 50 * MS, 200 * MS);
        assertEquals(200 * MS, p.applicationOutage(100 * MS), "back at 150 ms, first retry at 200 ms");
        assertEquals(600 * MS, p.applicationOutage(200 * MS), "back at 250 ms, retries at 200 and 600 ms");
        assertEquals(1400 * MS, p.applicationOutage(1000 * MS), "retries at 200, 600, 1400 ms");
    }
}
