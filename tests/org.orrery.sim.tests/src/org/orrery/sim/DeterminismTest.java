package org.orrery.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.orrery.sim.memory.ContentMix;
import org.orrery.sim.memory.HotColdDirtying;
import org.orrery.sim.memory.PageContents;
import org.orrery.sim.memory.PagedMemory;
import org.orrery.sim.memory.UniformDirtying;
import org.orrery.sim.migration.ClusterMigration;
import org.orrery.sim.migration.ClusterParameters;
import org.orrery.sim.migration.Migration;
import org.orrery.sim.migration.MigrationAlgorithm;
import org.orrery.sim.migration.MigrationRequest;
import org.orrery.sim.migration.PostCopyMigration;
import org.orrery.sim.migration.PreCopyMigration;
import org.orrery.sim.migration.ShrinkerMigration;
import org.orrery.sim.migration.StopAndCopyMigration;
import org.orrery.sim.migration.XenPreCopyMigration;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.sim.network.Link;
import org.orrery.sim.network.Topology;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/** Same seed, same trace; another seed, another trace. */
class DeterminismTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MIB = 1L << 20;
    private static final String[] HOSTS = {"a/1", "a/2", "a/3", "b/1", "b/2", "b/3"};

    /**
     * A small world that uses every source of variation the simulator offers: VMs bounce between
     * six hosts on two sites at random times with random algorithms and dirty rates, their flows
     * sharing NICs and one WAN router; a Shrinker cluster move crosses the WAN meanwhile; a sampler
     * reports a random load.
     */
    private static List<String> trace(long seed) {
        TelemetryStore store = new TelemetryStore();
        Simulation sim = new Simulation(seed, store);
        FlowNetwork network = new FlowNetwork(sim);
        Topology topology = new Topology();
        for (String host : HOSTS) {
            topology.addHost(host, host.substring(0, 1), 125e6, 50_000);
        }
        topology.connectSites("a", "b", Link.ofMegabits("wan/a-b", 300, 2_000_000),
                Link.ofMegabits("wan/b-a", 300, 2_000_000));
        String[] hostOf = {"a/1", "a/2", "a/3", "b/1", "b/2"};
        boolean[] busy = new boolean[hostOf.length];
        MigrationAlgorithm[] algorithms = {new PreCopyMigration(), new XenPreCopyMigration(), new PostCopyMigration(),
                new StopAndCopyMigration()};
        EventHandler arrival = new EventHandler() {
            @Override
            public void fire(Simulation s) {
                int vm = s.random("choice").nextInt(hostOf.length);
                if (!busy[vm]) {
                    busy[vm] = true;
                    String to = HOSTS[s.random("destination").nextInt(HOSTS.length)];
                    if (to.equals(hostOf[vm])) {
                        to = hostOf[vm].startsWith("a") ? "b/3" : "a/3";
                    }
                    String destination = to;
                    double dirty = s.random("dirty").nextDouble(0, 60e6);
                    MigrationRequest request = new MigrationRequest("vm/" + vm, hostOf[vm], destination,
                            new HotColdDirtying(512 * MIB, 64 * MIB, 8 * MIB, 500e6, dirty),
                            topology.route(hostOf[vm], destination));
                    MigrationAlgorithm algorithm = algorithms[s.random("algorithm").nextInt(algorithms.length)];
                    Migration.start(network, request, algorithm, result -> {
                        hostOf[vm] = destination;
                        busy[vm] = false;
                    });
                }
                s.schedule((long) (s.random("arrivals").nextExponential() * 20 * SECOND), this);
            }
        };
        sim.schedule(0, arrival);
        sim.schedule(60 * SECOND, s -> {
            ContentMix mix = new ContentMix(16_384, 4096, 4_000, 100, 2_000);
            List<MigrationRequest> cluster = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                PageContents pages = PageContents.generate(mix, i + 1, s.random("cluster/layout/" + i));
                cluster.add(new MigrationRequest("cluster/vm" + i, "a/" + (i + 1), "b/" + (i + 1),
                        new PagedMemory(pages, new UniformDirtying(mix.bytes(), 0, 1e6)),
                        topology.route("a/" + (i + 1), "b/" + (i + 1))));
            }
            ClusterMigration.start(network, "cluster/c", cluster, new ShrinkerMigration(), ClusterParameters.defaults(),
                    result -> {
                    });
        });
        EventHandler sampler = new EventHandler() {
            @Override
            public void fire(Simulation s) {
                s.emit(EventKind.METRIC, "a/1", Map.of(Attribute.VALUE, s.random("load").nextDouble()));
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
        assertTrue(first.stream().anyMatch(l -> l.contains("MIGRATION_END cluster/c ")), "the cluster move ends");
        for (String algorithm : List.of("pre-copy", "xen-pre-copy", "post-copy", "stop-and-copy", "shrinker")) {
            assertTrue(first.stream().anyMatch(l -> l.contains("algorithm=" + algorithm + ",")), algorithm);
        }
        assertEquals(String.join("\n", first), String.join("\n", second));
    }

    @Test
    void anotherSeedGivesAnotherTrace() {
        assertNotEquals(trace(2026), trace(2027));
    }
}
