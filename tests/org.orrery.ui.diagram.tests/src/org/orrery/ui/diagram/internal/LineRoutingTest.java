package org.orrery.ui.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.box;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.lines;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.onCanvas;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.open;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.page;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteEntry;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.orrery.model.NetworkLink;
import org.orrery.ui.diagram.internal.figures.KindStyle;
import org.orrery.ui.diagram.internal.figures.LineFigure;
import org.orrery.ui.diagram.internal.figures.NodeFigure;
import org.orrery.ui.diagram.internal.parts.ElementPart;
import org.orrery.ui.diagram.internal.parts.LinePart;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;
import org.orrery.ui.testing.RealMouse;
import org.orrery.ui.testing.UiTestSupport;

/**
 * Lines go around the boxes they do not join, their labels never cover one another and mostly
 * cover no box (the Shrinker set-up, whose straight links crossed hosts and VMs); connecting and reconnecting
 * a network link to a VM with the mouse is refused with the reason next to the pointer.
 */
class LineRoutingTest extends EditorTestBase {

    @Test
    void linksGoAroundBoxesAndTheirLabelsOverlapNothing() throws Exception {
        DeploymentEditor editor = openShrinker();
        List<LinePart> links = lines(editor, ConnectionKind.NETWORK_LINK);
        assertEquals(editor.world().getLinks().size(), links.size());
        assertEquals(0, editor.router().straightLines(), "every line of this small set-up is routed");
        List<Rectangle> labels = new ArrayList<>();
        List<String> touching = new ArrayList<>();
        List<NodeFigure> boxes = new ArrayList<>();
        for (ElementPart p : DiagramTestSupport.boxes(editor)) {
            boxes.add(p.nodeFigure());
        }
        for (LinePart link : links) {
            LineFigure line = link.lineFigure();
            Set<IFigure> around = new HashSet<>();
            for (IFigure f = ((ElementPart) link.getSource()).getFigure(); f != null; f = f.getParent()) {
                around.add(f);
            }
            for (IFigure f = ((ElementPart) link.getTarget()).getFigure(); f != null; f = f.getParent()) {
                around.add(f);
            }
            PointList points = line.getPoints();
            String name = ((NetworkLink) link.line().carrier()).getName();
            Rectangle label = line.labelBounds();
            for (NodeFigure box : boxes) {
                if (around.contains(box)) {
                    continue;
                }
                Rectangle r = inLineCoordinates(box, line);
                for (int i = 0; i + 1 < points.size(); i++) {
                    assertFalse(crosses(points.getPoint(i), points.getPoint(i + 1), r),
                            name + " crosses " + box.title() + ": " + points.getPoint(i) + "-" + points.getPoint(i + 1) + " over " + r);
                }
            }
            // Where a label can go without covering a box (one holding nothing, an end, a title) it does;
            // in the crowded row above gw-src, where six links meet, some cannot: counted, not hidden.
            IFigure source = ((ElementPart) link.getSource()).getFigure();
            IFigure target = ((ElementPart) link.getTarget()).getFigure();
            for (NodeFigure box : boxes) {
                Rectangle r = inLineCoordinates(box, line);
                int firstChild = box.getChildren().stream().filter(NodeFigure.class::isInstance)
                        .mapToInt(c -> inLineCoordinates((IFigure) c, line).y).min().orElse(Integer.MAX_VALUE);
                Rectangle forbidden = box == source || box == target || firstChild == Integer.MAX_VALUE ? r
                        : new Rectangle(r.x, r.y, r.width, firstChild - r.y);
                if (label.intersects(forbidden)) {
                    touching.add(name + " on " + box.title());
                }
            }
            for (Rectangle other : labels) {
                assertFalse(label.intersects(other), name + "'s label covers another one: " + label + " " + other);
            }
            labels.add(label);
        }
        System.out.println("Shrinker at 100%: " + touching.size() + " of " + links.size() + " link labels touch a box: " + touching);
        assertTrue(touching.size() <= links.size() / 3, "most labels cover nothing: " + touching);
        UiTestSupport.save(UiTestSupport.capture(page().getWorkbenchWindow().getShell()), "diagram-shrinker-routed-100");
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void connectingOrReconnectingALinkToAVmIsRefusedWithTheReasonAtThePointer() throws Exception {
        DeploymentEditor editor = openShrinker();
        Control canvas = editor.viewer().getControl();
        ElementPart vm05 = box(editor, "vm05");
        Rectangle vm = onCanvas(vm05);
        org.eclipse.swt.graphics.Point overVm = new org.eclipse.swt.graphics.Point(vm.x + vm.width / 2, vm.y + vm.height / 2);

        // Connect: the Network link tool over a VM says a link cannot start there.
        ToolEntry linkTool = null;
        for (Object o : editor.paletteViewer().getEditPartRegistry().keySet()) {
            if (o instanceof ToolEntry t && "Network link".equals(((PaletteEntry) t).getLabel())) {
                linkTool = t;
            }
        }
        assertNotNull(linkTool);
        editor.paletteViewer().setActiveTool(linkTool);
        RealMouse.move(canvas, new org.eclipse.swt.graphics.Point(overVm.x - 20, overVm.y - 5));
        RealMouse.move(canvas, overVm);
        UiTestSupport.waitUntil("the refusal to connect", 3_000, () -> editor.refusals().shown() != null);
        assertEquals("A network link starts at a site, a host or a router, not at this virtual machine.", editor.refusals().shown());
        ImageData connect = UiTestSupport.capture(page().getWorkbenchWindow().getShell());
        UiTestSupport.save(connect, "diagram-refused-connect");
        assertTrue(DiagramTestSupport.pixels(connect, KindStyle.ERROR.getRGB()) > 20, "the reason is on screen");
        RealMouse.key(canvas.getDisplay(), SWT.ESC);
        editor.paletteViewer().setActiveTool(null);
        UiTestSupport.pump(200);

        // Reconnect: dragging the end of a selected link onto a VM says a link cannot end there.
        // A link whose target end is in view.
        org.eclipse.swt.graphics.Rectangle view = canvas.getBounds();
        LinePart link = lines(editor, ConnectionKind.NETWORK_LINK).stream().filter(l -> {
            Point p = l.lineFigure().getPoints().getLastPoint().getCopy();
            l.lineFigure().translateToAbsolute(p);
            return p.x > 10 && p.y > 10 && p.x < view.width - 10 && p.y < view.height - 10;
        }).findFirst().orElseThrow();
        editor.viewer().setSelection(new StructuredSelection(link));
        UiTestSupport.pump(200);
        Point end = link.lineFigure().getPoints().getLastPoint().getCopy();
        link.lineFigure().translateToAbsolute(end);
        org.eclipse.swt.graphics.Point handle = new org.eclipse.swt.graphics.Point(end.x, end.y);
        String targetBefore = ((NetworkLink) link.line().carrier()).getTarget().getName();
        RealMouse.press(canvas, handle);
        RealMouse.moveInSteps(canvas, handle, overVm);
        UiTestSupport.waitUntil("the refusal to reconnect", 3_000, () -> editor.refusals().shown() != null
                && editor.refusals().shown().contains("ends at"));
        assertEquals("A network link ends at a site, a host or a router, not at this virtual machine.", editor.refusals().shown());
        ImageData reconnect = UiTestSupport.capture(page().getWorkbenchWindow().getShell());
        UiTestSupport.save(reconnect, "diagram-refused-reconnect");
        assertTrue(DiagramTestSupport.pixels(reconnect, KindStyle.ERROR.getRGB()) > 20, "the reason is on screen");
        RealMouse.key(canvas.getDisplay(), SWT.ESC);
        RealMouse.release(canvas, overVm);
        UiTestSupport.pump(200);
        assertEquals(targetBefore, ((NetworkLink) link.line().carrier()).getTarget().getName(), "the refused reconnect changed nothing");
        assertFalse(editor.isDirty());
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_RESTORED);
    }

    private DeploymentEditor openShrinker() throws Exception {
        page().getWorkbenchWindow().getShell().setSize(1280, 800);
        page().getWorkbenchWindow().getShell().forceActive();
        DeploymentEditor editor = open(sample("shrinker-wan-migration.orrery", tmp));
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        ((ZoomManager) editor.getAdapter(ZoomManager.class)).setZoom(1.0);
        UiTestSupport.pump(300);
        return editor;
    }

    private static Rectangle inLineCoordinates(IFigure box, IFigure line) {
        Rectangle r = box.getBounds().getCopy();
        box.translateToAbsolute(r);
        line.translateToRelative(r);
        return r;
    }

    /** Whether the axis-parallel (or any) segment a-b passes through the inside of {@code r}. */
    private static boolean crosses(Point a, Point b, Rectangle r) {
        Rectangle inside = r.getCopy().shrink(1, 1);
        int steps = Math.max(1, (int) a.getDistance(b));
        for (int i = 0; i <= steps; i++) {
            int x = a.x + (b.x - a.x) * i / steps;
            int y = a.y + (b.y - a.y) * i / steps;
            if (inside.contains(x, y)) {
                return true;
            }
        }
        return false;
    }
}
