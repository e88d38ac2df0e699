package org.orrery.libvirt.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.DomainState;
import org.orrery.libvirt.DomainSummary;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.NetworkSummary;
import org.orrery.libvirt.Progress;
import org.orrery.libvirt.TestDriverCase;
import org.orrery.libvirt.TestNodes;
import org.orrery.libvirt.launch.LaunchReport.Outcome;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;

/** Launching the teaching lab on libvirt's test driver: the plan, the launch, and what a failure leaves. */
class LaunchTest extends TestDriverCase {

    @Test
    void theShippedTeachingLabLaunchesOnTheEmbeddedHost() throws Exception {
        World lab = TestNodes.sample(dir, "teaching-lab.orrery");
        LaunchPlan plan = LaunchPlan.of(lab, LaunchOptions.DEFAULTS);
        assertTrue(plan.summary().startsWith("Will define 1 network and 10 domains on 4 hosts (10 started)."),
                plan.summary());
        assertTrue(plan.summary().contains("share 1 hypervisor"), plan.summary());
        assertEquals(Set.of("spare1", "spare2"),
                plan.skipped().stream().map(s -> s.vm().getName()).collect(Collectors.toSet()));
        assertTrue(plan.skipped().get(0).reason().startsWith("not placed on a host"));

        List<String> notes = new ArrayList<>();
        assertEquals(List.of(), new Launcher(manager).check(plan, notes, Progress.NONE));
        LaunchReport report = new Launcher(manager).launch(plan, Progress.NONE);
        assertEquals(Outcome.COMPLETED, report.outcome(), report.text());
        assertEquals("Launched: defined 1 network and 10 domains on 4 hosts (10 started).", report.statement());

        HypervisorConnection host = manager.connect("test:///default");
        for (VirtualMachine vm : plan.domains().stream().map(LaunchPlan.DomainStep::vm).toList()) {
            assertEquals(DomainState.RUNNING, host.domain(vm.getName()).state(), vm.getName());
        }
        assertTrue(host.findNetwork("lab-switch").map(NetworkSummary::active).orElse(false));
        String network = host.networkXml("lab-switch");
        assertTrue(network.contains("<host mac='52:54:00:00:00:01' name='web1' ip='192.168.50.11'/>"), network);
        assertTrue(host.domainXml("web1").contains("<source network='lab-switch'/>"));
        undo(host, plan);
    }

    @Test
    void fourRealHostsGetANetworkEachAndTheirOwnDomains() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        LaunchPlan plan = LaunchPlan.of(lab, LaunchOptions.DEFAULTS);
        assertTrue(plan.summary().startsWith("Will define 3 networks and 10 domains on 4 hosts (10 started)."),
                plan.summary());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("isolated network on each of 3 hypervisors")),
                plan.notes().toString());
        LaunchReport report = new Launcher(manager).launch(plan, Progress.NONE);
        assertEquals(Outcome.COMPLETED, report.outcome(), report.text());
        assertEquals(List.of("db1", "web1", "web2"), names(TestNodes.host(lab, "a1").getLibvirtUri()));
        assertEquals(List.of("clone-personal"), names(TestNodes.host(lab, "b2").getLibvirtUri()));
        assertEquals(3 * 2 + 10 * 2, report.done().size(), "network define+start ×3, domain define+start ×10");
    }

    @Test
    void theCheckFindsWhatWouldCollideBeforeAnythingIsTouched() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        HypervisorConnection a1 = manager.connect(TestNodes.host(lab, "a1").getLibvirtUri());
        a1.defineDomain("<domain type='test'><name>web2</name><memory>65536</memory><os><type>hvm</type></os></domain>");
        List<String> notes = new ArrayList<>();
        List<String> problems = new Launcher(manager).check(LaunchPlan.of(lab, LaunchOptions.DEFAULTS), notes,
                Progress.NONE);
        assertEquals(List.of("Domain 'web2' exists already on " + a1.uri()
                + ": undefine it there, or rename the VM, then launch again."), problems);
        assertEquals(1, a1.listDomains().size(), "checking defines nothing");
        assertTrue(a1.listNetworks().stream().noneMatch(n -> n.name().equals("lab-switch")));
    }

    @Test
    void xmlLibvirtRejectsRollsBackEverythingAndSaysSo() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        VirtualMachine worker2 = vm(lab, "worker2");
        worker2.getNics().get(0).setMac("01:00:5e:00:00:06"); // multicast: well-formed, but no NIC may have it
        worker2.getNics().get(0).setIp(null); // (with an address, the network's DHCP entry is refused first)
        LaunchPlan plan = LaunchPlan.of(lab, LaunchOptions.DEFAULTS);
        LaunchReport report = new Launcher(manager).launch(plan, Progress.NONE);
        assertEquals(Outcome.FAILED, report.outcome());
        assertTrue(report.failure().startsWith("Cannot define a domain on " + TestNodes.host(lab, "a2").getLibvirtUri()
                + ": libvirt rejected the XML ("), report.failure());
        assertTrue(report.failure().contains("multicast"), report.failure());
        assertTrue(report.statement().endsWith("Nothing this launch defined is left on the hosts."),
                report.statement());
        assertEquals(report.done().size(), report.rolledBack().size());
        assertEquals("Stopped domain 'worker1' on " + TestNodes.host(lab, "a2").getLibvirtUri(),
                report.rolledBack().get(0));
        for (String uri : plan.uris()) {
            assertEquals(List.of(), names(uri), uri);
            assertEquals(List.of("default"), manager.connect(uri).listNetworks().stream().map(NetworkSummary::name)
                    .toList());
        }
    }

    @Test
    void cancellingBetweenStepsUndoesWhatWasDone() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        LaunchPlan plan = LaunchPlan.of(lab, LaunchOptions.DEFAULTS);
        CancelAfter progress = new CancelAfter(5);
        LaunchReport report = new Launcher(manager).launch(plan, progress);
        assertEquals(Outcome.CANCELLED, report.outcome());
        assertNull(report.failure());
        assertTrue(report.statement().startsWith("The launch was cancelled after "), report.statement());
        for (String uri : plan.uris()) {
            assertEquals(List.of(), names(uri));
        }
    }

    @Test
    void withoutRollbackWhatIsLeftIsListed() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        vm(lab, "head").getNics().get(0).setMac("ff:ff:ff:ff:ff:ff");
        vm(lab, "head").getNics().get(0).setIp(null);
        LaunchPlan plan = LaunchPlan.of(lab, LaunchOptions.DEFAULTS.withRollback(false));
        LaunchReport report = new Launcher(manager).launch(plan, Progress.NONE);
        assertEquals(Outcome.FAILED, report.outcome());
        assertEquals(List.of(), report.rolledBack());
        assertEquals(report.done(), report.leftBehind());
        assertTrue(report.statement().contains(report.leftBehind().size() + " change(s) of this launch are still on "
                + "the hosts"), report.statement());
        assertEquals(List.of("worker3", "worker4"), names(TestNodes.host(lab, "b1").getLibvirtUri()));
        assertEquals(22, report.leftBehind().size(), "3 networks, 8 domains, each defined and started");
    }

    @Test
    void anUnreachableHostIsNamedByTheCheckAndStopsTheLaunchAtOnce() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        String dead = "qemu+unix:///system?socket=" + dir.resolve("gone.sock");
        TestNodes.host(lab, "a1").setLibvirtUri(dead);
        LaunchPlan plan = LaunchPlan.of(lab, LaunchOptions.DEFAULTS);
        List<String> problems = new Launcher(manager).check(plan, new ArrayList<>(), Progress.NONE);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("Cannot connect to " + dead + ": the hypervisor does not answer ("),
                problems.get(0));
        LaunchReport report = new Launcher(manager).launch(plan, Progress.NONE);
        assertEquals(Outcome.FAILED, report.outcome());
        assertEquals(List.of(), report.done());
        assertTrue(report.statement().endsWith("Nothing this launch defined is left on the hosts."));
    }

    private static VirtualMachine vm(World world, String name) {
        return world.getClouds().get(0).getVirtualMachines().stream().filter(v -> v.getName().equals(name))
                .findFirst().orElseThrow();
    }

    private List<String> names(String uri) throws Exception {
        return manager.connect(uri).listDomains().stream().map(DomainSummary::name).toList();
    }

    private static void undo(HypervisorConnection host, LaunchPlan plan) throws Exception {
        for (LaunchPlan.DomainStep d : plan.domains()) {
            host.destroy(d.name());
            host.undefine(d.name());
        }
        host.destroyNetwork("lab-switch");
        host.undefineNetwork("lab-switch");
    }

    /** Cancels once {@code steps} steps have begun. */
    private static final class CancelAfter implements Progress {
        private final int steps;
        private int begun;

        CancelAfter(int steps) {
            this.steps = steps;
        }

        @Override
        public void begin(String task, int total) {
        }

        @Override
        public void step(String what) {
            begun++;
        }

        @Override
        public boolean isCancelled() {
            return begun >= steps;
        }
    }
}
