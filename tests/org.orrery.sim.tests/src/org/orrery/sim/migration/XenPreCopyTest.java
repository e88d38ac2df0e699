package org.orrery.sim.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.sim.migration.Harness.GBE;
import static org.orrery.sim.migration.Harness.GIB;
import static org.orrery.sim.migration.Harness.MIB;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orrery.sim.memory.GuestMemory;
import org.orrery.sim.memory.HotColdDirtying;
import org.orrery.sim.memory.UniformDirtying;
import org.orrery.sim.network.Link;

/** Pre-copy with Xen 3.x semantics stops at each of its caps (violin.md). */
class XenPreCopyTest {

    private static final Link LINK = new Link("link/gbe", GBE, 100_000);

    private final Harness h = new Harness();

    private MigrationResult migrate(GuestMemory memory) {
        return h.migrate(Harness.request("vm/a", memory, LINK), new XenPreCopyMigration());
    }

    @Test
    void anIdleGuestStopsAfterARoundOfFewerThanFiftyPages() {
        MigrationResult r = migrate(new UniformDirtying(GIB, 0, 0));
        assertEquals(XenPreCopyMigration.REASON_MIN_PAGES, r.reason());
        assertEquals(2, r.rounds(), "all memory, then an empty round");
        assertEquals(GIB, r.totalBytes());
        assertEquals(GIB / GBE + 1e-4, r.totalTime() / 1e9, 1e-6);
    }

    @Test
    void aHotWorkingSetThatNeverShrinksStopsAtTheRoundCap() {
        MigrationResult r = migrate(new HotColdDirtying(GIB, 0, 16 * MIB, 10 * GBE, 1e6));
        assertEquals(XenPreCopyMigration.REASON_ROUND_CAP, r.reason());
        assertEquals(29, r.rounds());
        List<Double> sent = h.roundBytes("vm/a");
        assertTrue(sent.subList(2, sent.size()).stream().allMatch(b -> b >= 16 * MIB), "rounds stay above the hot set");
    }

    @Test
    void aHeavyDirtierStopsAtThreeTimesItsMemory() {
        // rounds send M, 0.9 M, 0.81 M, 0.729 M: over 3 M after the fourth
        MigrationResult r = migrate(new UniformDirtying(GIB, 0, 0.9 * GBE));
        assertEquals(XenPreCopyMigration.REASON_DATA_CAP, r.reason());
        assertEquals(4, r.rounds());
        double liveBytes = h.roundBytes("vm/a").stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(GIB * (1 + 0.9 + 0.81 + 0.729), liveBytes, GIB * 1e-3);
    }
}
