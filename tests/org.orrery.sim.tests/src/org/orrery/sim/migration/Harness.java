package org.orrery.sim.migration;

import java.util.List;

import org.orrery.sim.RunOutcome;
import org.orrery.sim.Simulation;
import org.orrery.sim.memory.GuestMemory;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.sim.network.Link;
import org.orrery.sim.network.Route;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/** A simulation, its network and its telemetry, with the queries migration tests make. */
final class Harness {

    static final long SECOND = 1_000_000_000L;
    static final long MS = 1_000_000L;
    static final long GIB = 1L << 30;
    static final long MIB = 1L << 20;
    /** Gigabit Ethernet in bytes per second. */
    static final double GBE = 125e6;

    final TelemetryStore store = new TelemetryStore();
    final Simulation sim;
    final FlowNetwork network;

    Harness() {
        this(1);
    }

    Harness(long seed) {
        sim = new Simulation(seed, store);
        network = new FlowNetwork(sim);
    }

    /** A request for {@code vm} from host/1 to host/2 over {@code link}. */
    static MigrationRequest request(String vm, GuestMemory memory, Link link) {
        return new MigrationRequest(vm, "host/1", "host/2", memory, Route.of(link));
    }

    /** Starts the migration and runs the simulation until nothing is left; returns the outcome. */
    MigrationResult migrate(MigrationRequest request, MigrationAlgorithm algorithm) {
        Migration migration = Migration.start(network, request, algorithm);
        RunOutcome outcome = sim.run();
        if (outcome != RunOutcome.QUEUE_EMPTY) {
            throw new AssertionError("the run ended with " + outcome);
        }
        return migration.result().orElseThrow(() -> new AssertionError("the migration did not end"));
    }

    /** Every event of {@code kind}, in time order. */
    List<TelemetryEvent> events(EventKind kind) {
        return store.query(new TimeRange(0, Long.MAX_VALUE), e -> e.kind() == kind);
    }

    /** Every event of {@code kind} about {@code subject}, in time order. */
    List<TelemetryEvent> events(EventKind kind, String subject) {
        return store.query(new TimeRange(0, Long.MAX_VALUE), e -> e.kind() == kind && e.subject().equals(subject));
    }

    /** Bytes sent in each round reported about {@code subject}. */
    List<Double> roundBytes(String subject) {
        return events(EventKind.MIGRATION_ROUND, subject).stream().map(e -> e.number(Attribute.BYTES_SENT, -1)).toList();
    }

    /** Sum of a numeric attribute over the rounds reported about {@code subject}. */
    double sumOverRounds(String subject, String attribute) {
        return events(EventKind.MIGRATION_ROUND, subject).stream().mapToDouble(e -> e.number(attribute, 0)).sum();
    }
}
