package org.orrery.ui.views.internal.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.MigrationSettings;
import org.orrery.libvirt.migrate.LiveMigration;
import org.orrery.libvirt.migrate.MigrationHandle;
import org.orrery.libvirt.migrate.MigrationOutcome;
import org.orrery.libvirt.monitor.LabHost;
import org.orrery.libvirt.monitor.LabMonitor;
import org.orrery.libvirt.testing.QemuLab;
import org.orrery.libvirt.testing.TwoDaemonWorld;
import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;
import org.orrery.telemetry.MigrationRecord;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * A real QEMU live migration between two libvirt daemons on this machine (the libvirt issue's
 * harness), driven through Orrery's own API and drawn live in the Migration Timeline: the lane
 * appears while the migration runs, gains libvirt's iterations as rounds, and ends with the totals
 * libvirt reported. Needs what the real-QEMU tests need (root, libvirt's QEMU driver);
 * {@code -DskipQemuTests} skips it.
 */
class RealMigrationTimelineTest {

    @TempDir
    Path dir;

    @AfterEach
    void noRun() {
        RunSessions.show(null);
    }

    @Test
    void aRealMigrationIsDrawnLiveInTheTimeline() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("orrery.skipQemuTests"), "skipped with -DskipQemuTests");
        String missing = QemuLab.missingPrerequisite();
        if (missing != null) {
            fail("cannot draw a real migration: " + missing);
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective("org.orrery.ui.perspective.run", window);
        TelemetryStore store = new TelemetryStore();
        try (QemuLab lab = QemuLab.start(dir); ConnectionManager manager = ConnectionManager.libvirt(store)) {
            World world = TwoDaemonWorld.of(lab);
            Host src = TwoDaemonWorld.host(world, QemuLab.SOURCE);
            Host dst = TwoDaemonWorld.host(world, QemuLab.DESTINATION);
            VirtualMachine tiny = TwoDaemonWorld.vm(world, "tiny", src);
            TwoDaemonWorld.startWithPayload(manager.connect(src.getLibvirtUri()), tiny, lab);
            LabMonitor monitor = new LabMonitor(manager, List.of(
                    new LabHost(QemuLab.SOURCE, QemuLab.SOURCE, src.getLibvirtUri()),
                    new LabHost(QemuLab.DESTINATION, QemuLab.DESTINATION, dst.getLibvirtUri())));
            monitor.start(250);
            try {
                RunSessions.show(new RunSession("Lab: two QEMU daemons", "libvirt", -1, store));
                TimelineView view = (TimelineView) page.showView(TimelineView.ID);

                // 2 MiB/s over an 8 MiB payload: several seconds, time to watch it go
                MigrationSettings settings = MigrationSettings.DEFAULTS.withMigrationUri("tcp://127.0.0.1")
                        .withBandwidth(2).withPollMillis(100).withTimeout(90);
                MigrationHandle handle = new LiveMigration(manager).start(tiny, dst, settings, Runnable::run);
                // (the view takes up the new run asynchronously: wait for tiny's lane, not for any lane)
                UiTestSupport.waitUntil("the lane of the running migration", 30_000, () -> lane(view) != null);
                // the lane is there while libvirt still migrates: drawn live, its round under way growing
                boolean sawItLive = !handle.isDone();
                UiTestSupport.waitUntil("the migration half-way", 60_000, () -> handle.isDone()
                        || handle.latest().map(p -> p.memoryProcessed() > (4 << 20)).orElse(false));
                UiTestSupport.pump(500);
                UiTestSupport.save(UiTestSupport.capture(window.getShell()), "timeline-real-migration-live");

                MigrationOutcome outcome = handle.await(120, TimeUnit.SECONDS);
                assertEquals(MigrationOutcome.Result.COMPLETED, outcome.result(), outcome.message());
                UiTestSupport.waitUntil("the lane's end", 10_000,
                        () -> lane(view).outcome() == MigrationRecord.Outcome.COMPLETED);
                UiTestSupport.pump(500);
                UiTestSupport.save(UiTestSupport.capture(window.getShell()), "timeline-real-migration-done");
                assertTrue(sawItLive, "the lane was on screen before the migration ended");
                assertEquals(1, view.model().lanes().size(), "one migration in this run");
                MigrationLane done = lane(view);
                assertTrue(done.totalRounds() >= 1, "at least one iteration: " + done.totalRounds());
                // the lane's total is libvirt's own figure for the migration, within a page per round
                assertEquals((double) outcome.bytes(), (double) done.totalBytes(), 4096.0 * (done.totalRounds() + 1),
                        "bytes: libvirt " + outcome.bytes() + ", timeline " + done.totalBytes());
                System.out.println("timeline of a real migration: " + done.totalRounds() + " rounds, "
                        + done.totalBytes() + " bytes, downtime " + done.downtime() + " ns; libvirt: " + outcome.message());
            } finally {
                monitor.close();
            }
        }
    }

    private static MigrationLane lane(TimelineView view) {
        return view.model().lanes().stream().filter(l -> l.subject().equals("vm/tiny")).findFirst().orElse(null);
    }
}
