package org.orrery.ui.lab.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.model.NamedElement;
import org.orrery.model.World;
import org.orrery.model.notation.Node;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.OrreryUi;
import org.orrery.ui.testing.RealMouse;
import org.orrery.ui.testing.UiTestSupport;

/**
 * Dragging a VM onto another host in the deployment diagram, in the Run perspective, asks for its
 * live migration: on libvirt's test driver (the teaching lab launched on four test hosts), web1
 * dragged with the mouse from a1 onto b1 opens the Migrate dialog with web1 and b1 chosen;
 * confirming it runs the migration, which the test driver refuses, and the model keeps web1 on a1.
 * In the Design perspective the same drag edits the model (the diagram's own tests).
 */
class DiagramDragMigrationTest {

    @TempDir
    Path dir;
    private IProject project;
    private IWorkbenchWindow window;

    @BeforeEach
    void setUp() throws Exception {
        project = LabFixtures.project("lab-drag");
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1280, 800);
        window.getShell().forceActive();
    }

    @AfterEach
    void tearDown() throws Exception {
        window.getActivePage().closeAllEditors(false);
        window.getActivePage().setPerspective(
                PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(OrreryUi.DESIGN_PERSPECTIVE_ID));
        LabFixtures.cleanUp(window, project);
    }

    @Test
    void aVmDraggedToAnotherHostInTheRunPerspectiveAsksToMigrateIt() throws Exception {
        IFile file = LabFixtures.launchedTeachingLab(project, dir);

        IWorkbenchPage page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(OrreryUi.RUN_PERSPECTIVE_ID));
        IEditorPart editor = IDE.openEditor(page, file);
        assertEquals("org.orrery.ui.diagram.editor", editor.getSite().getId(), "the deployment diagram opens the model");
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        GraphicalViewer viewer = editor.getAdapter(GraphicalViewer.class);
        ((org.eclipse.gef.editparts.ZoomManager) editor.getAdapter(org.eclipse.gef.editparts.ZoomManager.class)).setZoom(0.5);
        UiTestSupport.pump(300);
        assertEquals(false, editor.isDirty(), "opened clean");

        AtomicReference<List<String>> chosen = new AtomicReference<>();
        LabFixtures.whenShell(Messages.Migrate_title, dialog -> {
            chosen.set(comboTexts(dialog, new ArrayList<>()));
            save(dialog, "lab-diagram-drag-migrate-dialog");
            LabFixtures.press(dialog, Messages.Migrate_button);
        });
        AtomicReference<String> outcome = new AtomicReference<>();
        var reported = LabFixtures.whenShell(Messages.Migrate_reportTitle, dialog -> {
            outcome.set(String.join(" / ", UiTestSupport.texts(dialog)));
            LabFixtures.press(dialog, "OK");
        });

        Rectangle from = onCanvas(part(viewer, "web1"));
        Rectangle to = onCanvas(part(viewer, "b1"));
        Control canvas = viewer.getControl();
        assertEquals(false, editor.isDirty(), "clean before the drag");
        RealMouse.drag(canvas, new Point(from.x + from.width / 2, from.y + 8), new Point(to.x + 20, to.bottom() - 30));
        UiTestSupport.waitUntil("the Migrate dialog", 10_000, () -> chosen.get() != null);
        assertTrue(chosen.get().get(0).startsWith("web1"), "the dragged VM is chosen: " + chosen.get());
        assertTrue(chosen.get().get(1).startsWith("b1"), "the host it was dropped on is chosen: " + chosen.get());
        UiTestSupport.waitUntil("the migration's report", 30_000, reported::get);
        assertTrue(outcome.get().contains("this hypervisor does not support it"), outcome.get());
        assertEquals(false, editor.isDirty(), "the drop did not edit the diagram's model");
        World after = OrreryResources.load(Path.of(file.getLocation().toOSString()));
        assertEquals("a1", ((org.orrery.model.VirtualMachine) after.eResource().getEObject("web1")).getHost().getId(),
                "the model keeps web1 where it runs");
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
    }

    private static GraphicalEditPart part(GraphicalViewer viewer, String name) {
        for (Object p : viewer.getEditPartRegistry().values()) {
            if (p instanceof GraphicalEditPart g && g.getModel() instanceof Node node
                    && node.getElement() instanceof NamedElement e && name.equals(e.getName())) {
                return g;
            }
        }
        throw new AssertionError("no box " + name);
    }

    private static Rectangle onCanvas(GraphicalEditPart part) {
        Rectangle r = part.getFigure().getBounds().getCopy();
        part.getFigure().translateToAbsolute(r);
        return r;
    }

    private static List<String> comboTexts(Composite parent, List<String> out) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Combo combo) {
                out.add(combo.getText());
            } else if (c instanceof Composite inner) {
                comboTexts(inner, out);
            }
        }
        return out;
    }

    private static void save(org.eclipse.swt.widgets.Shell shell, String name) {
        try {
            UiTestSupport.save(UiTestSupport.capture(shell), name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
