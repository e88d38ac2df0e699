package org.orrery.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.orrery.sim.migration.MigrationAlgorithm;
import org.orrery.sim.migration.PreCopyMigration;
import org.orrery.sim.network.Link;

/**
 * What happens in an experiment: VMs on hosts joined by one link, migrated one after another to a
 * randomly chosen other host, after exponentially distributed pauses, each with a dirty rate drawn
 * uniformly from a range. Every host's VM count is sampled at a fixed interval.
 * <p>
 * Plain objects for now; the EMF model will supply them through a bridge. One migration at a time,
 * because the link model gives each transfer the whole link.
 *
 * @param name           shown in results
 * @param hosts          host ids, at least two
 * @param vms            the VMs, each on one of {@code hosts}
 * @param link           the link every migration uses
 * @param algorithm      the migration algorithm
 * @param minDirtyRate   lower bound of a migration's dirty rate, bytes per second
 * @param maxDirtyRate   upper bound, bytes per second
 * @param meanGap        mean pause between one migration's end and the next one's start, nanoseconds
 * @param sampleInterval interval of the per-host VM-count samples, nanoseconds
 */
public record Scenario(String name, List<String> hosts, List<VmSpec> vms, Link link, MigrationAlgorithm algorithm,
        double minDirtyRate, double maxDirtyRate, long meanGap, long sampleInterval) {

    private static final long SECOND = 1_000_000_000L;
    private static final long MIB = 1L << 20;

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(algorithm, "algorithm");
        hosts = List.copyOf(hosts);
        vms = List.copyOf(vms);
        if (hosts.size() < 2 || new HashSet<>(hosts).size() != hosts.size()) {
            throw new IllegalArgumentException("a scenario needs at least two distinct hosts: " + hosts);
        }
        if (vms.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one VM");
        }
        Set<String> ids = new HashSet<>();
        for (VmSpec vm : vms) {
            if (!ids.add(vm.id())) {
                throw new IllegalArgumentException("two VMs are called " + vm.id());
            }
            if (!hosts.contains(vm.host())) {
                throw new IllegalArgumentException(vm.id() + " is on unknown host " + vm.host());
            }
        }
        if (!(minDirtyRate >= 0) || !(maxDirtyRate >= minDirtyRate) || Double.isInfinite(maxDirtyRate)) {
            throw new IllegalArgumentException("dirty rate range must satisfy 0 <= min <= max < infinity: "
                    + minDirtyRate + ".." + maxDirtyRate);
        }
        if (meanGap <= 0 || sampleInterval <= 0) {
            throw new IllegalArgumentException("mean gap and sample interval must be positive");
        }
    }

    /**
     * The built-in demonstration: two hosts on gigabit Ethernet (125 MB/s, 0.1 ms latency), four
     * VMs of 0.5 to 4 GiB, QEMU-like pre-copy (300 ms downtime target, 30-round cap), dirty rates
     * uniform in 0–50 MB/s, a migration every 30 s on average, VM counts sampled every second.
     * These are illustrative assumptions, not calibrated to any published measurement.
     */
    public static Scenario demo() {
        return new Scenario("demo", List.of("host/a", "host/b"),
                List.of(new VmSpec("vm/web-1", 1024 * MIB, "host/a"),
                        new VmSpec("vm/web-2", 2048 * MIB, "host/a"),
                        new VmSpec("vm/db-1", 4096 * MIB, "host/b"),
                        new VmSpec("vm/cache-1", 512 * MIB, "host/b")),
                Link.ofGigabits("link/lan", 1, 100_000), new PreCopyMigration(), 0, 50e6, 30 * SECOND, SECOND);
    }
}
