package org.orrery.libvirt.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.DomainState;
import org.orrery.libvirt.LibvirtTelemetry;
import org.orrery.libvirt.TestNodes;
import org.orrery.libvirt.fake.FakeHypervisors;
import org.orrery.libvirt.monitor.LabSnapshot.Status;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/** The lab monitor: samples into telemetry on the test driver; reconnects (on the fake, which can go away). */
class LabMonitorTest {

    @TempDir
    Path dir;

    private static final String DOMAINS = """
            <domain type='test'><name>web</name><memory>524288</memory><vcpu>2</vcpu><os><type>hvm</type></os></domain>
            <domain type='test'><name>db</name><memory>1048576</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>
            """;

    @Test
    void samplesOfEveryRunningDomainReachTelemetryAndTheSnapshot() throws Exception {
        TelemetryStore store = new TelemetryStore();
        try (ConnectionManager manager = ConnectionManager.libvirt(store)) {
            String uri = TestNodes.node(dir, "lab", 4, DOMAINS);
            try (LabMonitor monitor = new LabMonitor(manager, List.of(new LabHost("h1", "h1", uri)))) {
                assertEquals(Status.CONNECTING, monitor.snapshot().hypervisors().get(0).status());
                monitor.sampleNow();
                Thread.sleep(50);
                monitor.sampleNow();
                LabSnapshot.Hypervisor h = monitor.snapshot().hypervisors().get(0);
                assertEquals(Status.CONNECTED, h.status());
                assertEquals(List.of("db", "web"), h.domains().stream().map(LabSnapshot.Domain::name).toList());
                LabSnapshot.Domain web = h.domains().get(1);
                assertEquals(DomainState.RUNNING, web.state());
                assertEquals(2, web.vcpus());
                assertEquals(524288, web.memoryKiB());
                assertEquals(2, web.pcpus().size());
                assertTrue(web.cpuLoad() >= 0 && web.cpuLoad() <= 1.5, "cpu load " + web.cpuLoad());
                assertTrue(Double.isNaN(web.runQueueWait()), "the test driver reports no run-queue wait");
            }
        }
        List<TelemetryEvent> metrics = store.query(new TimeRange(0, Long.MAX_VALUE),
                e -> e.kind() == EventKind.METRIC && e.subject().equals(LibvirtTelemetry.vm("web")));
        assertEquals(2, metrics.size());
        assertEquals(524288L * 1024, metrics.get(1).attributes().get(LibvirtTelemetry.MEMORY_ASSIGNED));
        assertFalse(metrics.get(0).attributes().containsKey(Attribute.CPU_LOAD), "no rate from one sample");
        assertTrue(metrics.get(1).attributes().get(Attribute.CPU_LOAD) instanceof Double);
        Set<String> vcpus = store.query(new TimeRange(0, Long.MAX_VALUE), e -> e.kind() == EventKind.VCPU_STATE)
                .stream().map(TelemetryEvent::subject).collect(Collectors.toSet());
        assertEquals(Set.of("vm/web/vcpu0", "vm/web/vcpu1", "vm/db/vcpu0"), vcpus);
        TelemetryEvent vcpu = store.query(new TimeRange(0, Long.MAX_VALUE),
                e -> e.subject().equals("vm/web/vcpu1")).get(1);
        assertEquals("running", vcpu.text(Attribute.STATE));
        assertTrue(vcpu.number(Attribute.PCPU, -1) >= 0);
        List<TelemetryEvent> host = store.query(new TimeRange(0, Long.MAX_VALUE),
                e -> e.kind() == EventKind.METRIC && e.subject().equals("host/h1"));
        assertEquals(2.0, host.get(1).number(Attribute.VM_COUNT, -1));
        assertEquals(uri(store, "vm/web/vcpu1"), host.get(1).text(Attribute.HOST), "the URI its vCPUs report");
        assertEquals(4.0, host.get(1).number(Attribute.PCPUS, -1), "the node's CPUs");
        assertFalse(vcpu.attributes().containsKey(Attribute.RUN_QUEUE_DELAY), "the test driver reports no delay");
        assertTrue(store.query(new TimeRange(0, Long.MAX_VALUE), e -> e.kind() == EventKind.MESSAGE).get(0)
                .text(Attribute.TEXT).startsWith("Connected to test://"));
    }

    private static String uri(TelemetryStore store, String vcpu) {
        return store.query(new TimeRange(0, Long.MAX_VALUE), e -> e.subject().equals(vcpu)).get(0).text(Attribute.HOST);
    }

    @Test
    void aHostThatGoesAwayIsMarkedUnreachableAndReconnectedWhenItIsBack() throws Exception {
        FakeHypervisors fakes = new FakeHypervisors();
        String uri = "qemu+unix:///system?socket=/fake/a";
        FakeHypervisors.FakeHost a = fakes.add(uri).run("vm1");
        try (LabMonitor monitor = new LabMonitor(fakes, List.of(new LabHost("a", "a", uri)))) {
            monitor.sampleNow();
            assertEquals(Status.CONNECTED, monitor.snapshot().hypervisors().get(0).status());
            a.setDown(true);
            monitor.sampleNow();
            LabSnapshot.Hypervisor lost = monitor.snapshot().hypervisors().get(0);
            assertEquals(Status.UNREACHABLE, lost.status());
            assertTrue(lost.message().contains("does not answer"), lost.message());
            assertEquals(List.of(), lost.domains());
            assertTrue(lost.retryInMillis() > 0 && lost.retryInMillis() <= 1000, "first retry after a second");
            assertFalse(fakes.connectedUris().contains(uri), "the dead connection was dropped");
            monitor.sampleNow();
            assertEquals(1, a.connects(), "no retry before its time");
            a.setDown(false);
            monitor.start(50);
            long deadline = System.currentTimeMillis() + 5_000;
            while (monitor.snapshot().hypervisors().get(0).status() != Status.CONNECTED
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            LabSnapshot.Hypervisor back = monitor.snapshot().hypervisors().get(0);
            assertEquals(Status.CONNECTED, back.status());
            assertEquals(List.of("vm1"), back.domains().stream().map(LabSnapshot.Domain::name).toList());
            assertEquals(2, a.connects());
        }
        List<String> messages = fakes.telemetry().query(new TimeRange(0, Long.MAX_VALUE),
                e -> e.kind() == EventKind.MESSAGE).stream().map(e -> e.text(Attribute.EVENT)).toList();
        assertEquals(List.of("connected", "unreachable", "connected"), messages);
        assertTrue(fakes.telemetry().query(new TimeRange(0, Long.MAX_VALUE), e -> e.kind() == EventKind.MESSAGE)
                .get(2).text(Attribute.TEXT).endsWith("answers again: reconnected"));
    }
}
