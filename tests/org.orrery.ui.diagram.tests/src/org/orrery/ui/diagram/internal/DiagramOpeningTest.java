package org.orrery.ui.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.box;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.count;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.lines;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.open;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.page;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.pixels;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;
import org.orrery.model.notation.Node;
import org.orrery.ui.diagram.internal.figures.KindStyle;
import org.orrery.ui.diagram.internal.parts.ElementPart;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;
import org.orrery.ui.diagram.internal.structure.NodeKind;
import org.orrery.ui.testing.UiTestSupport;

/**
 * Opening .orrery files: the samples open with an automatic layout and every element drawn,
 * nested as the model nests them, with every kind of line; paper set-ups look right on screen;
 * unreadable files open as a problem page and stay untouched; a stale layout is corrected with a notice.
 */
class DiagramOpeningTest extends EditorTestBase {

    @BeforeEach
    void bigWindow() {
        page().getWorkbenchWindow().getShell().setSize(1280, 800);
    }


    @Test
    void theTeachingLabIsDrawnNestedWithEveryLineAndANotice() throws Exception {
        DeploymentEditor editor = open(sample("teaching-lab.orrery", tmp));
        assertNull(editor.loadProblem());
        assertTrue(editor.notice() != null && editor.notice().contains("arranged automatically"), editor.notice());

        assertEquals(1, count(editor, NodeKind.CLOUD));
        assertEquals(2, count(editor, NodeKind.SITE));
        assertEquals(4, count(editor, NodeKind.HOST));
        assertEquals(2, count(editor, NodeKind.ROUTER));
        assertEquals(1, count(editor, NodeKind.DATASTORE));
        assertEquals(11, count(editor, NodeKind.VIRTUAL_MACHINE));
        assertEquals(1, count(editor, NodeKind.CLONE));
        assertEquals(1, count(editor, NodeKind.SUBSTRATE_POOL));
        assertEquals(3, count(editor, NodeKind.SUBSTRATE));
        assertEquals(1, count(editor, NodeKind.OVERLAY));
        assertEquals(3, count(editor, NodeKind.SWITCH_DAEMON));
        assertEquals(1, count(editor, NodeKind.PHONE));
        assertEquals(2, count(editor, NodeKind.PHONE_INSTANCE));

        // Nesting: a VM inside the host it runs on, that host inside its site, inside the cloud.
        ElementPart web1 = box(editor, "web1");
        assertSame(box(editor, "a1"), web1.getParent());
        assertSame(box(editor, "Room A"), web1.getParent().getParent());
        assertSame(box(editor, "Lab cloud"), web1.getParent().getParent().getParent());
        assertSame(box(editor, "Lab cloud"), box(editor, "spare1").getParent(), "an unplaced VM is drawn in its cloud");
        assertSame(box(editor, "Student phone"), box(editor, "personal").getParent());
        assertSame(box(editor, "Lab substrate pool"), box(editor, "web-server").getParent());
        assertTrue(onScreenInside(web1, box(editor, "a1")), "the VM's box lies inside its host's box");

        assertEquals(5, lines(editor, ConnectionKind.NETWORK_LINK).size());
        assertEquals(11, lines(editor, ConnectionKind.OVERLAY_MEMBERSHIP).size());
        assertEquals(1, lines(editor, ConnectionKind.CLONE_OF).size());
        assertEquals(3, lines(editor, ConnectionKind.ACTIVATED_FROM).size());
        assertEquals(3, lines(editor, ConnectionKind.TUNNEL).size());
        assertTrue(lines(editor, ConnectionKind.NETWORK_LINK).stream().anyMatch(l -> "1 Gbit/s, 0.5 ms"
                .equals(l.lineFigure().labelText())), "the WAN link between the rooms shows its bandwidth and latency");

        // The lab validates clean: no marks.
        assertEquals(0, editor.validation().errors());
        // The Outline view shows the diagram in miniature.
        var outlineView = (org.eclipse.ui.views.contentoutline.ContentOutline) page()
                .showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
        page().activate(editor);
        UiTestSupport.pump(200);
        ThumbnailOutline outline = org.junit.jupiter.api.Assertions.assertInstanceOf(ThumbnailOutline.class,
                outlineView.getCurrentPage());
        assertTrue(outline.thumbnail().getPreferredSize().width > 0, "the miniature shows the diagram");
        ImageData shot = screenshot(editor, "diagram-teaching-lab", 1.0);
        assertTrue(pixels(shot, KindStyle.of(NodeKind.CLOUD).fill().getRGB()) > 5_000, "cloud fill not on screen");
        assertTrue(pixels(shot, KindStyle.of(NodeKind.HOST).fill().getRGB()) > 5_000, "host fill not on screen");
        assertTrue(pixels(shot, KindStyle.of(NodeKind.VIRTUAL_MACHINE).fill().getRGB()) > 2_000, "VM fill not on screen");
        assertTrue(pixels(shot, KindStyle.PCPU.getRGB()) > 200, "pCPU cells not on screen");
        screenshot(editor, "diagram-teaching-lab-fit", -1);
    }

    @Test
    void aPaperSetUpOpens() throws Exception {
        DeploymentEditor editor = open(sample("shrinker-wan-migration.orrery", tmp));
        assertNull(editor.loadProblem());
        assertTrue(count(editor, NodeKind.HOST) > 0);
        assertTrue(lines(editor, ConnectionKind.NETWORK_LINK).size() > 0);
        ImageData shot = screenshot(editor, "diagram-shrinker-wan-migration", -1);
        assertTrue(UiTestSupport.distinctColours(shot, new org.eclipse.swt.graphics.Rectangle(0, 0, shot.width,
                shot.height)) > 50, "the diagram painted");
    }

    @Test
    void everySampleOpensWithoutAProblem() throws Exception {
        for (String name : SampleMenu.sampleNames()) {
            DeploymentEditor editor = open(sample(name, tmp));
            assertNull(editor.loadProblem(), name);
            assertTrue(DiagramTestSupport.boxes(editor).size() > 3, name);
            page().closeAllEditors(false);
        }
    }

    @Test
    void aMalformedModelOpensAsAProblemPageAndIsNotTouched() throws Exception {
        Path broken = tmp.resolve("broken.orrery");
        byte[] content = ("<?xml version=\"1.0\"?>\n<orrery:World xmlns:orrery=\"http://www.orrery.org/model/1\">\n"
                + "  <clouds name=\"c\"\n</orrery:World>\n").getBytes(StandardCharsets.UTF_8);
        Files.write(broken, content);
        DeploymentEditor editor = open(broken);
        assertTrue(editor.loadProblem() != null && editor.loadProblem().contains("line 4"), editor.loadProblem());
        assertTrue(UiTestSupport.texts(page().getWorkbenchWindow().getShell()).stream()
                .anyMatch(t -> t.contains("could not be opened")), "the problem page is shown");
        page().closeAllEditors(true);
        assertArrayEquals(content, Files.readAllBytes(broken));
    }

    @Test
    void aStaleLayoutOpensCorrectedWithANotice() throws Exception {
        Path file = sample("teaching-lab.orrery", tmp);
        DeploymentEditor editor = open(file);
        editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
        page().closeAllEditors(false);
        // Another tool renamed a1's id and deleted web2 without touching the layout.
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        String stale = xml.replace("element=\"a1\"", "element=\"no-such-host\"")
                .replaceAll("(?s)<virtualMachines id=\"web2\".*?</virtualMachines>", "");
        Files.writeString(file, stale, StandardCharsets.UTF_8);

        editor = open(file);
        assertNull(editor.loadProblem());
        assertTrue(editor.notice() != null && editor.notice().contains("did not match"), editor.notice());
        Host a1 = DiagramTestSupport.element(editor, Host.class, "a1");
        Node a1Node = editor.context().nodes().nodeOf(a1);
        assertNotNull(a1Node, "a1 got a box again");
        assertTrue(a1Node.getWidth() > 0 && a1Node.getHeight() > 0);
        assertEquals(10, count(editor, NodeKind.VIRTUAL_MACHINE), "web2 is gone, the other VMs are drawn");
        VirtualMachine web1 = DiagramTestSupport.element(editor, VirtualMachine.class, "web1");
        assertSame(a1Node, editor.context().nodes().nodeOf(web1).eContainer(), "a1's VMs are inside a1's new box");
        assertTrue(!editor.isDirty(), "opening does not make the file dirty");
    }

    @Test
    void fileOpenSampleCopiesTheSampleIntoTheWorkspaceAndOpensIt() throws Exception {
        org.eclipse.jface.action.IContributionItem[] samples = new SampleMenu().getContributionItems();
        assertEquals(SampleMenu.sampleNames().size(), samples.length);
        org.eclipse.jface.action.ActionContributionItem lab = (org.eclipse.jface.action.ActionContributionItem) java.util.Arrays
                .stream(samples).filter(i -> ((org.eclipse.jface.action.ActionContributionItem) i).getAction().getText()
                        .equals("teaching-lab")).findFirst().orElseThrow();
        lab.getAction().run();
        UiTestSupport.pump(300);
        IEditorPart editor = page().getActiveEditor();
        assertTrue(editor instanceof DeploymentEditor d && d.loadProblem() == null, String.valueOf(editor));
        assertEquals("org.orrery.ui.diagram.editor", editor.getEditorSite().getId());
        IFile copy = SampleMenu.workspaceCopy("teaching-lab.orrery");
        assertTrue(copy.exists() && copy.getProject().getName().equals("Orrery Samples"), copy.getFullPath().toString());
        assertEquals(copy, editor.getEditorInput().getAdapter(IFile.class), "the editor edits the workspace copy");
    }

    private static boolean onScreenInside(ElementPart inner, ElementPart outer) {
        Rectangle i = DiagramTestSupport.onCanvas(inner);
        Rectangle o = DiagramTestSupport.onCanvas(outer);
        return o.contains(i);
    }

    /** A screenshot of the workbench showing the editor zoomed to {@code zoom} (negative: fit). */
    static ImageData screenshot(DeploymentEditor editor, String name, double zoom) throws Exception {
        // The editor maximized, as one looks at a diagram; the palette pinned open at its side.
        page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.pump(300);
        ZoomManager zooming = (ZoomManager) editor.getAdapter(ZoomManager.class);
        if (zoom < 0) {
            zooming.setZoomAsText(ZoomManager.FIT_ALL);
        } else {
            zooming.setZoom(zoom);
        }
        UiTestSupport.pump(300);
        ImageData shot = UiTestSupport.capture(page().getWorkbenchWindow().getShell());
        UiTestSupport.save(shot, name);
        page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        return shot;
    }
}
