package org.orrery.sim.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.orrery.sim.memory.ContentMix;
import org.orrery.sim.memory.PageContents;
import org.orrery.sim.memory.PagedMemory;
import org.orrery.sim.memory.UniformDirtying;
import org.orrery.sim.network.Link;
import org.orrery.sim.network.Topology;
import org.orrery.telemetry.Attribute;

/**
 * Shrinker against plain KVM pre-copy with riteau.md's calibration: idle 1 GB VMs of about 20,000
 * written pages, 600 duplicated inside each VM and about 52.7 MB per VM shared among 16 VMs at
 * 4096-byte chunks, migrated together over a 100 Mbit/s WAN router.
 */
class ShrinkerFidelityTest {

    private static final int[] CLUSTER_SIZES = {1, 2, 4, 8, 16};

    /** What one cluster move cost. */
    private record Outcome(double wanBytes, double seconds, double dedupPages, double pulledPages) {
    }

    /**
     * Moves {@code vms} idle VMs from site A to site B: one VM per host, GbE NICs, a 100 Mbit/s
     * router each way (its latency, 0.1 ms, is an assumption: the source emulates bandwidth only).
     */
    private static Outcome move(int vms, boolean shrinker) {
        Harness h = new Harness(7);
        Link wan = Link.ofMegabits("router/a-b", 100, 100_000);
        Topology topology = new Topology().connectSites("a", "b", wan, Link.ofMegabits("router/b-a", 100, 100_000));
        ContentMix mix = ContentMix.riteauIdleVm();
        List<MigrationRequest> requests = new ArrayList<>();
        for (int i = 0; i < vms; i++) {
            topology.addHost("a/" + i, "a", 125e6, 50_000).addHost("b/" + i, "b", 125e6, 50_000);
            PageContents pages = PageContents.generate(mix, i + 1, h.sim.random("layout/vm" + i));
            requests.add(new MigrationRequest("vm/" + i, "a/" + i, "b/" + i,
                    new PagedMemory(pages, new UniformDirtying(mix.bytes(), 0, 0)), topology.route("a/" + i, "b/" + i)));
        }
        QemuParameters kvm = QemuParameters.kvm015();
        MigrationAlgorithm algorithm = shrinker ? new ShrinkerMigration(ShrinkerParameters.defaults().withQemu(kvm))
                : new PreCopyMigration(kvm);
        AtomicReference<ClusterResult> result = new AtomicReference<>();
        ClusterMigration.start(h.network, "cluster/c", requests, algorithm, ClusterParameters.defaults(), result::set);
        h.sim.run();
        assertTrue(result.get().completed());
        double dedup = 0;
        double pulled = 0;
        for (int i = 0; i < vms; i++) {
            dedup += h.sumOverRounds("vm/" + i, Attribute.PAGES_DEDUPLICATED);
            pulled += h.sumOverRounds("vm/" + i, Attribute.PAGES_PULLED);
        }
        return new Outcome(h.network.carried(wan), result.get().totalTime() / 1e9, dedup, pulled);
    }

    @Test
    void shrinkerSendsLessOverTheWanTheMoreVmsMigrateTogetherAndOneVmAloneGainsNothing() {
        StringBuilder table = new StringBuilder(
                "Shrinker vs KVM pre-copy, idle 1 GB VMs, 100 Mbit/s WAN, 4096-byte chunks:\n"
                        + "  VMs  plain MB  shrinker MB  saving  plain s  shrinker s  dedup MB/VM  pulled pages\n");
        double previousSaving = -1;
        for (int vms : CLUSTER_SIZES) {
            Outcome plain = move(vms, false);
            Outcome shrinker = move(vms, true);
            double saving = 1 - shrinker.wanBytes() / plain.wanBytes();
            double dedupMbPerVm = shrinker.dedupPages() * 4096 / vms / ContentMix.MB;
            table.append(String.format("  %3d  %8.1f  %11.1f  %5.1f%%  %7.2f  %10.2f  %11.1f  %12.0f%n", vms,
                    plain.wanBytes() / 1e6, shrinker.wanBytes() / 1e6, 100 * saving, plain.seconds(),
                    shrinker.seconds(), dedupMbPerVm, shrinker.pulledPages()));
            assertTrue(shrinker.wanBytes() < plain.wanBytes(), vms + " VMs: less WAN data");
            assertTrue(saving > previousSaving, vms + " VMs: the saving grows with the number of VMs");
            previousSaving = saving;
            if (vms == 1) {
                assertTrue(shrinker.seconds() >= plain.seconds(), "one VM alone is no faster: " + shrinker.seconds()
                        + " s with Shrinker, " + plain.seconds() + " s without");
            }
            if (vms == 16) {
                assertEquals(52.7, dedupMbPerVm, 52.7 * 0.05, "calibration: 52.7 MB per VM deduplicated among 16");
                assertTrue(shrinker.seconds() < plain.seconds(), "16 VMs move faster with less to send");
            }
        }
        System.out.print(table);
    }
}
