package org.orrery.sim.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orrery.sim.Simulation;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/**
 * What the phone simulation tells a view beyond the protocol: which phone each instance and clone
 * belongs to (two phones on one run, each with its own instances), and the values of the
 * parameters a user may set, at the start and when the scenario changes one.
 */
class PhoneTelemetryTest {

    @Test
    void everyInstanceAndCloneLifecycleEventNamesItsPhone() {
        TelemetryStore store = new TelemetryStore();
        Simulation simulation = new Simulation(3, store);
        FlowNetwork network = new FlowNetwork(simulation);
        PhoneSim a = new PhoneSim(simulation, network, "phone/a", PhoneParameters.DEFAULT);
        PhoneSim b = new PhoneSim(simulation, network, "phone/b", PhoneParameters.DEFAULT.withWifiMbps(5));
        PhoneInstanceSim a1 = a.addInstance("phoneinstance/a1", "vm/clone-a1", 5);
        a.addInstance("phoneinstance/a2", "vm/clone-a2", 6);
        PhoneInstanceSim b1 = b.addInstance("phoneinstance/b1", "vm/clone-b1", 8);
        a.start();
        b.start();
        simulation.scheduleAt(2 * PhoneWorld.S, s -> a1.offload(10));
        simulation.scheduleAt(3 * PhoneWorld.S, s -> b1.offload(10));
        simulation.scheduleAt(40 * PhoneWorld.S, s -> b.fail());
        simulation.runUntil(60 * PhoneWorld.S);

        List<TelemetryEvent> lifecycle = store.query(TimeRange.ALL, e -> e.kind() == EventKind.LIFECYCLE
                && !e.subject().startsWith("phone/"));
        assertTrue(lifecycle.size() > 12, "start, offload and return of three pairs: " + lifecycle.size());
        for (TelemetryEvent e : lifecycle) {
            String expected = e.subject().contains("/b") || e.subject().contains("-b") ? "phone/b" : "phone/a";
            assertEquals(expected, e.text(Attribute.PHONE), e.toString());
        }
        // the clone's too, when it becomes active and goes back to standby
        assertTrue(lifecycle.stream().anyMatch(e -> e.subject().equals("vm/clone-a1") && "active".equals(e.text(
                Attribute.DETAIL)) && "phone/a".equals(e.text(Attribute.PHONE))));
        // and the instance crashed with its phone
        assertTrue(lifecycle.stream().anyMatch(e -> e.subject().equals("phoneinstance/b1") && "crashed".equals(e.text(
                Attribute.STATE)) && "phone/b".equals(e.text(Attribute.PHONE))));
    }

    @Test
    void theParametersAUserMaySetAreReportedAtTheStartAndWhenTheScenarioChangesThem() {
        PhoneWorld w = new PhoneWorld(1, PhoneParameters.DEFAULT.withWifiLatencyMs(12).withThresholdKiB(256));
        w.at(5, () -> w.phone.setThresholdKiB(2048));
        w.at(6, () -> w.phone.setWifiMbps(2.5));
        w.runTo(10);
        List<TelemetryEvent> said = w.store.query(TimeRange.ALL, e -> e.kind() == EventKind.MESSAGE
                && e.attributes().keySet().stream().anyMatch(k -> k.startsWith(Attribute.PHONE_PARAMETER + ".")));
        assertEquals(3, said.size(), said.toString());
        TelemetryEvent start = said.get(0);
        assertEquals(0, start.time());
        assertEquals(20.0, start.number("parameter.wifiMbps", -1));
        assertEquals(12.0, start.number("parameter.wifiLatencyMs", -1));
        assertEquals(256.0, start.number("parameter.thresholdKiB", -1));
        assertEquals(2.0, start.number("parameter.inputEventRate", -1));
        assertEquals(5 * PhoneWorld.S, said.get(1).time());
        assertEquals(2048.0, said.get(1).number("parameter.thresholdKiB", -1));
        assertEquals(2.5, said.get(2).number("parameter.wifiMbps", -1));
        assertEquals(12_000_000L, w.phone.latency(), "the link has the latency set");
    }

    @Test
    void theControlsAreReadAndSetByNameAndCheckedLikeTheConstructor() {
        PhoneParameters p = PhoneParameters.DEFAULT;
        assertEquals(List.of("wifiMbps", "wifiLatencyMs", "thresholdKiB", "inputEventRate"), PhoneParameters.CONTROLS);
        for (String name : PhoneParameters.CONTROLS) {
            assertEquals(7.5, p.set(name, 7.5).control(name), name);
        }
        assertEquals(p.checkpointStateBytes(), p.set("wifiLatencyMs", 40).checkpointStateBytes(), "the rest is kept");
        assertEquals(20.0, p.control("wifiMbps"), "the documented defaults: 20 Mbit/s");
        assertEquals(5.0, p.control("wifiLatencyMs"), "5 ms");
        assertEquals(512.0, p.control("thresholdKiB"), "512 KiB");
        assertEquals(2.0, p.control("inputEventRate"), "2 events/s");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.set("wifiMbps", 0)).getMessage()
                .contains("wifiMbps must be positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.set("wifiLatencyMs", Double.NaN)).getMessage()
                .contains("wifiLatencyMs must be finite and not negative"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.set("inputEventRate",
                Double.POSITIVE_INFINITY)).getMessage().contains("inputEventRate must be finite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.set("writeRate", 1)).getMessage()
                .contains("is not one of"));
    }
}
