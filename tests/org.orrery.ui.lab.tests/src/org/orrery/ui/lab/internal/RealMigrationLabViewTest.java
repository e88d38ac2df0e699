package org.orrery.ui.lab.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.MigrationSettings;
import org.orrery.libvirt.migrate.MigrationHandle;
import org.orrery.libvirt.migrate.MigrationOutcome;
import org.orrery.libvirt.testing.QemuLab;
import org.orrery.libvirt.testing.TwoDaemonWorld;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.lab.LabActions;
import org.orrery.ui.testing.UiTestSupport;

/**
 * The Lab view while a real QEMU guest migrates live between two libvirt daemons on this machine,
 * started from the workbench's own action (what the Migrate dialog and the diagram call): the
 * screenshot {@code lab-view-real-migration.png} shows the migration's progress line and both
 * hosts; when it ends, the model file has the VM on its new host and the view lists it there.
 * Needs what the real-QEMU tests need (root, libvirt's QEMU driver); {@code -DskipQemuTests}
 * skips it, otherwise a machine without them fails it with the reason.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class RealMigrationLabViewTest {

    @TempDir
    Path dir;

    @Test
    void theLabViewShowsARealMigrationAndTheModelFollows() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("orrery.skipQemuTests"), "skipped with -DskipQemuTests");
        String missing = QemuLab.missingPrerequisite();
        if (missing != null) {
            fail("cannot show the Lab view during a real migration: " + missing);
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1280, 800);
        IProject project = LabFixtures.project("qemu-lab");
        try (QemuLab lab = QemuLab.start(dir)) {
            World world = TwoDaemonWorld.of(lab);
            TwoDaemonWorld.vm(world, "tiny", TwoDaemonWorld.host(world, QemuLab.SOURCE));
            IFile file = LabFixtures.save(project, "two-daemons.orrery", world);
            world = ModelTarget.load(file, List.of()).world();
            VirtualMachine tiny = (VirtualMachine) world.eResource().getEObject("tiny");
            TwoDaemonWorld.startWithPayload(LabSession.get().manager().connect(tiny.getHost().getLibvirtUri()), tiny,
                    lab);
            LabSession.get().watch(file, world);
            LabView.showIn(window);
            LabView view = (LabView) window.getActivePage().findView(LabView.ID);
            UiTestSupport.waitUntil("tiny running in the Lab view", 30_000,
                    () -> view.rows().stream().anyMatch(r -> r.startsWith("  tiny | running")));
            UiTestSupport.pump(2_500); // a few samples: CPU and memory lines

            MigrationHandle handle = LabActions.startMigration(file, "tiny", QemuLab.DESTINATION,
                    MigrationSettings.DEFAULTS.withBandwidth(1).withMigrationUri("tcp://127.0.0.1").withTimeout(90));
            UiTestSupport.waitUntil("the migration half-way", 60_000, () -> handle.isDone()
                    || handle.latest().map(p -> p.memoryProcessed() > (4 << 20)).orElse(false));
            UiTestSupport.pump(700); // the view's next refresh
            assertTrue(view.migrationLine().startsWith("tiny: src → dst — iteration "), view.migrationLine());
            UiTestSupport.save(UiTestSupport.capture(window.getShell()), "lab-view-real-migration-workbench");
            // as a user watching a lab would: the view maximized (double-click on its tab)
            var page = window.getActivePage();
            page.setPartState(page.findViewReference(LabView.ID), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
            UiTestSupport.pump(700);
            UiTestSupport.save(UiTestSupport.capture(window.getShell()), "lab-view-real-migration");
            UiTestSupport.rootScreenshot("lab-view-real-migration-import");

            MigrationOutcome outcome = handle.await(90, TimeUnit.SECONDS);
            assertEquals(MigrationOutcome.Result.COMPLETED, outcome.result(), outcome.message());
            UiTestSupport.waitUntil("tiny under dst in the Lab view", 20_000, () -> {
                List<String> rows = view.rows();
                int dst = indexOf(rows, QemuLab.DESTINATION + "  —  ");
                return dst >= 0 && rows.size() > dst + 1 && rows.get(dst + 1).startsWith("  tiny | running");
            });
            UiTestSupport.waitUntil("the model file written", 10_000, () -> hostInFile(file).equals(QemuLab.DESTINATION));
            UiTestSupport.pump(1_000);
            UiTestSupport.save(UiTestSupport.capture(window.getShell()), "lab-view-after-real-migration");
        } finally {
            LabFixtures.cleanUp(window, project);
        }
    }

    private static int indexOf(List<String> rows, String prefix) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String hostInFile(IFile file) {
        try {
            World w = OrreryResources.load(Path.of(file.getLocation().toOSString()));
            return ((VirtualMachine) w.eResource().getEObject("tiny")).getHost().getId();
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
