package org.orrery.sim.sched;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orrery.sim.sched.experiment.DefinitionParser;
import org.orrery.sim.sched.experiment.HostSpec;
import org.orrery.sim.sched.experiment.SchedWorld;
import org.orrery.sim.sched.measure.SchedTelemetry;
import org.orrery.telemetry.TelemetryStore;

/**
 * Scale benchmark (not part of the default test run, which only picks up *Test classes): 64
 * pCPUs and 256 vCPUs (64 four-vCPU VMs: 16 each of Kernbench, SPECjbb, NPB and SuperPI) for 60
 * simulated seconds under each policy, printing wall time, events per second and the machine.
 * Target: under 30 s of wall time per policy.
 * <pre>
 * ./mvnw -B verify -pl bundles/org.orrery.sim,tests/org.orrery.sim.tests -am \
 *     -Dtest=SchedScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dorrery.bench.policies=SBCO} limits the policies; {@code -Dorrery.bench.seconds=N}
 * changes the simulated time.
 */
class SchedScaleBenchmark {

    static final List<String> HOST = List.of("pcpus = 64", "policies = DFT",
            "vm kb = kernbench vcpus=4 count=16 jobs=1000000 measure",
            "vm jbb = specjbb vcpus=4 count=16 warehouses=4",
            "vm npb = npb vcpus=4 count=16",
            "vm sp = superpi vcpus=4 count=16 threads=4");

    @Test
    void scale() throws IOException {
        HostSpec host = DefinitionParser.parse(HOST, "bench").variants().get(0).host();
        long seconds = Long.getLong("orrery.bench.seconds", 60);
        String policies = System.getProperty("orrery.bench.policies", String.join(" ", Policies.NAMES));
        System.out.println("== Scheduler scale benchmark: 64 pCPUs, 256 vCPUs (64 VMs), " + seconds + " simulated s");
        System.out.println(machine());
        warmUp(host);
        for (String policy : policies.split("\\s+")) {
            run(host, policy, seconds, null);
        }
        System.out.println("-- with full scheduler telemetry (VCPU_STATE, SCHEDULER, RUN_QUEUE, METRIC every 100 ms):");
        run(host, "SBCO", seconds, SchedTelemetry.Options.ALL);
    }

    private static void run(HostSpec host, String policy, long seconds, SchedTelemetry.Options report) {
        {
            try (TelemetryStore store = new TelemetryStore()) {
                long t0 = System.nanoTime();
                SchedWorld world = new SchedWorld(host, policy, 1, "host/bench", store, report);
                world.run(seconds * 1_000_000_000L, false);
                double wall = (System.nanoTime() - t0) / 1e9;
                Map<String, Double> m = world.metrics();
                long events = world.simulation().firedEvents();
                System.out.printf(Locale.ROOT,
                        "%-6s wall %6.2f s  events %,11d  %,10.0f events/s  switches %,9.0f  skips %,7.0f  IPIs %,8.0f  "
                                + "spin %.1f s  P(stack) %.3f  %s%n",
                        policy, wall, events, events / wall, m.get("context_switches"), m.get("skips"), m.get("ipis"),
                        m.get("spin_wasted_s"), m.get("stacking_probability"), wall < 30 ? "(target met)" : "(OVER 30 s)");
                if (report != null) {
                    System.out.printf(Locale.ROOT, "       telemetry events %,d (%s)%n", store.size(), store.memory());
                }
            }
        }
    }

    /** A short run first, so the figures are not the JIT compiler's. */
    private static void warmUp(HostSpec host) {
        try (TelemetryStore store = new TelemetryStore()) {
            new SchedWorld(host, "SBCO", 99, "host/warm", store).run(5_000_000_000L, false);
        }
    }

    static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        }
        return String.format(Locale.ROOT, "machine: %s, %d cores available, %s %s, max heap %d MiB, %s %s", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("os.name"), ManagementFactory.getOperatingSystemMXBean().getArch());
    }
}
