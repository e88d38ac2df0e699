package org.orrery.libvirt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.DomainState;
import org.orrery.libvirt.DomainSummary;
import org.orrery.libvirt.HostInfo;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorException.Reason;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/**
 * The driver against libvirt's real test driver ({@code test:///default} and a node file written
 * here), which needs the native library but no daemon.
 */
class LibvirtConnectionManagerTest {

    private static final long EVENT_TIMEOUT_MILLIS = 5_000;

    @TempDir
    Path dir;

    private final TelemetryStore store = new TelemetryStore();
    private final ConnectionManager manager = ConnectionManager.libvirt(store);

    @AfterEach
    void closeManager() {
        manager.close();
    }

    private static String domainXml(String name) {
        return """
                <domain type='test'>
                  <name>%s</name>
                  <memory unit='MiB'>256</memory>
                  <vcpu>2</vcpu>
                  <os><type arch='x86_64'>hvm</type></os>
                </domain>
                """.formatted(name);
    }

    private Path nodeFile() throws Exception {
        // one host: 8 logical CPUs, 16 GiB, a running and a stopped domain (test:runstate 5 = shut off)
        return Files.writeString(dir.resolve("lab-node.xml"), """
                <node>
                  <cpu>
                    <nodes>1</nodes><sockets>1</sockets><cores>4</cores><threads>2</threads>
                    <mhz>2400</mhz><model>x86_64</model>
                  </cpu>
                  <memory>16777216</memory>
                  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
                    <name>web-1</name><memory>524288</memory><vcpu>2</vcpu><os><type>hvm</type></os>
                  </domain>
                  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
                    <name>db-1</name><memory>1048576</memory><vcpu>4</vcpu><os><type>hvm</type></os>
                    <test:runstate>5</test:runstate>
                  </domain>
                </node>
                """);
    }

    private List<TelemetryEvent> lifecycleOf(String name) {
        return store.query(new TimeRange(0, Long.MAX_VALUE),
                e -> e.kind() == EventKind.LIFECYCLE && e.subject().equals("vm/" + name));
    }

    /** Waits until the store holds {@code count} life-cycle events about {@code name}. */
    private List<TelemetryEvent> awaitLifecycle(String name, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + EVENT_TIMEOUT_MILLIS;
        List<TelemetryEvent> events = lifecycleOf(name);
        while (events.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
            events = lifecycleOf(name);
        }
        return events;
    }

    @Test
    void theDefaultTestHostListsItsRunningDomainAndOneConnectionServesEachUri() throws Exception {
        HypervisorConnection connection = manager.connect("test:///default");
        assertSame(connection, manager.connect(" test:///default"));
        assertEquals(java.util.Set.of("test:///default"), manager.connectedUris());
        DomainSummary test = connection.listDomains().stream().filter(d -> d.name().equals("test")).findFirst()
                .orElseThrow();
        assertEquals(DomainState.RUNNING, test.state());
        assertTrue(test.active());
    }

    @Test
    void aNodeFileDescribesTheHostAndItsDomains() throws Exception {
        HypervisorConnection connection = manager.connect("test://" + nodeFile());
        HostInfo host = connection.hostInfo();
        assertEquals(8, host.cpus());
        assertEquals(16_777_216L, host.memoryKiB());
        assertEquals(2400, host.mhz());
        List<DomainSummary> domains = connection.listDomains();
        assertEquals(List.of("db-1", "web-1"), domains.stream().map(DomainSummary::name).toList());
        assertEquals(DomainState.SHUT_OFF, domains.get(0).state());
        assertEquals(4, domains.get(0).vcpus());
        assertEquals(1_048_576L, domains.get(0).memoryKiB());
        assertEquals(DomainState.RUNNING, domains.get(1).state());
    }

    @Test
    void aDomainsLifeCycleReachesTelemetryAsItHappens() throws Exception {
        String uri = "test://" + nodeFile();
        HypervisorConnection host = manager.connect(uri);
        String name = "orrery-lifecycle";

        DomainSummary defined = host.defineDomain(domainXml(name));
        assertEquals(DomainState.SHUT_OFF, defined.state());
        assertEquals(2, defined.vcpus());
        host.start(name);
        assertEquals(DomainState.RUNNING, host.domain(name).state());
        host.suspend(name);
        assertEquals(DomainState.PAUSED, host.domain(name).state());
        host.resume(name);
        assertEquals(DomainState.RUNNING, host.domain(name).state());
        host.destroy(name);
        assertEquals(DomainState.SHUT_OFF, host.domain(name).state());
        host.undefine(name);

        List<TelemetryEvent> events = awaitLifecycle(name, 6);
        assertEquals(List.of("DEFINED", "STARTED", "SUSPENDED", "RESUMED", "STOPPED", "UNDEFINED"),
                events.stream().map(e -> e.text(Attribute.EVENT)).toList());
        assertEquals(List.of("defined", "running", "paused", "running", "shut-off", "undefined"),
                events.stream().map(e -> e.text(Attribute.STATE)).toList());
        assertEquals(List.of("ADDED", "BOOTED", "PAUSED", "UNPAUSED", "DESTROYED", "REMOVED"),
                events.stream().map(e -> e.text(Attribute.DETAIL)).toList());
        assertTrue(events.stream().allMatch(e -> e.text(Attribute.HOST).equals(uri)));
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).time() >= events.get(i - 1).time());
        }
        assertEquals(0, store.lateEvents());
    }

    @Test
    void malformedXmlIsRejectedWithLibvirtsReason() throws Exception {
        HypervisorConnection host = manager.connect("test:///default");
        HypervisorException e = assertThrows(HypervisorException.class,
                () -> host.defineDomain("<domain type='test'><name>broken</name>"));
        assertEquals(Reason.XML_REJECTED, e.reason());
        assertTrue(e.getMessage().startsWith("Cannot define a domain on test:///default: libvirt rejected the XML ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Correct the XML and try again."), e.getMessage());

        HypervisorException noName = assertThrows(HypervisorException.class,
                () -> host.defineDomain("<domain type='test'><memory>1024</memory></domain>"));
        assertEquals(Reason.XML_REJECTED, noName.reason(), noName.getMessage());
    }

    @Test
    void operationsOnMissingOrWronglyStatedDomainsSaySo() throws Exception {
        HypervisorConnection host = manager.connect("test:///default");
        HypervisorException missing = assertThrows(HypervisorException.class, () -> host.start("no-such-vm"));
        assertEquals(Reason.NO_DOMAIN, missing.reason());
        assertTrue(missing.getMessage().startsWith("Cannot find domain 'no-such-vm' on test:///default: "
                + "there is no such domain ("), missing.getMessage());

        String name = "orrery-state";
        host.defineDomain(domainXml(name));
        try {
            // libvirt's test driver reports state conflicts as internal errors (QEMU says "operation
            // invalid", which maps to INVALID_STATE): the mapping goes by code, so these fall back to
            // libvirt's own words.
            host.start(name);
            HypervisorException twice = assertThrows(HypervisorException.class, () -> host.start(name));
            assertEquals(Reason.OTHER, twice.reason());
            assertEquals("Cannot start domain 'orrery-state' on test:///default: libvirt reported: internal error: "
                    + "Domain 'orrery-state' is already running.", twice.getMessage());
            host.destroy(name);
            HypervisorException stopped = assertThrows(HypervisorException.class, () -> host.suspend(name));
            assertTrue(stopped.getMessage().startsWith("Cannot suspend domain 'orrery-state' on test:///default: "
                    + "libvirt reported: "), stopped.getMessage());
            assertTrue(stopped.getMessage().contains("not running"), stopped.getMessage());
        } finally {
            host.undefine(name);
        }
    }

    @Test
    void aHostWithoutDaemonIsReportedUnreachable() {
        String uri = "qemu+unix:///system?socket=" + dir.resolve("no-daemon.sock");
        HypervisorException e = assertThrows(HypervisorException.class, () -> manager.connect(uri));
        assertEquals(Reason.UNREACHABLE, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Cannot connect to " + uri + ": the hypervisor does not answer ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Check that the host is reachable and that libvirtd runs on it."));
        assertTrue(manager.connectedUris().isEmpty());
    }

    @Test
    void aBadUriIsRefusedBeforeLibvirtSeesIt() {
        HypervisorException e = assertThrows(HypervisorException.class, () -> manager.connect("xen:///system"));
        assertEquals(Reason.BAD_URI, e.reason());
        assertTrue(e.getMessage().startsWith("'xen:///system' is not a hypervisor URI Orrery accepts."));
    }

    @Test
    void eachConnectionOfANodeFileIsItsOwnHost() throws Exception {
        Path node = nodeFile();
        HypervisorConnection first = manager.connect("test://" + node);
        first.defineDomain(domainXml("only-on-first"));
        try (ConnectionManager other = ConnectionManager.libvirt(new TelemetryStore())) {
            HypervisorConnection second = other.connect("test://" + node);
            assertNotEquals(first, second);
            Predicate<DomainSummary> defined = d -> d.name().equals("only-on-first");
            assertTrue(first.listDomains().stream().anyMatch(defined));
            assertFalse(second.listDomains().stream().anyMatch(defined));
        }
    }

    @Test
    void theEventLoopRunsWhileAManagerIsConnectedAndStopsAfterTheLast() throws Exception {
        manager.connect("test:///default");
        assertTrue(EventLoop.isRunning());
        ConnectionManager other = ConnectionManager.libvirt(new TelemetryStore());
        other.connect("test:///default");
        other.close();
        assertTrue(EventLoop.isRunning(), "another manager still uses it");
        assertTrue(manager.disconnect("test:///default"));
        assertFalse(manager.disconnect("test:///default"));
        manager.close();
        assertFalse(EventLoop.isRunning());
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("libvirt-event-loop") && t.isAlive()));
        assertThrows(IllegalStateException.class, () -> manager.connect("test:///default"));
    }
}
