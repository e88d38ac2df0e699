package org.orrery.sim.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.sim.migration.Harness.GBE;
import static org.orrery.sim.migration.Harness.GIB;
import static org.orrery.sim.migration.Harness.MIB;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orrery.sim.memory.HotColdDirtying;
import org.orrery.sim.memory.UniformDirtying;
import org.orrery.sim.network.Link;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;

/** Post-copy: resume at once, then push plus demand faults. */
class PostCopyTest {

    private static final long LATENCY = 500_000;
    private static final Link LINK = new Link("link/gbe", GBE, LATENCY);

    private final Harness h = new Harness();

    @Test
    void theVmResumesAfterItsStateAndMemoryFollowsOnce() {
        MigrationResult r = h.migrate(Harness.request("vm/a", new UniformDirtying(GIB, 0, 50e6), LINK),
                new PostCopyMigration());
        double state = PostCopyParameters.defaults().deviceStateBytes();
        assertEquals(state / GBE + LATENCY / 1e9, r.downtime() / 1e9, 1e-6, "downtime: the device state only");
        assertEquals(GIB + state, r.totalBytes(), GIB * 1e-6, "every page crosses once, pushed or faulted");
        // everything shares one link: about memory over bandwidth, plus the state and two latencies
        assertEquals((GIB + state) / GBE, r.totalTime() / 1e9, 0.01);
        TelemetryEvent placement = h.events(EventKind.PLACEMENT).get(0);
        TelemetryEvent end = h.events(EventKind.MIGRATION_END).get(0);
        assertTrue(placement.time() < end.time() - 8_000_000_000L, "runs at the destination long before the end");
        double faulted = h.sumOverRounds("vm/a", Attribute.PAGES_PULLED);
        // the guest touches 50 MB/s of new pages for ~8.6 s while the missing share falls from 1 to 0
        double expected = 50e6 * (GIB / GBE) / 2 / 4096;
        assertEquals(expected, faulted, expected * 0.1, "demand faults");
    }

    @Test
    void aHotWorkingSetFaultsInAtOnceAndThenCostsNothing() {
        h.migrate(Harness.request("vm/a", new HotColdDirtying(GIB, 0, 64 * MIB, 10e9, 0), LINK),
                new PostCopyMigration());
        List<Double> faults = h.events(EventKind.MIGRATION_ROUND).stream()
                .map(e -> e.number(Attribute.PAGES_PULLED, -1)).toList();
        assertEquals(64 * MIB / 4096, faults.get(0), 64 * MIB / 4096 * 0.02, "the hot set in the first interval");
        assertTrue(faults.subList(1, faults.size()).stream().allMatch(f -> f == 0), "then none: " + faults);
    }
}
