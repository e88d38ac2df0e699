package org.orrery.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.orrery.sim.migration.Migration;
import org.orrery.sim.migration.MigrationRequest;
import org.orrery.sim.migration.PreCopyMigration;
import org.orrery.sim.network.Link;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/** Same seed, same trace; another seed, another trace. */
class DeterminismTest {

    private static final long SECOND = 1_000_000_000L;

    /**
     * A small world that uses every source of variation the kernel offers: three VMs bounce between
     * two hosts at random times with random dirty rates, and a sampler reports a random load.
     */
    private static List<String> trace(long seed) {
        TelemetryStore store = new TelemetryStore();
        Simulation sim = new Simulation(seed, store);
        Link link = Link.ofGigabits("link/lan", 1, 100_000);
        String[] hostOf = {"host/a", "host/a", "host/b"};
        boolean[] busy = new boolean[hostOf.length];
        EventHandler arrival = new EventHandler() {
            @Override
            public void fire(Simulation s) {
                int vm = s.random("choice").nextInt(hostOf.length);
                if (!busy[vm]) {
                    busy[vm] = true;
                    String to = hostOf[vm].equals("host/a") ? "host/b" : "host/a";
                    double dirty = s.random("dirty").nextDouble(0, 60e6);
                    MigrationRequest request = new MigrationRequest("vm/" + vm, hostOf[vm], to, 512L << 20, dirty, link);
                    Migration.start(s, request, new PreCopyMigration(), result -> {
                        hostOf[vm] = to;
                        busy[vm] = false;
                    });
                }
                s.schedule((long) (s.random("arrivals").nextExponential() * 20 * SECOND), this);
            }
        };
        sim.schedule(0, arrival);
        EventHandler sampler = new EventHandler() {
            @Override
            public void fire(Simulation s) {
                s.emit(EventKind.METRIC, "host/a", Map.of(Attribute.VALUE, s.random("load").nextDouble()));
                s.schedule(5 * SECOND, this);
            }
        };
        sim.schedule(0, sampler);
        assertEquals(RunOutcome.TIME_REACHED, sim.runUntil(600 * SECOND));

        List<String> lines = new ArrayList<>();
        for (int i = 0; i < store.size(); i++) {
            TelemetryEvent e = store.get(i);
            // attribute maps iterate in a per-JVM order: sort keys for a stable rendering
            lines.add(e.time() + " " + e.kind() + " " + e.subject() + " " + new TreeMap<>(e.attributes()));
        }
        return lines;
    }

    @Test
    void sameSeedGivesTheIdenticalTrace() {
        List<String> first = trace(2026);
        List<String> second = trace(2026);
        assertTrue(first.size() > 200, "the world should be busy, got " + first.size() + " events");
        assertTrue(first.stream().filter(l -> l.contains(" MIGRATION_ROUND ")).count() > 20);
        assertEquals(String.join("\n", first), String.join("\n", second));
    }

    @Test
    void anotherSeedGivesAnotherTrace() {
        assertNotEquals(trace(2026), trace(2027));
    }
}
