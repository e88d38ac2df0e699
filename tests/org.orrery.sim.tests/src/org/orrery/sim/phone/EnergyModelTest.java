package org.orrery.sim.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The energy numbers are EnergyModel's documented formula, term by term. */
class EnergyModelTest {

    @Test
    void offloadEnergyIsTheFormula() {
        PhoneWorld w = new PhoneWorld(1, PhoneWorld.quiet());
        w.at(10, () -> w.instance.offload(10));
        w.runTo(30);
        EnergyModel m = EnergyModel.DEFAULT;
        // radio: the 2 MB upload at 1 MB/s is 2 s active, then the tail, idle the rest of the 30 s
        double active = 2;
        double tail = m.radioTailS();
        double idle = 30 - active - tail;
        // CPU: the instance ran locally 0-10 s and 16-30 s (suspended 10-16 s)
        double local = 10 + 14;
        double expected = m.radioActiveW() * active + m.radioTailW() * tail + m.radioIdleW() * idle
                + m.cpuIdleW() * 30 + m.cpuBusyW() * local;
        assertEquals(16.136, expected, 1e-9); // the defaults' numbers, written out
        assertEquals(expected, w.phone.energyJ(), 1e-6);
        assertEquals(m.radioActiveW() * active + m.radioTailW() * tail + m.radioIdleW() * idle, w.phone.radioEnergyJ(),
                1e-6);
        assertEquals(active * 1e9, w.phone.radioTime(EnergyModel.RadioState.ACTIVE), 1e3);
    }

    @Test
    void twoInstancesShareTheCpuTerm() {
        PhoneWorld w = new PhoneWorld(1, PhoneWorld.quiet());
        w.phone.addInstance("phoneinstance/b", "vm/clone-b", 5);
        w.at(10, () -> w.instance.offload(10));
        w.runTo(30);
        EnergyModel m = EnergyModel.DEFAULT;
        // instance a local 24 s, b local 30 s: busy share (24 + 30) / 2
        double cpu = m.cpuIdleW() * 30 + m.cpuBusyW() * (24 + 30) / 2.0;
        assertEquals(cpu, w.phone.cpuEnergyJ(), 1e-6);
    }
}
