package org.orrery.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.NetworkInterface;
import org.orrery.model.OrreryFactory;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.Site;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.model.validation.OrreryValidator;

/**
 * Scale benchmark (issue 3): 10,000 hosts and 100,000 VMs with vCPUs and NICs are generated,
 * saved, loaded and validated; times, file size and heap are printed. Not part of the default
 * test run (its name does not end in Test); run it with
 * {@code ./mvnw -B verify -pl tests/org.orrery.model.tests -am -Dtest=ModelScaleBenchmark}.
 * Targets: load + validate under 3 s, save under 3 s.
 */
class ModelScaleBenchmark {

    private static final int SITES = 100;
    private static final int HOSTS_PER_SITE = 100;
    private static final int VMS_PER_HOST = 10;

    @TempDir
    Path dir;

    @Test
    void tenThousandHostsAndOneHundredThousandVms() throws IOException {
        long t0 = System.nanoTime();
        World world = generate();
        long t1 = System.nanoTime();
        Path file = dir.resolve("scale.orrery");
        OrreryResources.save(world, file);
        long t2 = System.nanoTime();
        world = null;
        System.gc();

        long t3 = System.nanoTime();
        World loaded = OrreryResources.load(file);
        long t4 = System.nanoTime();
        Diagnostic result = OrreryValidator.diagnose(loaded);
        long t5 = System.nanoTime();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapMB = (runtime.totalMemory() - runtime.freeMemory()) >> 20;

        assertEquals(Diagnostic.OK, result.getSeverity(), () -> ValidationTest.describe(result));
        Cloud cloud = loaded.getClouds().get(0);
        assertEquals(SITES * HOSTS_PER_SITE * VMS_PER_HOST, cloud.getVirtualMachines().size());
        System.out.printf(Locale.ROOT,
                "ModelScaleBenchmark: %,d hosts, %,d VMs: generate %.2f s, save %.2f s, file %,d MB, load %.2f s,"
                        + " validate %.2f s, load+validate %.2f s, heap after load %,d MB%n",
                SITES * HOSTS_PER_SITE, cloud.getVirtualMachines().size(), sec(t1 - t0), sec(t2 - t1),
                Files.size(file) >> 20, sec(t4 - t3), sec(t5 - t4), sec(t5 - t3), heapMB);
    }

    private static World generate() {
        OrreryFactory f = OrreryFactory.eINSTANCE;
        World world = f.createWorld();
        world.setName("scale");
        Cloud cloud = f.createCloud();
        cloud.setName("cloud");
        world.getClouds().add(cloud);
        int vmIndex = 0;
        for (int s = 0; s < SITES; s++) {
            Site site = f.createSite();
            site.setId("s" + s);
            site.setName("site" + s);
            cloud.getSites().add(site);
            for (int h = 0; h < HOSTS_PER_SITE; h++) {
                Host host = f.createHost();
                host.setId("h" + s + "-" + h);
                host.setName("host" + h);
                host.setMemoryMB(65536);
                for (int c = 0; c < 16; c++) {
                    PhysicalCpu pcpu = f.createPhysicalCpu();
                    pcpu.setIndex(c);
                    host.getPcpus().add(pcpu);
                }
                site.getHosts().add(host);
                for (int v = 0; v < VMS_PER_HOST; v++, vmIndex++) {
                    VirtualMachine vm = f.createVirtualMachine();
                    vm.setId("vm" + vmIndex);
                    vm.setName("vm" + vmIndex);
                    vm.setMemoryMB(4096);
                    vm.setState(VmState.RUNNING);
                    vm.setHost(host);
                    // Alternately 1 and 2 vCPUs: 15 per host, within its 16 pCPUs.
                    for (int c = 0; c < 1 + vmIndex % 2; c++) {
                        VirtualCpu vcpu = f.createVirtualCpu();
                        vcpu.setIndex(c);
                        vm.getVcpus().add(vcpu);
                    }
                    NetworkInterface nic = f.createNetworkInterface();
                    nic.setName("eth0");
                    nic.setMac(String.format(Locale.ROOT, "52:54:00:%02x:%02x:%02x", vmIndex >> 16, (vmIndex >> 8) & 0xff,
                            vmIndex & 0xff));
                    nic.setIp(String.format(Locale.ROOT, "10.%d.%d.%d", vmIndex >> 16, (vmIndex >> 8) & 0xff,
                            vmIndex & 0xff));
                    vm.getNics().add(nic);
                    cloud.getVirtualMachines().add(vm);
                }
            }
        }
        return world;
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }
}
