package org.orrery.libvirt.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.HypervisorException.Reason;
import org.orrery.libvirt.JobProgress;
import org.orrery.libvirt.MigrationSettings;
import org.orrery.libvirt.TestNodes;
import org.orrery.libvirt.fake.FakeHypervisors;
import org.orrery.libvirt.fake.FakeHypervisors.FakeHost;
import org.orrery.libvirt.migrate.MigrationOutcome.Result;
import org.orrery.model.Host;
import org.orrery.model.OrreryFactory;
import org.orrery.model.VirtualCpu;
import org.orrery.model.VirtualMachine;
import org.orrery.model.VmState;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/**
 * Orrery's migration bookkeeping on the fake hypervisor (job statistics over time, failure half-way,
 * cancel), and on libvirt's test driver, which cannot migrate: the user is told, the VM stays.
 */
class LiveMigrationTest {

    private static final String A = "qemu+unix:///system?socket=/fake/a";
    private static final String B = "qemu+unix:///system?socket=/fake/b";
    private static final MigrationSettings FAST = MigrationSettings.DEFAULTS.withPollMillis(10);

    @TempDir
    Path dir;

    private final FakeHypervisors fakes = new FakeHypervisors();
    private final FakeHost a = fakes.add(A).run("vm1");
    private final FakeHost b = fakes.add(B);
    private final Host hostA = host("a", A);
    private final Host hostB = host("b", B);
    private final VirtualMachine vm = vm(hostA);

    @Test
    void statisticsBecomeRoundsAndTheModelFollowsTheVm() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        a.jobs = name -> {
            int n = polls.incrementAndGet();
            // three iterations, 10 MiB sent in the first, 1 MiB in the second
            long iteration = n < 5 ? 1 : n < 8 ? 2 : 3;
            long processed = Math.min(11, n * 2L) << 20;
            return Optional.of(new JobProgress(true, n * 10L, 64L << 20, processed, (64L << 20) - processed,
                    64L << 20, processed, (12L << 20) - processed, 100, 4096, iteration, 2L << 20, 300));
        };
        a.script = (name, destination) -> waitFor(() -> polls.get() >= 10);
        List<Runnable> modelChanges = new java.util.ArrayList<>();
        MigrationHandle handle = new LiveMigration(fakes).start(vm, hostB, FAST, modelChanges::add);
        MigrationOutcome outcome = handle.await(10, TimeUnit.SECONDS);

        assertEquals(Result.COMPLETED, outcome.result(), outcome.message());
        assertEquals(B, outcome.runningOn());
        assertTrue(outcome.message().startsWith("'vm1' now runs on b: migrated live in "), outcome.message());
        assertSame(hostA, vm.getHost(), "the model changes only on the model's thread");
        modelChanges.forEach(Runnable::run);
        assertSame(hostB, vm.getHost());
        assertEquals(VmState.RUNNING, vm.getState());

        List<TelemetryEvent> events = events();
        assertEquals(EventKind.MIGRATION_START, events.get(0).kind());
        assertEquals(A, events.get(0).text(Attribute.SOURCE));
        assertEquals(B, events.get(0).text(Attribute.DESTINATION));
        List<TelemetryEvent> rounds = events.stream().filter(e -> e.kind() == EventKind.MIGRATION_ROUND).toList();
        assertEquals(List.of(1.0, 2.0, 3.0), rounds.stream().map(e -> e.number(Attribute.ITERATION, -1)).toList());
        assertEquals(10.0 * (1 << 20), rounds.get(0).number(Attribute.BYTES_SENT, -1), "2 MiB per poll, 5 polls");
        assertEquals(409600.0, rounds.get(0).number(Attribute.DIRTY_RATE, -1), "100 pages/s of 4 KiB");
        assertEquals(300_000_000.0, rounds.get(0).number(Attribute.EXPECTED_DOWNTIME, -1));
        assertTrue(fakes.telemetry().query(new TimeRange(0, Long.MAX_VALUE), e -> e.kind() == EventKind.METRIC)
                .size() >= 9, "the statistics stream at the poll rate");
        assertEquals(EventKind.MIGRATION_END, events.get(events.size() - 1).kind());
        assertEquals(B, events.stream().filter(e -> e.kind() == EventKind.PLACEMENT).findFirst().orElseThrow()
                .text(Attribute.HOST));
        assertTrue(b.has("vm1"));
        assertFalse(a.has("vm1"));
    }

    @Test
    void aDestinationLostHalfWayLeavesTheVmOnTheSourceAndTheModelAsItWas() throws Exception {
        a.jobs = name -> Optional.of(new JobProgress(true, 5, 1, 1, 1, 1, 1, 1, 0, 4096, 1, 1, 300));
        a.script = (name, destination) -> {
            destination.setDown(true);
            throw new HypervisorException(Reason.OTHER, "Cannot migrate domain 'vm1': libvirt reported: operation "
                    + "failed: job 'migration out' failed: Unable to write to socket.");
        };
        List<Runnable> modelChanges = new java.util.ArrayList<>();
        MigrationOutcome outcome = new LiveMigration(fakes).start(vm, hostB, FAST, modelChanges::add)
                .await(10, TimeUnit.SECONDS);
        assertEquals(Result.FAILED, outcome.result());
        assertEquals(A, outcome.runningOn());
        assertTrue(outcome.message().startsWith("Cannot migrate domain 'vm1': libvirt reported: operation failed"),
                outcome.message());
        assertTrue(outcome.message().contains("The VM is still running on a."), outcome.message());
        assertTrue(outcome.message().contains("b could not be checked for a half-migrated copy"), outcome.message());
        modelChanges.forEach(Runnable::run);
        assertSame(hostA, vm.getHost());
        TelemetryEvent failed = events().get(events().size() - 1);
        assertEquals(EventKind.MIGRATION_FAILED, failed.kind());
    }

    @Test
    void cancellingAbortsTheJobAndTheVmStays() throws Exception {
        a.jobs = name -> Optional.of(new JobProgress(true, 5, 1, 1, 1, 1, 1, 1, 0, 4096, 1, 1, 300));
        a.script = (name, destination) -> waitFor(() -> a.aborted);
        MigrationHandle handle = new LiveMigration(fakes).start(vm, hostB, FAST, Runnable::run);
        waitFor(() -> handle.latest().isPresent());
        handle.cancel();
        MigrationOutcome outcome = handle.await(10, TimeUnit.SECONDS);
        assertEquals(Result.CANCELLED, outcome.result());
        assertEquals("The migration of 'vm1' was cancelled. The VM is still running on a. Nothing of it is left on b.",
                outcome.message());
        assertSame(hostA, vm.getHost());
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingStarts() {
        VirtualMachine unplaced = vm(null);
        assertEquals("VM 'vm1' is not placed on a host: there is nothing to migrate.",
                assertThrows(IllegalArgumentException.class,
                        () -> new LiveMigration(fakes).start(unplaced, hostB, FAST, Runnable::run)).getMessage());
        Host twin = host("twin", A);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new LiveMigration(fakes).start(vm, twin, FAST, Runnable::run)).getMessage()
                .contains("have the same libvirt URI"));
    }

    @Test
    void theTestDriverCannotMigrateAndTheUserIsToldWhereTheVmIs() throws Exception {
        String domains = "<domain type='test'><name>vm1</name><memory>65536</memory><os><type>hvm</type></os></domain>";
        String from = TestNodes.node(dir, "from", 2, domains);
        String to = TestNodes.node(dir, "to", 2, "");
        try (ConnectionManager manager = ConnectionManager.libvirt(new TelemetryStore())) {
            MigrationOutcome outcome = new LiveMigration(manager).start("vm1", from, to, FAST, o -> {
            }).await(10, TimeUnit.SECONDS);
            assertEquals(Result.FAILED, outcome.result());
            assertTrue(outcome.message().startsWith("Cannot migrate domain 'vm1' from " + from + " to " + to
                    + ": this hypervisor does not support it ("), outcome.message());
            assertTrue(outcome.message().endsWith("The VM is still running on " + from + ". Nothing of it is left on "
                    + to + "."), outcome.message());
            assertEquals(from, outcome.runningOn());
            List<TelemetryEvent> failed = manager.telemetry().query(new TimeRange(0, Long.MAX_VALUE),
                    e -> e.kind() == EventKind.MIGRATION_FAILED);
            assertEquals(1, failed.size());
            MigrationOutcome missing = new LiveMigration(manager).start("nope", from, to, FAST, o -> {
            }).await(10, TimeUnit.SECONDS);
            assertNull(missing.runningOn());
            assertTrue(missing.message().startsWith("Cannot find domain 'nope' on " + from), missing.message());
        }
    }

    /** The migration's events about vm1, without the statistics samples. */
    private List<TelemetryEvent> events() {
        return fakes.telemetry().query(new TimeRange(0, Long.MAX_VALUE),
                e -> e.subject().equals("vm/vm1") && e.kind() != EventKind.METRIC);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Host host(String id, String uri) {
        Host h = OrreryFactory.eINSTANCE.createHost();
        h.setId(id);
        h.setName(id);
        h.setLibvirtUri(uri);
        return h;
    }

    private static VirtualMachine vm(Host host) {
        VirtualMachine v = OrreryFactory.eINSTANCE.createVirtualMachine();
        v.setName("vm1");
        VirtualCpu c = OrreryFactory.eINSTANCE.createVirtualCpu();
        v.getVcpus().add(c);
        v.setHost(host);
        v.setState(VmState.RUNNING);
        return v;
    }
}
