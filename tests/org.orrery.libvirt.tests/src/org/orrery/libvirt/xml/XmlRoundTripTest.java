package org.orrery.libvirt.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.TestNodes;
import org.orrery.model.Clone;
import org.orrery.model.DiskFormat;
import org.orrery.model.NamedElement;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.PhysicalCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmRole;
import org.orrery.telemetry.TelemetryStore;

/**
 * Every VM and overlay shape the model allows goes model → XML → libvirt's own parser (defined on
 * the test driver) → XML → model → XML. libvirt must keep all we wrote, and reading its XML back
 * must give the model back: the second XML is the first, and the fields checked by hand are there.
 */
class XmlRoundTripTest {

    private static final Shapes SHAPES = new Shapes();
    @TempDir
    static Path dir;
    private static ConnectionManager manager;
    private static HypervisorConnection host;

    @BeforeAll
    static void connect() throws Exception {
        manager = ConnectionManager.libvirt(new TelemetryStore());
        host = manager.connect(TestNodes.node(dir, "shapes", 8, ""));
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    static Stream<String> vms() {
        return SHAPES.vms.keySet().stream();
    }

    static Stream<OverlayNetwork> overlays() {
        return SHAPES.world.getOverlays().stream();
    }

    @ParameterizedTest
    @MethodSource("vms")
    void aVmSurvivesLibvirtsParser(String name) throws Exception {
        VirtualMachine vm = SHAPES.vms.get(name);
        String xml = DomainXmlWriter.write(vm, "test", DomainXmlWriter.DEFAULT_IMAGES_DIRECTORY);
        host.defineDomain(xml);
        String back = host.domainXml(LibvirtNames.domain(vm));
        assertNull(XmlContainment.missing(xml, back), () -> "libvirt dropped or changed something of\n" + xml
                + "\nit holds\n" + back);
        VirtualMachine read = DomainXmlReader.read(back, lookup());
        for (int i = 0; i < vm.getNics().size(); i++) {
            if (vm.getNics().get(i).getMac() == null) {
                // libvirt gives a NIC without a MAC one of its own: reality, which discovery keeps
                assertTrue(read.getNics().get(i).getMac().startsWith("52:54:00:"));
                read.getNics().get(i).setMac(null);
            }
        }
        assertEquals(xml, DomainXmlWriter.write(read, "test", DomainXmlWriter.DEFAULT_IMAGES_DIRECTORY));
        assertEquals(vm.eClass(), read.eClass());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void anOverlaySurvivesLibvirtsParser(OverlayNetwork overlay) throws Exception {
        List<DhcpHost> hosts = new ArrayList<>();
        SHAPES.vms.values().forEach(vm -> vm.getNics().stream()
                .filter(n -> n.getOverlay() == overlay && n.getMac() != null && n.getIp() != null)
                .forEach(n -> hosts.add(new DhcpHost(n.getMac(), n.getIp(), LibvirtNames.hostName(vm.getName())))));
        String name = LibvirtNames.network(overlay);
        NetworkXmlWriter.Result written = NetworkXmlWriter.write(overlay, name, hosts);
        host.defineNetwork(written.xml());
        String back = host.networkXml(name);
        assertNull(XmlContainment.missing(written.xml(), back), () -> "libvirt dropped or changed something of\n"
                + written.xml() + "\nit holds\n" + back);
        NetworkXmlReader.Network read = NetworkXmlReader.read(back);
        assertEquals(name, read.name());
        List<DhcpHost> again = new ArrayList<>();
        hosts.forEach(h -> {
            if (read.ipsByMac().containsKey(h.mac())) {
                again.add(new DhcpHost(h.mac(), read.ipsByMac().get(h.mac()), h.name()));
            }
        });
        assertEquals(written.xml(), NetworkXmlWriter.write(read.overlay(), name, again).xml());
    }

    @Test
    void theFieldsLibvirtHasNoPlaceForComeBackFromTheMetadata() throws Exception {
        VirtualMachine big = roundTrip("big");
        assertEquals(65536, big.getMemoryMB());
        assertEquals(512, big.getCpuWeight());
        assertEquals(VmRole.HEAD, big.getRole());
        assertEquals("alice", big.getOwner());
        assertSame(SHAPES.small, big.getInstanceType());
        assertSame(SHAPES.substrate, big.getActivatedFrom());
        assertEquals(12.5, big.getBootTimeS());
        assertEquals(List.of(0, 2), big.getVcpus().get(1).getAffinity().stream().map(PhysicalCpu::getIndex).toList());
        assertFalse(big.getVcpus().get(3).isOnline());
        assertEquals(2048, big.getVcpus().get(0).getWeight());
        assertSame(SHAPES.vms.get("big"), roundTrip("split").getSplitFrom());

        VirtualMachine disks = roundTrip("disks");
        assertEquals(List.of(DiskFormat.QCOW2, DiskFormat.RAW, DiskFormat.VMDK, DiskFormat.QCOW2),
                disks.getDisks().stream().map(d -> d.getFormat()).toList());
        assertSame(SHAPES.image, disks.getDisks().get(0).getBackingImage());
        assertSame(SHAPES.store, disks.getDisks().get(0).getDatastore());
        assertTrue(disks.getDisks().get(1).isReadOnly());
        assertNull(disks.getDisks().get(3).getTarget(), "a target Orrery chose stays Orrery's");
        assertSame(disks.getDisks().get(0), disks.getDisks().get(3).getBackingDisk());

        VirtualMachine nics = roundTrip("nics");
        assertEquals(List.of("10.5.0.10", "192.168.50.10", "", "", "10.6.1.1", ""),
                nics.getNics().stream().map(n -> n.getIp() == null ? "" : n.getIp()).toList());
        assertSame(SHAPES.violin, nics.getNics().get(1).getOverlay());
        assertSame(SHAPES.lan.getSubnets().get(1), nics.getNics().get(4).getSubnet());
        assertNull(nics.getNics().get(3).getOverlay(), "a NIC on the default network has no overlay");
        assertEquals(Shapes.NASTY, nics.getNics().get(5).getName());

        Clone clone = assertInstanceOf(Clone.class, roundTrip("clone"));
        assertEquals(7.5, clone.getSpeedUp());
        assertEquals(Shapes.NASTY, roundTrip(Shapes.NASTY).getName());
        assertEquals(300.0, roundTrip("profiled").getMemoryProfile().getUsedMB());
    }

    @Test
    void aDomainOrreryDidNotWriteReadsAsWhatLibvirtSays() throws Exception {
        String foreign = """
                <domain type='test'>
                  <name>foreign</name>
                  <memory unit='GiB'>2</memory>
                  <vcpu current='1'>2</vcpu>
                  <cputune><shares>2048</shares><vcpupin vcpu='1' cpuset='1-3,^2'/></cputune>
                  <os><type arch='aarch64'>hvm</type></os>
                  <devices>
                    <disk type='file' device='cdrom'><source file='/iso/x.iso'/><target dev='hdc'/></disk>
                    <disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='/x.img'/>
                      <target dev='vdb'/></disk>
                    <interface type='network'><mac address='52:54:00:12:34:56'/><source network='lan'/></interface>
                  </devices>
                </domain>
                """;
        host.defineDomain(foreign);
        VirtualMachine vm = DomainXmlReader.read(host.domainXml("foreign"), lookup());
        assertEquals("foreign", vm.getName());
        assertNull(vm.getId());
        assertEquals(2048, vm.getMemoryMB());
        assertEquals(2, vm.getVcpus().size());
        assertFalse(vm.getVcpus().get(1).isOnline());
        assertEquals(List.of(1, 3), vm.getVcpus().get(1).getAffinity().stream().map(PhysicalCpu::getIndex).toList());
        assertEquals(512, vm.getCpuWeight());
        assertEquals(1, vm.getDisks().size(), "a CD-ROM is not a disk of the model");
        assertEquals("vdb", vm.getDisks().get(0).getName());
        assertSame(SHAPES.lan, vm.getNics().get(0).getOverlay());
        assertEquals("10.5.0.99", vm.getNics().get(0).getIp(), "the address comes from the network's DHCP");
    }

    @Test
    void namesOnlyLibvirtRefusesAreReplaced() {
        VirtualMachine vm = Shapes.F.createVirtualMachine();
        vm.setName("rack/1\tweb");
        assertEquals("rack-1-web", LibvirtNames.domain(vm));
        OverlayNetwork o = Shapes.F.createOverlayNetwork();
        o.setName("Lab switch #2");
        assertEquals("Lab-switch--2", LibvirtNames.network(o));
        assertEquals("web-1-a", LibvirtNames.hostName("web 1_a"));
    }

    private static VirtualMachine roundTrip(String name) throws Exception {
        VirtualMachine vm = SHAPES.vms.get(name);
        String domain = LibvirtNames.domain(vm);
        if (host.findDomain(domain).isEmpty()) {
            host.defineDomain(DomainXmlWriter.write(vm, "test", DomainXmlWriter.DEFAULT_IMAGES_DIRECTORY));
        }
        return DomainXmlReader.read(host.domainXml(domain), lookup());
    }

    private static ModelLookup lookup() {
        Map<String, String> dhcp = Map.of("52:54:00:12:34:56", "10.5.0.99");
        return new ModelLookup() {
            @Override
            public OverlayNetwork overlay(String network) {
                return SHAPES.world.getOverlays().stream().filter(o -> LibvirtNames.network(o).equals(network))
                        .findFirst().orElse(null);
            }

            @Override
            public <T extends NamedElement> T byId(String id, Class<T> type) {
                if (id == null) {
                    return null;
                }
                var it = SHAPES.world.eAllContents();
                while (it.hasNext()) {
                    if (it.next() instanceof NamedElement e && id.equals(e.getId()) && type.isInstance(e)) {
                        return type.cast(e);
                    }
                }
                return null;
            }

            @Override
            public PhysicalCpu pcpu(int index) {
                return SHAPES.host.getPcpus().get(index);
            }

            @Override
            public String ipFor(String mac) {
                return dhcp.get(mac);
            }
        };
    }
}
