package org.orrery.libvirt.testing;

import java.io.IOException;
import java.util.List;

import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.xml.DomainXmlWriter;
import org.orrery.libvirt.xml.LibvirtNames;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.HypervisorKind;
import org.orrery.model.OrreryFactory;
import org.orrery.model.Site;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.model.World;

/** The model of a {@link QemuLab}: one cloud, one site, its two daemons as QEMU hosts {@code src} and {@code dst}. */
public final class TwoDaemonWorld {

    private TwoDaemonWorld() {
    }

    /** A world whose hosts {@code src} and {@code dst} reach the lab's daemons. */
    public static World of(QemuLab lab) {
        OrreryFactory f = OrreryFactory.eINSTANCE;
        World world = f.createWorld();
        world.setId("two-daemons");
        world.setName("Two libvirt daemons on this machine");
        Cloud cloud = f.createCloud();
        cloud.setId("lab");
        Site site = f.createSite();
        site.setId("room");
        for (String name : List.of(QemuLab.SOURCE, QemuLab.DESTINATION)) {
            Host host = f.createHost();
            host.setId(name);
            host.setName(name);
            host.setHypervisor(HypervisorKind.QEMU);
            host.setLibvirtUri(lab.uri(name));
            site.getHosts().add(host);
        }
        cloud.getSites().add(site);
        world.getClouds().add(cloud);
        return world;
    }

    /** The host {@code id} of {@code world}. */
    public static Host host(World world, String id) {
        return world.getClouds().get(0).getSites().get(0).getHosts().stream().filter(h -> h.getId().equals(id))
                .findFirst().orElseThrow();
    }

    /** Adds a running 64 MiB, one-vCPU, diskless VM {@code name} on {@code host}. */
    public static VirtualMachine vm(World world, String name, Host host) {
        return vm(world, name, host, 1);
    }

    /** Adds a running 64 MiB, diskless VM {@code name} with {@code vcpus} vCPUs on {@code host}. */
    public static VirtualMachine vm(World world, String name, Host host, int vcpus) {
        OrreryFactory f = OrreryFactory.eINSTANCE;
        VirtualMachine vm = f.createVirtualMachine();
        vm.setId(name);
        vm.setName(name);
        vm.setMemoryMB(64);
        vm.setState(VmState.RUNNING);
        for (int i = 0; i < vcpus; i++) {
            VirtualCpu vcpu = f.createVirtualCpu();
            vcpu.setName("vcpu" + i);
            vcpu.setIndex(i);
            vm.getVcpus().add(vcpu);
        }
        world.getClouds().get(0).getVirtualMachines().add(vm);
        vm.setHost(host);
        return vm;
    }

    /**
     * Defines and starts {@code vm} on its host as Orrery writes it, booting the lab's 8 MiB
     * payload ({@link QemuLab#writeKernel}) so that it has memory worth migrating.
     */
    public static void startWithPayload(HypervisorConnection host, VirtualMachine vm, QemuLab lab)
            throws HypervisorException, IOException {
        start(host, vm, lab.writeKernel(8));
    }

    /**
     * Defines and starts {@code vm} on its host as Orrery writes it, booting the lab's spinning
     * kernel ({@link QemuLab#writeSpinningKernel}): every vCPU of it busy.
     */
    public static void startSpinning(HypervisorConnection host, VirtualMachine vm, QemuLab lab)
            throws HypervisorException, IOException {
        start(host, vm, lab.writeSpinningKernel());
    }

    private static void start(HypervisorConnection host, VirtualMachine vm, java.nio.file.Path kernel)
            throws HypervisorException {
        String xml = DomainXmlWriter.write(vm, LibvirtNames.domainType(vm.getHost()), "/unused")
                .replace("</type>", "</type>\n    <kernel>" + kernel + "</kernel>");
        host.defineDomain(xml);
        host.start(LibvirtNames.domain(vm));
    }
}
