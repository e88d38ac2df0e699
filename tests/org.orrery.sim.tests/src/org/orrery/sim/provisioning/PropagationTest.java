package org.orrery.sim.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.orrery.sim.Simulation;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.sim.network.Topology;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/** Image propagation against riteau.md's formulas. */
class PropagationTest {

    private static final double MIB = 1 << 20;
    /** riteau.md: S = 5 GB = 5120 MB, B = 125 MB/s, so one copy takes 40.96 s (MB read as MiB on both sides). */
    private static final long IMAGE = 5120L << 20;
    private static final double REPOSITORY_RATE = 125 * MIB;

    private record Run(PropagationResult result, TelemetryStore store) {
    }

    private static Run propagate(ImagePropagation method, int hosts) {
        TelemetryStore store = new TelemetryStore();
        Simulation sim = new Simulation(1, store);
        // the repository's NIC is the bottleneck; hosts have 10 GbE
        Topology topology = new Topology().addHost("repo", "site", REPOSITORY_RATE, 10_000);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < hosts; i++) {
            names.add("host/" + i);
            topology.addHost("host/" + i, "site", 1.25e9, 10_000);
        }
        AtomicReference<PropagationResult> result = new AtomicReference<>();
        method.propagate(new FlowNetwork(sim), topology, new PropagationRequest("image/vm", IMAGE, "repo", names),
                result::set);
        sim.run();
        return new Run(result.get(), store);
    }

    @Test
    void scpTakesNTimesSizeOverBandwidthToTheSecond() {
        StringBuilder table = new StringBuilder("Riteau SCP propagation of 5 GB at 125 MB/s, T(n) = n S / B:\n");
        for (int n = 1; n <= 1024; n *= 2) {
            Run run = propagate(new ScpPropagation(), n);
            double seconds = run.result().makespan() / 1e9;
            double expected = n * IMAGE / REPOSITORY_RATE;
            table.append(String.format("  n=%4d  T=%9.2f s  n*S/B=%9.2f s%n", n, seconds, expected));
            assertEquals(Math.round(expected), Math.round(seconds), "n = " + n + ": to the second");
            assertEquals(expected, seconds, 0.01);
            assertEquals(2 * n, run.store().query(new TimeRange(0, Long.MAX_VALUE),
                    e -> e.kind() == EventKind.PROVISIONING).size(), "a start and an end per host");
        }
        System.out.print(table);
    }

    @Test
    void oneCopyAfterAnotherEndsAtTheSameTime() {
        double concurrent = propagate(new ScpPropagation(true), 8).result().makespan();
        PropagationResult sequential = propagate(new ScpPropagation(false), 8).result();
        assertEquals(concurrent / 1e9, sequential.makespan() / 1e9, 0.01);
        assertEquals(IMAGE / REPOSITORY_RATE, (sequential.arrived().get(0) - sequential.start()) / 1e9, 0.01);
    }

    @Test
    void aChainSendsTheImageOnceAndAddsOnlyAHopDelayPerHost() {
        int n = 16;
        PropagationResult chain = propagate(new ChainPropagation(), n).result();
        double single = IMAGE / REPOSITORY_RATE;
        double seconds = chain.makespan() / 1e9;
        assertTrue(seconds >= single && seconds < single + n * 0.1, "S/B + small hop delays, got " + seconds);
        for (int i = 1; i < n; i++) {
            assertTrue(chain.arrived().get(i) >= chain.arrived().get(i - 1), "a host never finishes before its feeder");
        }
    }
}
