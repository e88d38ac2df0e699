package org.orrery.sim.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orrery.sim.RandomStream;
import org.orrery.sim.Simulation;
import org.orrery.sim.workload.SineLoad;
import org.orrery.telemetry.TelemetryStore;

/** Dirtying profiles and page contents. */
class MemoryProfileTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MIB = 1L << 20;

    @Test
    void uniformDirtyingIsRateTimesTimeUntilAllUsedMemoryIsDirty() {
        UniformDirtying m = new UniformDirtying(100 * MIB, 20 * MIB, 10e6);
        assertEquals(20_000_000, m.dirtiedBytes(0, 2 * SECOND, 1));
        assertEquals(10_000_000, m.dirtiedBytes(0, 2 * SECOND, 0.5), "a throttled guest dirties in proportion");
        assertEquals(80 * MIB, m.dirtiedBytes(0, 100 * SECOND, 1), "never more than the used memory");
        assertThrows(IllegalArgumentException.class, () -> new UniformDirtying(10, 11, 0));
    }

    @Test
    void aHotSetIsAllDirtyAfterAShortWhileAndTheColdRestCreepsUp() {
        HotColdDirtying m = new HotColdDirtying(1024 * MIB, 0, 16 * MIB, 1e9, 1e6);
        assertEquals(1_000_000 + 1_000, m.dirtiedBytes(0, SECOND / 1000, 1));
        assertEquals(16 * MIB + 2_000_000, m.dirtiedBytes(0, 2 * SECOND, 1));
        assertEquals(16 * MIB + 1_000_000, m.dirtyRate(0), 1);
    }

    @Test
    void loadFollowingDirtyingIntegratesTheLoad() {
        SineLoad flat = new SineLoad(0.5, 0, 60 * SECOND, 0);
        LoadFollowingDirtying m = new LoadFollowingDirtying(1024 * MIB, 0, 100e6, flat);
        assertEquals(50_000_000, m.dirtiedBytes(0, SECOND, 1));
        assertEquals(50e6, m.dirtyRate(12345), 1e-6);
    }

    @Test
    void pageContentsFollowTheMixAtRandomPlaces() {
        ContentMix mix = ContentMix.riteauIdleVm();
        assertEquals(262_144, mix.pages());
        assertEquals(13_084, mix.sharedPages(), "fitted to 52.7 MB per VM among 16");
        RandomStream random = new Simulation(3, new TelemetryStore()).random("layout");
        PageContents pages = PageContents.generate(mix, 1, random);
        assertEquals(mix.pages() - mix.nonZeroPages(), pages.zeroPages());
        Map<Long, Integer> copies = new HashMap<>();
        int shared = 0;
        for (int i = 0; i < pages.pages(); i++) {
            long c = pages.content(i);
            if (c != PageContents.ZERO) {
                copies.merge(c, 1, Integer::sum);
                shared += c < (1L << 32) ? 1 : 0;
            }
        }
        assertEquals(mix.sharedPages(), shared);
        assertEquals(mix.nonZeroPages() - mix.intraDuplicatePages(), copies.size(), "600 pages repeat another");
        PageContents again = PageContents.generate(mix, 1, new Simulation(3, new TelemetryStore()).random("layout"));
        for (int i = 0; i < pages.pages(); i += 997) {
            assertEquals(pages.content(i), again.content(i), "same stream, same layout");
        }
    }
}
