package org.orrery.sim.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.sim.sched.guest.LockProfile;

/** The reading of sbco.md's lock table: Kernbench's spin_lock takes 8.05% of a running vCPU. */
class LockProfileTest {

    @Test
    void kernbenchSpinLockTakesTheStatedShare() {
        LockProfile spin = LockProfile.KERNBENCH.get(0);
        assertEquals("spin_lock", spin.name());
        assertEquals(0.0805, spin.heldFraction(), 1e-9);
        assertEquals(650, spin.meanHoldNanos(), 1e-9);
        assertEquals(2998.2, LockProfile.OBSERVED_SECONDS, 0.1);
    }

    /** The other rows keep their ratios to Kernbench's spin_lock (calls x hold). */
    @Test
    void otherRowsScaleWithCallsTimesHold() {
        double kernbench = 371_309_982 * 0.650;
        assertEquals(0.0805 * 7_256_276 * 0.160 / kernbench, LockProfile.SPECJBB.get(0).heldFraction(), 1e-12);
        assertEquals(0.0805 * 1_305_679 * 0.150 / kernbench, LockProfile.SUPERPI.get(1).heldFraction(), 1e-12);
        assertTrue(LockProfile.KERNBENCH.get(1).heldFraction() < LockProfile.KERNBENCH.get(0).heldFraction());
    }
}
