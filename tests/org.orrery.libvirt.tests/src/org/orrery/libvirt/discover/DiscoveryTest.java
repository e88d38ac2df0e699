package org.orrery.libvirt.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorException.Reason;
import org.orrery.libvirt.Progress;
import org.orrery.libvirt.TestDriverCase;
import org.orrery.libvirt.TestNodes;
import org.orrery.libvirt.launch.LaunchOptions;
import org.orrery.libvirt.launch.LaunchPlan;
import org.orrery.libvirt.launch.LaunchReport;
import org.orrery.libvirt.launch.Launcher;
import org.orrery.libvirt.xml.DomainXmlWriter;
import org.orrery.model.Host;
import org.orrery.model.OverlayKind;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.model.World;

/** Importing what hosts run into a model, on libvirt's test driver. */
class DiscoveryTest extends TestDriverCase {

    @Test
    void aLaunchedLabIsDiscoveredBackIntoAModelThatLostItsVms() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        LaunchReport launched = new Launcher(manager).launch(LaunchPlan.of(lab, LaunchOptions.DEFAULTS), Progress.NONE);
        assertEquals(LaunchReport.Outcome.COMPLETED, launched.outcome(), launched.text());
        World original = EcoreUtil.copy(lab);

        List<VirtualMachine> vms = new ArrayList<>(lab.getClouds().get(0).getVirtualMachines());
        vms.stream().filter(v -> v.getHost() != null).forEach(v -> {
            v.setHost(null);
            EcoreUtil.delete(v);
        });
        lab.getOverlays().clear();
        lab.getApplications().clear(); // they referred to the deleted VMs
        lab.getExperiments().clear();
        DiscoveryReport report = new Discovery(manager).discover(lab, Progress.NONE);

        assertEquals("Found 10 domain(s) and 3 network(s): 11 added to the model, 0 VM(s) updated.", report.statement(),
                report.text());
        for (VirtualMachine before : original.getClouds().get(0).getVirtualMachines()) {
            if (before.getHost() == null) {
                continue;
            }
            VirtualMachine after = vm(lab, before.getName());
            assertEquals(before.getHost().getId(), after.getHost().getId());
            assertEquals(before.getId(), after.getId());
            assertEquals(before.getState(), after.getState());
            assertEquals(before.eClass(), after.eClass());
            // the whole VM, written again, is the VM that was launched
            assertEquals(DomainXmlWriter.write(before, "test", "/i"), DomainXmlWriter.write(after, "test", "/i"));
        }
        OverlayNetwork overlay = lab.getOverlays().get(0);
        assertEquals("lab-switch", overlay.getId());
        assertEquals(OverlayKind.VIRTUAL_SWITCH, overlay.getKind());
        assertEquals("192.168.50.0/24", overlay.getSubnets().get(0).getCidr());
        assertSame(overlay, vm(lab, "web1").getNics().get(0).getOverlay());
    }

    @Test
    void discoveringAgainUpdatesAndNamesWhatIsMissing() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        new Launcher(manager).launch(LaunchPlan.of(lab, LaunchOptions.DEFAULTS), Progress.NONE);
        Host a2 = TestNodes.host(lab, "a2");
        manager.connect(a2.getLibvirtUri()).suspend("web3");
        vm(lab, "web1").setHost(a2); // the model is wrong about where web1 runs
        VirtualMachine ghost = vm(lab, "spare1");
        ghost.setHost(TestNodes.host(lab, "b1"));

        DiscoveryReport report = new Discovery(manager).discover(lab, Progress.NONE);
        assertEquals(List.of(), report.added());
        assertEquals(List.of("web1: now on a1", "web3: now paused"), report.updated().stream().sorted().toList());
        assertEquals(List.of("spare1: the model places it on b1, which has no such domain"), report.missing());
        assertEquals("a1", vm(lab, "web1").getHost().getId());
        assertEquals(VmState.PAUSED, vm(lab, "web3").getState());
    }

    @Test
    void aHostNobodyModelledBecomesANewModel() throws Exception {
        String uri = TestNodes.node(dir, "found", 4, """
                <network>
                  <name>office</name>
                  <ip address='10.9.0.1' prefix='24'>
                    <dhcp><host mac='52:54:00:00:09:01' ip='10.9.0.21'/></dhcp>
                  </ip>
                </network>
                <domain type='test'>
                  <name>mail</name><memory>2097152</memory><vcpu>2</vcpu><os><type>hvm</type></os>
                  <devices><interface type='network'><mac address='52:54:00:00:09:01'/>
                    <source network='office'/></interface></devices>
                </domain>
                <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
                  <name>old</name><memory>524288</memory><vcpu>1</vcpu><os><type>hvm</type></os>
                  <test:runstate>5</test:runstate>
                </domain>
                """);
        Discovery.Result found = new Discovery(manager).discover(uri, Progress.NONE);
        World world = found.world();
        Host host = world.getClouds().get(0).getSites().get(0).getHosts().get(0);
        assertEquals(uri, host.getLibvirtUri());
        assertEquals(4, host.getPcpus().size());
        assertEquals(16384, host.getMemoryMB());
        assertEquals("Found 2 domain(s) and 1 network(s): 3 added to the model, 0 VM(s) updated.",
                found.report().statement());
        VirtualMachine mail = vm(world, "mail");
        assertEquals(2048, mail.getMemoryMB());
        assertEquals(2, mail.getVcpus().size());
        assertEquals(VmState.RUNNING, mail.getState());
        assertSame(host, mail.getHost());
        assertEquals("10.9.0.21", mail.getNics().get(0).getIp());
        assertEquals("office", mail.getNics().get(0).getOverlay().getName());
        assertEquals("10.9.0.0/24", mail.getNics().get(0).getOverlay().getSubnets().get(0).getCidr());
        assertEquals(VmState.HALTED, vm(world, "old").getState());
        assertNotSame(vm(world, "old").getId(), mail.getId());
    }

    @Test
    void anUnreadableHostIsReportedAndTheOthersAreStillRead() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        String dead = "qemu+unix:///system?socket=" + dir.resolve("none.sock");
        TestNodes.host(lab, "b2").setLibvirtUri(dead);
        DiscoveryReport report = new Discovery(manager).discover(lab, Progress.NONE);
        assertEquals(1, report.problems().size());
        assertTrue(report.problems().get(0).startsWith("Cannot connect to " + dead), report.problems().get(0));
        assertTrue(report.statement().endsWith("1 host(s) could not be read (see below)."), report.statement());
        assertEquals(9, report.missing().size(), "three hosts read, all empty: " + report.missing());
        HypervisorException bad = assertThrows(HypervisorException.class,
                () -> new Discovery(manager).discover("http://example.org", Progress.NONE));
        assertEquals(Reason.BAD_URI, bad.reason());
    }

    private static VirtualMachine vm(World world, String name) {
        return world.getClouds().get(0).getVirtualMachines().stream().filter(v -> name.equals(v.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no VM " + name));
    }
}
