package org.orrery.ui.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.box;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.onCanvas;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.open;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.page;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.sample;

import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.RequestConstants;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orrery.model.VirtualMachine;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.ui.OrreryUi;
import org.orrery.ui.diagram.internal.commands.EmfGefCommand;
import org.orrery.ui.diagram.internal.live.MigrateOnDrop;
import org.orrery.ui.diagram.internal.live.MigrationFigure;
import org.orrery.ui.diagram.internal.parts.ElementPart;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunObject;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * The diagram while a run is watched: a run whose telemetry migrates vm01 of the Shrinker set-up
 * from src1 to dst1 draws the VM's ghost on dst1 with an arrow and its progress, then the VM at
 * dst1 once the migration ended (the model untouched); hosts take the colour of their load, with a
 * legend; no run, no overlay. A RunObject picked in a view selects the box; in the Run perspective
 * a VM dropped on another host asks for a migration instead of editing the model.
 */
class RunOverlayTest extends EditorTestBase {

    private static final long MIB = 1L << 20;

    @AfterEach
    void noRun() {
        RunSessions.show(null);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(OrreryUi.DESIGN_PERSPECTIVE_ID));
    }

    @Test
    void aMigrationOfTheRunIsDrawnAsAGhostWithItsProgressAndHostsTakeTheirLoadColour() throws Exception {
        page().getWorkbenchWindow().getShell().setSize(1280, 800);
        DeploymentEditor editor = open(sample("shrinker-wan-migration.orrery", tmp));
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        ((ZoomManager) editor.getAdapter(ZoomManager.class)).setZoom(0.75);
        UiTestSupport.pump(200);
        ElementPart vm01 = box(editor, "vm01");
        ElementPart src1 = box(editor, "src1");
        ElementPart dst1 = box(editor, "dst1");
        assertTrue(editor.overlay().migrationFigures().isEmpty(), "no run, nothing drawn");
        assertFalse(editor.overlay().legendShown());

        TelemetryStore store = new TelemetryStore();
        store.append(new TelemetryEvent(0, EventKind.METRIC, "host/src1", Map.of(Attribute.VM_COUNT, 8L)));
        store.append(new TelemetryEvent(0, EventKind.METRIC, "host/dst1", Map.of(Attribute.VM_COUNT, 0L)));
        store.append(new TelemetryEvent(1_000, EventKind.MIGRATION_START, "vm/vm01", Map.of(Attribute.SOURCE, "host/src1",
                Attribute.DESTINATION, "host/dst1", Attribute.MEMORY, 1024 * MIB)));
        store.append(new TelemetryEvent(2_000, EventKind.MIGRATION_ROUND, "vm/vm01", Map.of(Attribute.ITERATION, 1L,
                Attribute.BYTES_SENT, 512 * MIB, Attribute.BYTES_REMAINING, 512 * MIB)));
        store.append(new TelemetryEvent(3_000, EventKind.MIGRATION_ROUND, "vm/vm01", Map.of(Attribute.ITERATION, 2L,
                Attribute.BYTES_SENT, 256 * MIB, Attribute.BYTES_REMAINING, 256 * MIB)));
        RunSessions.show(new RunSession("Shrinker run", "simulation", 42, store));
        UiTestSupport.waitUntil("the migration drawn", 3_000, () -> editor.overlay().migrationFigures().size() == 1);
        MigrationFigure moving = editor.overlay().migrationFigures().get(0);
        assertEquals("vm01: round 2, 768 MiB of 1.0 GiB sent", moving.caption());
        assertEquals(0.75, moving.progress(), 1e-9);
        assertFalse(moving.done());
        Rectangle ghost = moving.ghost().getCopy();
        Rectangle dst = dst1.getFigure().getBounds().getCopy();
        dst1.getFigure().translateToAbsolute(dst);
        Rectangle ghostOnCanvas = ghost.getCopy();
        moving.translateToAbsolute(ghostOnCanvas);
        assertTrue(dst.contains(ghostOnCanvas.getCenter()), "the ghost is on dst1: " + ghostOnCanvas + " in " + dst);
        assertTrue(editor.overlay().legendShown(), "the load legend is shown");
        RGB srcFill = src1.nodeFigure().runFill().getRGB();
        RGB dstFill = dst1.nodeFigure().runFill().getRGB();
        assertNotEquals(srcFill, dstFill, "a full host and an idle one look different");
        assertTrue(srcFill.red > srcFill.green, "src1 (8 VMs on 8 CPUs) is red: " + srcFill);
        assertTrue(dstFill.green > dstFill.red, "dst1 (idle) is green: " + dstFill);

        UiTestSupport.pump(300);
        ImageData shot = UiTestSupport.capture(page().getWorkbenchWindow().getShell());
        UiTestSupport.save(shot, "diagram-run-overlay-migrating");
        org.eclipse.swt.graphics.Point corner = page().getWorkbenchWindow().getShell()
                .toControl(editor.viewer().getControl().toDisplay(ghostOnCanvas.x, ghostOnCanvas.y));
        Rectangle inShot = new Rectangle(corner.x, corner.y, ghostOnCanvas.width, ghostOnCanvas.height);
        assertTrue(count(shot, inShot, MigrationFigure.MOVING.getRGB()) > 30, "the ghost's dashed outline and progress bar are on screen");

        // The load changes: dst1 fills up, src1 empties.
        store.append(new TelemetryEvent(4_000, EventKind.METRIC, "host/src1", Map.of(Attribute.VM_COUNT, 0L)));
        store.append(new TelemetryEvent(4_000, EventKind.METRIC, "host/dst1", Map.of(Attribute.VM_COUNT, 8L)));
        store.append(new TelemetryEvent(4_500, EventKind.MIGRATION_END, "vm/vm01", Map.of(Attribute.TOTAL_BYTES,
                1024 * MIB, Attribute.ROUNDS, 2L)));
        UiTestSupport.waitUntil("the migration ended", 3_000,
                () -> editor.overlay().migrationFigures().size() == 1 && editor.overlay().migrationFigures().get(0).done());
        assertEquals("vm01 moved to dst1", editor.overlay().migrationFigures().get(0).caption());
        assertEquals(srcFill, dst1.nodeFigure().runFill().getRGB(), "dst1 now as loaded as src1 was");
        assertEquals(dstFill, src1.nodeFigure().runFill().getRGB(), "src1 now as idle as dst1 was");
        assertEquals("src1", ((VirtualMachine) vm01.element()).getHost().getName(), "a simulated run leaves the model alone");
        assertFalse(editor.isDirty());
        UiTestSupport.pump(300);
        UiTestSupport.save(UiTestSupport.capture(page().getWorkbenchWindow().getShell()), "diagram-run-overlay-done");

        RunSessions.show(null);
        UiTestSupport.waitUntil("the overlay cleared", 3_000, () -> editor.overlay().migrationFigures().isEmpty());
        assertNull(src1.nodeFigure().runFill(), "no run, hosts in their own colours");
        assertFalse(editor.overlay().legendShown());
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void aRunObjectPickedInAViewSelectsItsBox() throws Exception {
        DeploymentEditor editor = open(sample("shrinker-wan-migration.orrery", tmp));
        // A live view whose selection is RunObjects, as the Event Log's when a row is clicked:
        // the workbench's selection service carries it to the editor.
        RunObjectView view = (RunObjectView) page().showView("org.orrery.ui.diagram.tests.pickView");
        page().activate(view);
        UiTestSupport.pump(100);
        view.pick(new RunObject("vm/vm13"));
        UiTestSupport.waitUntil("vm13 selected", 3_000, () -> editor.viewer().getSelectedEditParts().contains(box(editor, "vm13")));
        List<?> selected = editor.viewer().getSelectedEditParts();
        assertEquals(1, selected.size(), "selected " + selected + ", active part " + page().getActivePart() + ", view's selection "
                + view.getSite().getSelectionProvider().getSelection() + ", found " + editor.runSelection().lastFound()
                + ", selectable " + box(editor, "vm13").isSelectable() + ", showing " + box(editor, "vm13").getFigure().isShowing());
        assertSame(box(editor, "vm13"), selected.get(0));
        view.pick(new RunObject("host/dst4"));
        UiTestSupport.waitUntil("dst4 selected", 3_000, () -> editor.viewer().getSelectedEditParts().contains(box(editor, "dst4")));
        assertSame(box(editor, "dst4"), editor.viewer().getSelectedEditParts().get(0));
        view.pick(new RunObject("vm/unknown"));
        UiTestSupport.pump(100);
        assertSame(box(editor, "dst4"), editor.viewer().getSelectedEditParts().get(0), "an unknown subject changes nothing");
        page().hideView(view);
    }

    @Test
    void aRowClickedInTheEventLogSelectsItsObjectInTheDiagram() throws Exception {
        DeploymentEditor editor = open(sample("shrinker-wan-migration.orrery", tmp));
        TelemetryStore store = new TelemetryStore();
        store.append(new TelemetryEvent(0, EventKind.METRIC, "host/src2", Map.of(Attribute.VM_COUNT, 4L)));
        store.append(new TelemetryEvent(1_000, EventKind.MIGRATION_START, "vm/vm06", Map.of(Attribute.SOURCE, "host/src2",
                Attribute.DESTINATION, "host/dst3", Attribute.MEMORY, 1024 * MIB)));
        RunSessions.show(new RunSession("Event log run", "simulation", 1, store));
        org.eclipse.ui.IViewPart log = page().showView("org.orrery.ui.views.eventLog");
        page().activate(log);
        org.eclipse.swt.widgets.Table table = find((org.eclipse.swt.widgets.Composite) ((org.eclipse.ui.part.ViewPart) log)
                .getSite().getShell(), log);
        // the table's items are a page of rows, filled on the log's next refresh
        UiTestSupport.waitUntil("the log's rows", 3_000, () -> table.getItemCount() >= 2
                && !table.getItem(1).getText(2).isEmpty());
        int row = -1;
        for (int i = 0; i < table.getItemCount(); i++) {
            if ("vm/vm06".equals(table.getItem(i).getText(2))) {
                row = i;
            }
        }
        assertTrue(row >= 0, "a row about vm06");
        table.setSelection(row);
        table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiTestSupport.waitUntil("vm06 selected", 3_000, () -> editor.viewer().getSelectedEditParts().contains(box(editor, "vm06")));
        page().hideView(log);
    }

    /** The Event Log's table: the one table of the view's part control. */
    private static org.eclipse.swt.widgets.Table find(org.eclipse.swt.widgets.Composite shell, org.eclipse.ui.IViewPart log) {
        java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>(List.of(shell.getChildren()));
        while (!todo.isEmpty()) {
            org.eclipse.swt.widgets.Control c = todo.pop();
            if (c instanceof org.eclipse.swt.widgets.Table t && t.getColumnCount() == 4 && "Object".equals(t.getColumn(2).getText())) {
                return t;
            }
            if (c instanceof org.eclipse.swt.widgets.Composite inner) {
                todo.addAll(List.of(inner.getChildren()));
            }
        }
        throw new AssertionError("no event table in " + log.getTitle());
    }

    @Test
    void inTheRunPerspectiveAVmDroppedOnAnotherHostAsksForItsMigration() throws Exception {
        DeploymentEditor editor = open(sample("shrinker-wan-migration.orrery", tmp));
        ElementPart vm01 = box(editor, "vm01");
        ElementPart dst2 = box(editor, "dst2");
        assertInstanceOf(EmfGefCommand.class, dropOn(vm01, dst2), "designing: the drop edits the model");
        page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(OrreryUi.RUN_PERSPECTIVE_ID));
        UiTestSupport.pump(200);
        MigrateOnDrop.Request request = assertInstanceOf(MigrateOnDrop.Request.class, dropOn(vm01, dst2),
                "watching a run: the drop asks for a migration");
        assertSame(vm01.element(), request.vm());
        assertSame(dst2.element(), request.destination());
        assertFalse(request.canUndo(), "a migration is not an edit of the file");
        assertEquals("src1", ((VirtualMachine) vm01.element()).getHost().getName());
    }

    @Test
    void whenAMigrationMovesTheVmInTheFileTheDiagramShowsTheFileAsItIsNow() throws Exception {
        org.eclipse.core.resources.IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                .getProject("follow");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        try {
            java.nio.file.Path copy = sample("teaching-lab.orrery", tmp);
            org.eclipse.core.resources.IFile file = project.getFile("lab.orrery");
            java.nio.file.Files.copy(copy, java.nio.file.Path.of(file.getLocation().toOSString()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            file.refreshLocal(0, null);
            org.eclipse.ui.IEditorPart opened = org.eclipse.ui.ide.IDE.openEditor(page(), file);
            DeploymentEditor editor = assertInstanceOf(DeploymentEditor.class, opened);
            editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
            UiTestSupport.pump(300);
            assertSame(editor, page().getActiveEditor(), "its own save is no news to the editor");

            // What the Lab does when web1's migration to b1 ends: the model file, written and refreshed.
            java.nio.file.Path path = java.nio.file.Path.of(file.getLocation().toOSString());
            org.orrery.model.World world = org.orrery.model.persistence.OrreryResources.load(path);
            VirtualMachine web1 = (VirtualMachine) world.eResource().getEObject("web1");
            web1.setHost((org.orrery.model.Host) world.eResource().getEObject("b1"));
            org.orrery.model.persistence.OrreryResources.save(world, path);
            file.refreshLocal(0, null);
            UiTestSupport.waitUntil("the editor showing the file as it is now", 5_000,
                    () -> page().getActiveEditor() instanceof DeploymentEditor d && d != editor);
            DeploymentEditor now = (DeploymentEditor) page().getActiveEditor();
            assertEquals("b1", ((org.orrery.model.NamedElement) ((ElementPart) box(now, "web1").getParent()).element()).getName(),
                    "web1 is drawn on b1");
            assertFalse(now.isDirty());
        } finally {
            page().closeAllEditors(false);
            project.delete(true, null);
        }
    }

    private static Command dropOn(ElementPart vm, ElementPart host) {
        ChangeBoundsRequest add = new ChangeBoundsRequest(RequestConstants.REQ_ADD);
        add.setEditParts(vm);
        Rectangle target = onCanvas(host);
        add.setLocation(new org.eclipse.draw2d.geometry.Point(target.x + 10, target.bottom() - 20));
        add.setMoveDelta(new org.eclipse.draw2d.geometry.Point(target.x + 10 - onCanvas(vm).x, target.bottom() - 20 - onCanvas(vm).y));
        EditPart part = host;
        return part.getCommand(add);
    }

    private static int count(ImageData shot, Rectangle r, RGB rgb) {
        int n = 0;
        for (int y = Math.max(0, r.y); y < Math.min(shot.height, r.bottom()); y++) {
            for (int x = Math.max(0, r.x); x < Math.min(shot.width, r.right()); x++) {
                if (rgb.equals(shot.palette.getRGB(shot.getPixel(x, y)))) {
                    n++;
                }
            }
        }
        return n;
    }
}
