package org.orrery.ui.lab.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.lab.LabActions;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunSessions;

/**
 * The lab UI on libvirt's test driver, in the real workbench: Run &gt; Launch's preview, job and
 * report; the Lab view with its hosts, domains and sparklines; the Migrate dialog and what the
 * user is told when a host cannot migrate; Discover into a new file. Screenshots go to
 * target/screenshots.
 */
class LabUiTest {

    @TempDir
    Path dir;
    private IProject project;
    private IWorkbenchWindow window;

    @BeforeEach
    void setUp() throws Exception {
        project = LabFixtures.project("lab");
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1280, 800);
    }

    @AfterEach
    void tearDown() throws Exception {
        LabFixtures.cleanUp(window, project);
    }

    @Test
    void launchShowsThePlanRunsAsAJobReportsAndTheLabViewWatches() throws Exception {
        IFile file = LabFixtures.teachingLab(project, dir);
        Shell shell = window.getShell();
        AtomicReference<String> summary = new AtomicReference<>();
        AtomicBoolean previewed = LabFixtures.whenShell(Messages.Launch_title, dialog -> {
            Table steps = LabFixtures.find(dialog, Table.class, t -> true);
            assertEquals(3 + 1 + 14 + 10 + 2, steps.getItemCount(),
                    "3 networks, 1 needed network, 14 disk files (10 disks, an image stand-in on each of the 4 test "
                            + "hosts), 10 domains, 2 left out");
            steps.setSelection(4 + 14);
            steps.notifyListeners(SWT.Selection, selectionOf(steps, 4 + 14));
            Text xml = LabFixtures.find(dialog, Text.class, t -> t.getText().startsWith("<domain"));
            assertNotNull(xml, "the selected step's XML is shown");
            summary.set(LabFixtures.find(dialog, Text.class, t -> t.getText().startsWith("Will define")) == null ? ""
                    : "shown");
            save(dialog, "lab-launch-plan-preview");
            LabFixtures.press(dialog, Messages.Launch_button);
        });
        AtomicReference<String> statement = new AtomicReference<>();
        AtomicBoolean reported = LabFixtures.whenShell(Messages.Launch_reportTitle, dialog -> {
            statement.set(LabFixtures.find(dialog, Label.class, l -> l.getText().startsWith("Launched")) == null ? ""
                    : LabFixtures.find(dialog, Label.class, l -> l.getText().startsWith("Launched")).getText());
            save(dialog, "lab-launch-report");
            LabFixtures.press(dialog, "OK");
        });
        LaunchHandler.launch(shell, window, ModelTarget.load(file, List.of()));
        assertTrue(previewed.get(), "the plan was previewed");
        UiTestSupport.waitUntil("the launch report", 30_000, reported::get);
        assertEquals("Launched: defined 3 networks and 10 domains on 4 hosts (10 started).", statement.get());
        assertEquals("shown", summary.get(), "the plan's summary heads the preview");

        LabView view = (LabView) page().findView(LabView.ID);
        assertNotNull(view, "the Lab view opened");
        assertEquals("org.orrery.ui.perspective.run", page().getPerspective().getId());
        UiTestSupport.waitUntil("the lab's domains in the view", 20_000,
                () -> view.rows().stream().filter(r -> r.contains(" | running | ")).count() == 10);
        UiTestSupport.pump(3_500); // three samples: the sparklines have lines
        List<String> rows = view.rows();
        assertTrue(rows.get(0).startsWith("a1  —  test://"), rows.toString());
        assertTrue(rows.get(0).contains(" | connected, 3 active"), rows.toString());
        assertTrue(rows.contains(rows.stream().filter(r -> r.startsWith("  web1 | running | 1 on cpu")).findFirst()
                .orElse("no web1 row in " + rows)));
        assertEquals(RunSessions.current().store(), LabSession.get().store(), "the event log shows the lab");
        ImageData shot = UiTestSupport.capture(window.getShell());
        UiTestSupport.save(shot, "lab-view-teaching-lab");
        Tree tree = LabFixtures.find(window.getShell(), Tree.class, t -> t.getColumnCount() == 7);
        Rectangle cpuCell = tree.getItem(0).getItem(0).getBounds(4);
        org.eclipse.swt.graphics.Point origin = tree.toDisplay(cpuCell.x, cpuCell.y);
        Rectangle inShot = new Rectangle(origin.x - window.getShell().getBounds().x, origin.y
                - window.getShell().getBounds().y, cpuCell.width, cpuCell.height);
        assertTrue(UiTestSupport.distinctColours(shot, inShot) > 3, "a sparkline is drawn");
    }

    @Test
    void theMigrateDialogChecksItsFieldsAndATestHostSaysItCannotMigrate() throws Exception {
        IFile file = LabFixtures.launchedTeachingLab(project, dir);
        AtomicReference<String> error = new AtomicReference<>();
        AtomicBoolean asked = LabFixtures.whenShell(Messages.Migrate_title, dialog -> {
            Text bandwidth = LabFixtures.find(dialog, Text.class, t -> t.getText().equals("0"));
            bandwidth.setText("fast");
            error.set(((MigrateDialog) dialog.getData()).error());
            bandwidth.setText("50");
            save(dialog, "lab-migrate-dialog");
            LabFixtures.press(dialog, Messages.Migrate_button);
        });
        AtomicReference<String> outcome = new AtomicReference<>();
        AtomicBoolean reported = LabFixtures.whenShell(Messages.Migrate_reportTitle, dialog -> {
            outcome.set(String.join(" / ", org.orrery.ui.testing.UiTestSupport.texts(dialog)));
            save(dialog, "lab-migration-refused");
            LabFixtures.press(dialog, "OK");
        });
        assertNotNull(LabActions.migrate(window.getShell(), file, "web1", "b1"));
        assertTrue(asked.get());
        assertEquals("Bandwidth cap (MiB/s, 0 = none) must be a whole number from 0 to 100000.", error.get());
        UiTestSupport.waitUntil("the migration's report", 30_000, reported::get);
        assertTrue(outcome.get().contains("this hypervisor does not support it"), outcome.get());
        assertTrue(outcome.get().contains("The VM is still running on a1."), outcome.get());
        World after = OrreryResources.load(Path.of(file.getLocation().toOSString()));
        assertEquals("a1", ((org.orrery.model.VirtualMachine) after.eResource().getEObject("web1")).getHost().getId(),
                "the model keeps web1 where it runs");
    }

    @Test
    void discoverChecksTheUriAndWritesANewModelBesideTheOthers() throws Exception {
        String uri = LabFixtures.node(dir, "found", 2);
        List<String> errors = new ArrayList<>();
        AtomicReference<String> chosen = new AtomicReference<>();
        LabFixtures.whenShell(Messages.Discover_title, dialog -> {
            DiscoverDialog d = (DiscoverDialog) dialog.getData();
            d.setUri("xen:///system");
            errors.add(String.valueOf(d.getErrorMessage()));
            d.setUri(uri);
            errors.add(String.valueOf(d.getErrorMessage()));
            save(dialog, "lab-discover-dialog");
            LabFixtures.press(dialog, "OK");
        });
        DiscoverDialog dialog = new DiscoverDialog(window.getShell(), null);
        assertEquals(DiscoverDialog.OK, dialog.open());
        chosen.set(dialog.uri());
        assertTrue(errors.get(0).startsWith("'xen:///system' is not a hypervisor URI Orrery accepts."), errors.get(0));
        assertEquals("null", errors.get(1));
        assertEquals(uri, chosen.get());
        AtomicBoolean reported = LabFixtures.whenShell(Messages.Discover_reportTitle, d -> LabFixtures.press(d, "OK"));
        DiscoverHandler.schedule(window.getShell(), window, uri, null, project).join();
        UiTestSupport.waitUntil("the discovery report", 20_000, reported::get);
        IFile found = java.util.Arrays.stream(project.members()).filter(r -> r.getName().startsWith("discovered-"))
                .map(IFile.class::cast).findFirst().orElseThrow();
        World world = OrreryResources.load(Path.of(found.getLocation().toOSString()));
        assertEquals(uri, world.getClouds().get(0).getSites().get(0).getHosts().get(0).getLibvirtUri());
    }

    private static org.eclipse.swt.widgets.Event selectionOf(Table table, int row) {
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.item = table.getItem(row);
        return e;
    }

    private static void save(Shell dialog, String name) {
        try {
            UiTestSupport.save(UiTestSupport.capture(dialog), name);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private IWorkbenchPage page() {
        return window.getActivePage();
    }
}
