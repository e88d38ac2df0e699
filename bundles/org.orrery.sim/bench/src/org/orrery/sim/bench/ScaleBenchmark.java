package org.orrery.sim.bench;

import java.util.Locale;
import java.util.Map;

import org.orrery.sim.EventHandler;
import org.orrery.sim.RandomStream;
import org.orrery.sim.RunOutcome;
import org.orrery.sim.Simulation;
import org.orrery.sim.memory.LoadFollowingDirtying;
import org.orrery.sim.migration.Migration;
import org.orrery.sim.migration.MigrationAlgorithm;
import org.orrery.sim.migration.MigrationRequest;
import org.orrery.sim.migration.MigrationResult;
import org.orrery.sim.migration.PreCopyMigration;
import org.orrery.sim.migration.QemuParameters;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.sim.network.Topology;
import org.orrery.sim.workload.SineLoad;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryStore;

/**
 * Scale scenario S of issue 4, times a factor: 1,000 x f hosts (64 cores, 256 GiB, 10 Gbit/s
 * NIC each), 10,000 x f VMs (2-8 vCPUs, 2-16 GiB, VM i on host i mod hosts), each VM's CPU load a
 * seeded sine wave (mean 30-60%, amplitude 10-40%, period 5-30 min), and 1,000 x f live
 * migrations in one simulated hour (one every 3.571 s / f: a seeded VM not already moving, to a
 * seeded other host with room for its vCPUs and memory), each QEMU pre-copy over the shared flow
 * network with a dirty rate that follows the VM's load. Every minute each host's CPU load is
 * sampled into the telemetry store, as a live view would show it.
 * <p>
 * Prints the wall time of building and of running the world, the work done, the heap, and the
 * machine. Targets: f = 1 under 6 s and 2 GB of heap; f = 10 under 60 s and 8 GB. Run it with
 * {@code bundles/org.orrery.sim/bench/run.sh scale} or {@code scale10}. The hot loop runs on the
 * simulator's own plain objects (arrays, records), no EMF.
 * <p>
 * Assumptions of the world (the issue does not give them): a VM at full load dirties 32 MiB/s per
 * vCPU, all its memory is in use (no zero pages), NICs add 50 us of latency, a management layer
 * gives up waiting after 600 s (pauses the guest, as libvirt's timeout does).
 */
public final class ScaleBenchmark {

    private static final long SECOND = 1_000_000_000L;
    private static final long GIB = 1L << 30;
    private static final long HOUR = 3600 * SECOND;
    private static final int CORES = 64;
    private static final long HOST_MEMORY = 256 * GIB;
    private static final double NIC = 10e9 / 8;
    private static final long NIC_LATENCY = 50_000;
    private static final double DIRTY_PER_VCPU = 32 * (1 << 20);
    private static final long SAMPLE_INTERVAL = 60 * SECOND;
    private static final int DRAWS = 100;

    private final int hosts;
    private final int vmCount;
    private final int migrations;
    private final long interval;
    private final Simulation simulation;
    private final FlowNetwork network;
    private final Topology topology = new Topology();
    private final MigrationAlgorithm algorithm = new PreCopyMigration(
            QemuParameters.defaults().withManagementTimeout(600 * SECOND));
    private final String[] hostIds;
    private final int[] hostCores;
    private final long[] hostMemory;
    private final String[] vmIds;
    private final int[] vcpus;
    private final long[] memory;
    private final int[] hostOf;
    private final boolean[] moving;
    private final SineLoad[] loads;
    private final RandomStream vmChoice;
    private final RandomStream hostChoice;
    private int started;
    private int completed;
    private int failed;
    private int skipped;
    private long rounds;
    private long downtimeSum;
    private long downtimeMax;
    private double bytes;

    private ScaleBenchmark(int factor, TelemetryStore store) {
        hosts = 1_000 * factor;
        vmCount = 10_000 * factor;
        migrations = 1_000 * factor;
        interval = 3_571_000_000L / factor;
        simulation = new Simulation(2026, store);
        network = new FlowNetwork(simulation);
        hostIds = new String[hosts];
        hostCores = new int[hosts];
        hostMemory = new long[hosts];
        for (int h = 0; h < hosts; h++) {
            hostIds[h] = "host/" + h;
            topology.addHost(hostIds[h], "dc", NIC, NIC_LATENCY);
        }
        vmIds = new String[vmCount];
        vcpus = new int[vmCount];
        memory = new long[vmCount];
        hostOf = new int[vmCount];
        moving = new boolean[vmCount];
        loads = new SineLoad[vmCount];
        RandomStream cpu = simulation.random("vm/vcpus");
        RandomStream ram = simulation.random("vm/memory");
        RandomStream load = simulation.random("vm/load");
        for (int v = 0; v < vmCount; v++) {
            vmIds[v] = "vm/" + v;
            vcpus[v] = 2 + cpu.nextInt(7);
            memory[v] = (2 + ram.nextInt(15)) * GIB;
            hostOf[v] = v % hosts;
            hostCores[hostOf[v]] += vcpus[v];
            hostMemory[hostOf[v]] += memory[v];
            long period = (long) (load.nextDouble(5, 30) * 60 * SECOND);
            loads[v] = new SineLoad(load.nextDouble(0.3, 0.6), load.nextDouble(0.1, 0.4), period,
                    load.nextDouble(0, 2 * Math.PI));
            simulation.emit(EventKind.PLACEMENT, vmIds[v], Map.of(Attribute.HOST, hostIds[hostOf[v]]));
        }
        vmChoice = simulation.random("migration/vm");
        hostChoice = simulation.random("migration/destination");
        for (int k = 0; k < migrations; k++) {
            simulation.scheduleAt(k * interval, this::migrateOne);
        }
        simulation.schedule(0, new EventHandler() {
            @Override
            public void fire(Simulation sim) {
                sampleHostLoads();
                if (sim.now() + SAMPLE_INTERVAL <= HOUR) {
                    sim.schedule(SAMPLE_INTERVAL, this);
                }
            }
        });
    }

    public static void main(String[] args) {
        int factor = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        System.out.println(Machine.describe());
        long t0 = System.nanoTime();
        try (TelemetryStore store = new TelemetryStore()) {
            ScaleBenchmark world = new ScaleBenchmark(factor, store);
            long t1 = System.nanoTime();
            RunOutcome outcome = world.simulation.run();
            long t2 = System.nanoTime();
            world.report(factor, outcome, store, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
    }

    private void migrateOne(Simulation sim) {
        int vm = -1;
        for (int i = 0; i < DRAWS && vm < 0; i++) {
            int candidate = vmChoice.nextInt(vmCount);
            vm = moving[candidate] ? -1 : candidate;
        }
        int destination = -1;
        for (int i = 0; vm >= 0 && i < DRAWS && destination < 0; i++) {
            int candidate = hostChoice.nextInt(hosts);
            boolean room = hostCores[candidate] + vcpus[vm] <= CORES && hostMemory[candidate] + memory[vm] <= HOST_MEMORY;
            destination = candidate != hostOf[vm] && room ? candidate : -1;
        }
        if (destination < 0) {
            skipped++;
            return;
        }
        int source = hostOf[vm];
        int v = vm;
        int to = destination;
        moving[v] = true;
        hostCores[to] += vcpus[v];
        hostMemory[to] += memory[v];
        started++;
        MigrationRequest request = new MigrationRequest(vmIds[v], hostIds[source], hostIds[to],
                new LoadFollowingDirtying(memory[v], 0, DIRTY_PER_VCPU * vcpus[v], loads[v]),
                topology.route(hostIds[source], hostIds[to]));
        Migration.start(network, request, algorithm, result -> ended(v, source, to, result));
    }

    private void ended(int vm, int source, int destination, MigrationResult result) {
        moving[vm] = false;
        int freed = result.completed() ? source : destination;
        hostCores[freed] -= vcpus[vm];
        hostMemory[freed] -= memory[vm];
        if (result.completed()) {
            hostOf[vm] = destination;
            completed++;
        } else {
            failed++;
        }
        rounds += result.rounds();
        downtimeSum += result.downtime();
        downtimeMax = Math.max(downtimeMax, result.downtime());
        bytes += result.totalBytes();
    }

    /** Each host's CPU load: its VMs' loads weighted by their vCPUs, over its cores. */
    private void sampleHostLoads() {
        double[] busy = new double[hosts];
        long now = simulation.now();
        for (int v = 0; v < vmCount; v++) {
            busy[hostOf[v]] += loads[v].at(now) * vcpus[v];
        }
        for (int h = 0; h < hosts; h++) {
            simulation.emit(EventKind.METRIC, hostIds[h], Map.of(Attribute.CPU_LOAD, Math.min(1, busy[h] / CORES)));
        }
    }

    private void report(int factor, RunOutcome outcome, TelemetryStore store, double buildSeconds, double runSeconds) {
        long peak = Machine.peakHeap();
        long live = Machine.liveHeap();
        System.out.printf(Locale.ROOT, "scale scenario S x%d: %,d hosts, %,d VMs, %,d migrations planned over one simulated hour%n",
                factor, hosts, vmCount, migrations);
        System.out.println("  assumed: 32 MiB/s dirtied per vCPU at full load, all memory in use, 50 us NIC latency,"
                + " QEMU defaults (300 ms, no limit) with a 600 s management timeout, host loads sampled every 60 s");
        System.out.printf(Locale.ROOT, "  run: %s at simulated %.1f s; %,d events fired; %,d telemetry events%n", outcome,
                simulation.now() / 1e9, simulation.firedEvents(), store.size());
        System.out.printf(Locale.ROOT, "  migrations: %,d started, %,d completed, %,d failed, %,d skipped (no VM or host free);"
                + " %.2f rounds on average; downtime mean %.1f ms, max %.1f ms; %.1f TB sent%n", started, completed,
                failed, skipped, (double) rounds / Math.max(1, completed + failed),
                downtimeSum / 1e6 / Math.max(1, completed + failed), downtimeMax / 1e6, bytes / 1e12);
        System.out.printf(Locale.ROOT, "  wall: build %.2f s + run %.2f s = %.2f s (target %d s)%n", buildSeconds, runSeconds,
                buildSeconds + runSeconds, factor == 1 ? 6 : 6 * factor);
        System.out.printf(Locale.ROOT, "  heap: peak %,d MB, live after the run %,d MB (target %d GB)%n", peak >> 20, live >> 20,
                factor == 1 ? 2 : 8);
    }
}
