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
        assertTrue(plan.summary().contains("12 disk file(s) to create."), plan.summary());
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
        // every writable disk is a qcow2 overlay created over the (test host's stand-in) Debian image
        assertEquals(10 + 2, plan.volumes().size(), "10 root disks and the stand-ins of debian-12 and android-arm");
        assertEquals("/var/lib/libvirt/images/debian-12.qcow2", plan.volumes().get(0).path(), "the image first");
        String web1Disk = "/var/lib/libvirt/images/web1-root.qcow2";
        assertTrue(host.volumeExists(web1Disk));
        assertTrue(host.domainXml("web1").contains("<source file='" + web1Disk + "'/>"), host.domainXml("web1"));
        assertTrue(report.done().contains("Created disk file " + web1Disk + " on test:///default"), report.text());
        undo(host, plan);
    }

    @Test
    void diskFilesAreCreatedOnceAndAFailedLaunchDeletesThem() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        String a1 = TestNodes.host(lab, "a1").getLibvirtUri();
        LaunchPlan plan = LaunchPlan.of(lab, LaunchOptions.DEFAULTS);
        String web1 = "/var/lib/libvirt/images/web1-root.qcow2";
        LaunchPlan.VolumeStep step = plan.volumes().stream().filter(v -> v.path().equals(web1)).findFirst().orElseThrow();
        assertEquals("/var/lib/libvirt/images/debian-12.qcow2", step.backingPath());
        String xml = step.xml().replaceAll(">\\s+<", "><");
        assertTrue(xml.contains("<capacity unit=\"bytes\">8589934592</capacity>"), xml);
        assertTrue(xml.contains("<backingStore><path>/var/lib/libvirt/images/debian-12.qcow2</path>"
                + "<format type=\"qcow2\"></format></backingStore>"), xml);

        // a file that exists already is used as it is, and the check says so
        HypervisorConnection host = manager.connect(a1);
        host.definePool(org.orrery.libvirt.xml.StorageXml.directoryPool("images", "/var/lib/libvirt/images"));
        host.startPool("images");
        host.createVolume("images", org.orrery.libvirt.xml.StorageXml.volume("web1-root.qcow2", 8,
                org.orrery.model.DiskFormat.QCOW2, null, null));
        List<String> notes = new ArrayList<>();
        assertEquals(List.of(), new Launcher(manager).check(plan, notes, Progress.NONE));
        assertTrue(notes.contains("Disk file " + web1 + " exists on " + a1 + ": it is used as it is, not created again."),
                notes.toString());

        // a launch that fails after the disks were made deletes the ones it made, keeps the one it found
        vm(lab, "head").getNics().get(0).setMac("ff:ff:ff:ff:ff:ff");
        vm(lab, "head").getNics().get(0).setIp(null);
        LaunchReport report = new Launcher(manager).launch(LaunchPlan.of(lab, LaunchOptions.DEFAULTS), Progress.NONE);
        assertEquals(Outcome.FAILED, report.outcome());
        assertTrue(report.done().contains("Used the existing disk file " + web1 + " on " + a1), report.text());
        assertTrue(report.rolledBack().contains("Deleted disk file /var/lib/libvirt/images/db1-root.qcow2 on " + a1),
                report.text());
        assertTrue(host.volumeExists(web1), "the file the launch found stays");
        assertFalse(host.volumeExists("/var/lib/libvirt/images/db1-root.qcow2"), "the files it made are gone");
        assertTrue(report.statement().endsWith("Nothing this launch defined is left on the hosts."), report.statement());
    }

    @Test
    void aMissingBackingDiskOrReadOnlyFileIsAProblemBeforeAnythingIsTouched() throws Exception {
        World lab = TestNodes.teachingLabOnFourHosts(dir);
        String a1 = TestNodes.host(lab, "a1").getLibvirtUri();
        VirtualMachine web1 = vm(lab, "web1");
        VirtualMachine web2 = vm(lab, "web2");
        // web2's disk becomes a delta of web1's (a malleability chain), and web1 is not launched
        web2.getDisks().get(0).setBackingImage(null);
        web2.getDisks().get(0).setBackingDisk(web1.getDisks().get(0));
        org.orrery.model.Disk iso = org.orrery.model.OrreryFactory.eINSTANCE.createDisk();
        iso.setName("install");
        iso.setReadOnly(true);
        iso.setFormat(org.orrery.model.DiskFormat.RAW);
        web2.getDisks().add(iso);
        LaunchPlan plan = LaunchPlan.of(List.of(web2), LaunchOptions.DEFAULTS);
        assertEquals(List.of("/var/lib/libvirt/images/web2-root.qcow2"),
                plan.volumes().stream().map(LaunchPlan.VolumeStep::path).toList(), "the read-only disk is not made");
        List<String> problems = new Launcher(manager).check(plan, new ArrayList<>(), Progress.NONE);
        assertEquals(List.of("Disk file /var/lib/libvirt/images/web2-root.qcow2 is a copy-on-write overlay of "
                + "/var/lib/libvirt/images/web1-root.qcow2, which is not on " + a1
                + ": put that image there (in a storage pool) first.", "The read-only disk "
                        + "/var/lib/libvirt/images/web2-install.img of 'web2' is not on " + a1
                        + ": read-only disks are not created; put the file there (in a storage pool) first."), problems);
        assertEquals(List.of(), manager.connect(a1).listDomains(), "checking touches nothing");
        // launched together, web1's disk is made first and web2's over it
        plan = LaunchPlan.of(List.of(web2, web1), LaunchOptions.DEFAULTS);
        List<String> order = plan.volumes().stream().map(LaunchPlan.VolumeStep::path).toList();
        assertTrue(order.indexOf("/var/lib/libvirt/images/web1-root.qcow2")
                < order.indexOf("/var/lib/libvirt/images/web2-root.qcow2"), order.toString());
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
        // network define+start ×3, a pool defined and started per host, image stand-ins and root disks, domain
        // define+start ×10
        long pools = plan.volumes().stream().map(LaunchPlan.VolumeStep::uri).distinct().count();
        assertEquals(4, pools);
        assertEquals(3 * 2 + pools * 2 + plan.volumes().size() + 10 * 2, report.done().size(), report.text());
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
        assertEquals(22 + 4 * 2 + plan.volumes().size(), report.leftBehind().size(),
                "3 networks and 8 domains, each defined and started; 4 pools defined and started; every disk file");
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
        for (LaunchPlan.VolumeStep v : plan.volumes()) {
            host.deleteVolume(v.path());
        }
        String pool = host.findPoolFor("/var/lib/libvirt/images").orElseThrow().name();
        host.destroyPool(pool);
        host.undefinePool(pool);
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
