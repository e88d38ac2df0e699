package org.orrery.sim.phone;

import java.util.List;

import org.orrery.sim.Simulation;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/** A phone with one instance on a fresh simulation, for the tests. */
final class PhoneWorld {

    static final long S = 1_000_000_000L;

    final TelemetryStore store = new TelemetryStore();
    final Simulation simulation;
    final PhoneSim phone;
    final PhoneInstanceSim instance;

    PhoneWorld(long seed, PhoneParameters parameters) {
        simulation = new Simulation(seed, store);
        phone = new PhoneSim(simulation, new FlowNetwork(simulation), "phone/test", parameters);
        instance = phone.addInstance("phoneinstance/a", "vm/clone-a", 5);
        phone.start();
    }

    /** Quiet parameters: no workloads, 1 MB/s Wi-Fi without latency, no negotiation, 1 s checkpoint and activation. */
    static PhoneParameters quiet() {
        return new PhoneParameters(8, 0, 512, 0, 64, 0.005, 0, 16 * 1024, 200, 1 << 20, 1, 2_000_000, 1, 10, 0,
                TransferModel.DEFAULT, EnergyModel.DEFAULT);
    }

    void at(double seconds, Runnable action) {
        simulation.scheduleAt(Math.round(seconds * S), s -> action.run());
    }

    void runTo(double seconds) {
        simulation.runUntil(Math.round(seconds * S));
    }

    List<TelemetryEvent> events() {
        return store.query(TimeRange.ALL, e -> true);
    }

    /** Time of the first SYNC_PHASE {@code phase}/{@code state} of the instance, or -1. */
    long phaseTime(String phase, String state) {
        return events().stream().filter(e -> e.kind() == EventKind.SYNC_PHASE && e.subject().equals(instance.subject())
                && phase.equals(e.attributes().get(Attribute.PHASE)) && state.equals(e.attributes().get(Attribute.STATE)))
                .mapToLong(TelemetryEvent::time).findFirst().orElse(-1);
    }
}
