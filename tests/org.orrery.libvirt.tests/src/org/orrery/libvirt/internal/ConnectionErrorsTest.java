package org.orrery.libvirt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.Credentials;
import org.orrery.libvirt.Credentials.Login;
import org.orrery.libvirt.DomainSample;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorException.Reason;
import org.orrery.libvirt.TestNodes;
import org.orrery.telemetry.TelemetryStore;

/**
 * What the user is told when a host asks for a password, refuses it, or cannot be reached; and
 * the calls added for networks and statistics on the test driver.
 */
class ConnectionErrorsTest {

    private static final String AUTH = "<auth><user password='s3cret'>alice</user></auth>";

    @TempDir
    Path dir;

    @Test
    void aRefusedPasswordIsAskedForAgainThenReportedAsRefused() throws Exception {
        String uri = TestNodes.node(dir, "guarded", 2, AUTH);
        List<String> asked = new ArrayList<>();
        Credentials wrong = (u, prompt, retry) -> {
            asked.add(retry + ":" + u.text());
            return asked.size() <= 2 ? Optional.of(new Login("alice", "guess".toCharArray())) : Optional.empty();
        };
        try (ConnectionManager manager = ConnectionManager.libvirt(new TelemetryStore(), wrong)) {
            HypervisorException e = assertThrows(HypervisorException.class, () -> manager.connect(uri));
            assertEquals(Reason.AUTH_FAILED, e.reason());
            assertTrue(e.getMessage().startsWith("Cannot connect to " + uri + ": the host refused the authentication ("),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("Check the user name and password, or use an SSH key the host accepts "
                    + "(loaded in ssh-agent)."), e.getMessage());
            assertEquals(List.of("false:" + uri, "true:" + uri, "true:" + uri), asked);
        }
        try (ConnectionManager manager = ConnectionManager.libvirt(new TelemetryStore())) {
            assertEquals(Reason.AUTH_FAILED,
                    assertThrows(HypervisorException.class, () -> manager.connect(uri)).reason(),
                    "no credentials at all: refused");
        }
        char[] password = "s3cret".toCharArray();
        Credentials right = (u, prompt, retry) -> Optional.of(new Login("alice", password));
        try (ConnectionManager manager = ConnectionManager.libvirt(new TelemetryStore(), right)) {
            assertEquals(2, manager.connect(uri).hostInfo().cpus());
            // libvirt frees the answers: had they been JNA's memory, collecting it would abort the JVM here
            System.gc();
            Thread.sleep(200);
        }
        assertEquals("\0\0\0\0\0\0", new String(password), "the password is wiped once used");
    }

    @Test
    void anSshHostThatCannotBeResolvedIsUnreachable() {
        String uri = "qemu+ssh://orrery@unreachable.invalid/system?no_tty=1";
        try (ConnectionManager manager = ConnectionManager.libvirt(new TelemetryStore())) {
            HypervisorException e = assertThrows(HypervisorException.class, () -> manager.connect(uri));
            assertEquals(Reason.UNREACHABLE, e.reason(), e.getMessage());
            assertTrue(e.getMessage().startsWith("Cannot connect to " + uri + ": the hypervisor does not answer ("),
                    e.getMessage());
        }
    }

    @Test
    void networksAndStatisticsOnTheTestDriver() throws Exception {
        String uri = TestNodes.node(dir, "n", 4, """
                <domain type='test'><name>vm</name><memory>262144</memory><vcpu>3</vcpu><os><type>hvm</type></os></domain>
                """);
        try (ConnectionManager manager = ConnectionManager.libvirt(new TelemetryStore())) {
            HypervisorConnection host = manager.connect(uri);
            List<DomainSample> samples = host.sampleDomains();
            assertEquals(1, samples.size());
            assertEquals(3, samples.get(0).vcpus().size());
            assertEquals(262144, samples.get(0).memoryKiB());
            assertEquals(-1, samples.get(0).vcpus().get(0).delayNs());
            assertTrue(samples.get(0).cpuTimeNs() > 0);

            HypervisorException noNetwork = assertThrows(HypervisorException.class, () -> host.startNetwork("nope"));
            assertEquals(Reason.NO_NETWORK, noNetwork.reason());
            assertTrue(noNetwork.getMessage().startsWith("Cannot find network 'nope' on " + uri
                    + ": there is no such network ("), noNetwork.getMessage());
            HypervisorException badXml = assertThrows(HypervisorException.class, () -> host.defineNetwork("<network>"));
            assertEquals(Reason.XML_REJECTED, badXml.reason());
            assertTrue(host.findDomain("nope").isEmpty());
            assertTrue(host.jobProgress("vm", false).isEmpty(), "no job running");
            assertTrue(host.isAlive());
        }
    }
}
