package org.orrery.ui.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.action;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.box;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.element;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.lines;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.onCanvas;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.open;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.page;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.run;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.sample;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.model.Clone;
import org.orrery.model.Host;
import org.orrery.model.NamedElement;
import org.orrery.model.NetworkLink;
import org.orrery.model.OrreryPackage;
import org.orrery.model.Router;
import org.orrery.model.VirtualMachine;
import org.orrery.ui.diagram.internal.commands.Refusal;
import org.orrery.ui.diagram.internal.parts.ElementPart;
import org.orrery.ui.diagram.internal.parts.LinePart;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;
import org.orrery.ui.diagram.internal.structure.NodeKind;
import org.orrery.ui.testing.UiTestSupport;

/**
 * Editing through the editor's tools and actions: every element kind created with its palette
 * tool's request, every line kind connected, refusals with reasons, rename by direct edit, move,
 * move into another box, delete, one undo history with the Properties view, copy and paste,
 * select all, zoom and grid, validation marks that follow the model, save and reopen with the
 * same layout.
 */
class DiagramEditingTest extends EditorTestBase {

    private DeploymentEditor editor;
    private Path file;

    @BeforeEach
    void openTheLab() throws Exception {
        page().getWorkbenchWindow().getShell().setSize(1280, 800);
        file = sample("teaching-lab.orrery", tmp);
        editor = open(file);
        ((ZoomManager) editor.getAdapter(ZoomManager.class)).setZoom(1.0);
        UiTestSupport.pump(100);
    }


    @Test
    void everyElementKindIsCreatedWithItsPaletteTool() {
        int undoable = 0;
        for (NodeKind kind : NodeKind.values()) {
            EditPart container = containerFor(kind);
            Command create = container.getCommand(createRequest(kind, container));
            run(editor, create);
            undoable++;
            EObject created = newest(kind);
            assertNotNull(DiagramTestSupport.partOf(editor, created), kind + " has a box");
            assertNotNull(((NamedElement) created).getName(), kind + " is named");
            assertNotNull(((NamedElement) created).getId(), kind + " has an id");
            assertSame(containerElement(container), editor.context().structure().parentOf(created),
                    kind + " is drawn where it was created");
        }
        // Each creation is one undoable step.
        for (int i = 0; i < undoable; i++) {
            action(editor, ActionFactory.UNDO.getId());
        }
        assertFalse(editor.isDirty(), "everything undone: back to the saved state");
    }

    @Test
    void aHostDroppedOnACloudIsRefusedWithTheReason() {
        ElementPart cloud = box(editor, "Lab cloud");
        Command create = cloud.getCommand(createRequest(NodeKind.HOST, cloud));
        Refusal refusal = assertInstanceOf(Refusal.class, create);
        assertEquals("A host goes into a site.", refusal.reason());
    }

    @Test
    void everyLineKindIsConnectedWithItsTool() {
        // A new clone and a new substrate give the clone and substrate lines free ends.
        run(editor, box(editor, "b2").getCommand(createRequest(NodeKind.CLONE, box(editor, "b2"))));
        Clone clone = (Clone) newest(NodeKind.CLONE);
        connect(ConnectionKind.NETWORK_LINK, "a1", "gw-b");
        connect(ConnectionKind.OVERLAY_MEMBERSHIP, clone.getName(), "Lab virtual switch");
        connect(ConnectionKind.CLONE_OF, "corporate", clone.getName());
        connect(ConnectionKind.ACTIVATED_FROM, "worker1", "debian-minimal");
        connect(ConnectionKind.TUNNEL, "dvs-b1", "dvs-a1");

        assertEquals(6, lines(editor, ConnectionKind.NETWORK_LINK).size());
        assertEquals(12, lines(editor, ConnectionKind.OVERLAY_MEMBERSHIP).size());
        assertEquals(2, lines(editor, ConnectionKind.CLONE_OF).size());
        assertEquals(4, lines(editor, ConnectionKind.ACTIVATED_FROM).size());
        assertEquals(4, lines(editor, ConnectionKind.TUNNEL).size());
        assertSame(clone, element(editor, org.orrery.model.PhoneInstance.class, "corporate").getClone());
        assertEquals("debian-minimal", element(editor, VirtualMachine.class, "worker1").getActivatedFrom().getName());

        // Reconnecting the new link's target from gw-b to gw-a edits the link.
        NetworkLink link = editor.world().getLinks().get(editor.world().getLinks().size() - 1);
        LinePart line = (LinePart) editor.viewer().getEditPartRegistry()
                .get(new org.orrery.ui.diagram.internal.structure.DerivedConnection(ConnectionKind.NETWORK_LINK, link));
        org.eclipse.gef.requests.ReconnectRequest reconnect = new org.eclipse.gef.requests.ReconnectRequest(
                RequestConstants.REQ_RECONNECT_TARGET);
        reconnect.setConnectionEditPart(line);
        reconnect.setTargetEditPart(box(editor, "gw-a"));
        run(editor, box(editor, "gw-a").getCommand(reconnect));
        assertEquals("gw-a", link.getTarget().getName());

        // Deleting a membership line takes the VM off the overlay (its NIC stays).
        LinePart membership = lines(editor, ConnectionKind.OVERLAY_MEMBERSHIP).get(0);
        EObject nic = membership.line().carrier();
        editor.viewer().setSelection(new StructuredSelection(membership));
        action(editor, ActionFactory.DELETE.getId());
        assertNull(((org.orrery.model.NetworkInterface) nic).getOverlay());
        assertEquals(11, lines(editor, ConnectionKind.OVERLAY_MEMBERSHIP).size());
    }

    @Test
    void incompatibleElementsAreNotConnectedAndTheReasonIsShown() {
        Command link = connectCommand(ConnectionKind.NETWORK_LINK, "a1", "web1");
        assertEquals("A network link ends at a site, a host or a router, not at this virtual machine.",
                assertInstanceOf(Refusal.class, link).reason());
        Command clone = connectCommand(ConnectionKind.CLONE_OF, "corporate", "web1");
        assertTrue(assertInstanceOf(Refusal.class, clone).reason().startsWith("Only a clone can augment a phone instance"));
        Command twice = connectCommand(ConnectionKind.OVERLAY_MEMBERSHIP, "web1", "Lab virtual switch");
        assertEquals("web1 is already on the overlay Lab virtual switch.", assertInstanceOf(Refusal.class, twice).reason());
        Command self = connectCommand(ConnectionKind.NETWORK_LINK, "a1", "a1");
        assertInstanceOf(Refusal.class, self);
    }

    @Test
    void renameByDirectEditMoveAndMoveIntoAnotherBoxWithUndoAndRedo() {
        ElementPart web1 = box(editor, "web1");
        web1.performRequest(new Request(RequestConstants.REQ_DIRECT_EDIT));
        UiTestSupport.pump(100);
        Text text = nameEditor();
        assertEquals("web1", text.getText());
        text.setText("frontend");
        text.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        UiTestSupport.pump(100);
        VirtualMachine vm = (VirtualMachine) web1.element();
        assertEquals("frontend", vm.getName());
        assertTrue(editor.isDirty());

        // Move within the host.
        ElementPart part = (ElementPart) DiagramTestSupport.partOf(editor, vm);
        int x = part.node().getX();
        int y = part.node().getY();
        ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
        move.setEditParts(part);
        move.setMoveDelta(new Point(7, 11));
        run(editor, part.getCommand(move));
        assertEquals(x + 7, part.node().getX());
        assertEquals(y + 11, part.node().getY());

        // Resize the host: wider and taller.
        ElementPart a1 = box(editor, "a1");
        int width = a1.node().getWidth();
        int height = a1.node().getHeight();
        ChangeBoundsRequest resize = new ChangeBoundsRequest(RequestConstants.REQ_RESIZE);
        resize.setEditParts(a1);
        resize.setSizeDelta(new org.eclipse.draw2d.geometry.Dimension(40, 30));
        resize.setResizeDirection(org.eclipse.draw2d.PositionConstants.SOUTH_EAST);
        run(editor, a1.getCommand(resize));
        assertEquals(width + 40, a1.node().getWidth());
        assertEquals(height + 30, a1.node().getHeight());
        action(editor, ActionFactory.UNDO.getId());
        assertEquals(width, a1.node().getWidth());

        // Move onto host b1: the VM is placed there.
        ElementPart b1 = box(editor, "b1");
        Rectangle from = onCanvas(part);
        Rectangle to = onCanvas(b1);
        ChangeBoundsRequest add = new ChangeBoundsRequest(RequestConstants.REQ_ADD);
        add.setEditParts(part);
        add.setMoveDelta(new Point(to.x + 10 - from.x, to.bottom() - 30 - from.y));
        add.setLocation(new Point(to.x + 10, to.bottom() - 30));
        run(editor, b1.getCommand(add));
        Host b1Host = (Host) b1.element();
        assertSame(b1Host, vm.getHost());
        assertSame(b1, DiagramTestSupport.partOf(editor, vm).getParent(), "the VM's box moved into b1's box");

        // Undo all three, then redo them.
        action(editor, ActionFactory.UNDO.getId());
        assertEquals("a1", vm.getHost().getName());
        assertEquals(x + 7, editor.context().nodes().nodeOf(vm).getX());
        action(editor, ActionFactory.UNDO.getId());
        assertEquals(x, editor.context().nodes().nodeOf(vm).getX());
        action(editor, ActionFactory.UNDO.getId());
        assertEquals("web1", vm.getName());
        assertFalse(editor.isDirty());
        action(editor, ActionFactory.REDO.getId());
        action(editor, ActionFactory.REDO.getId());
        action(editor, ActionFactory.REDO.getId());
        assertEquals("frontend", vm.getName());
        assertSame(b1Host, vm.getHost());
        assertSame(b1, DiagramTestSupport.partOf(editor, vm).getParent());
    }

    @Test
    void deletingAHostLeavesItsVmsUnplacedInTheirCloudAndUndoRestoresIt() {
        ElementPart a2 = box(editor, "a2");
        VirtualMachine worker1 = element(editor, VirtualMachine.class, "worker1");
        editor.viewer().setSelection(new StructuredSelection(a2));
        action(editor, ActionFactory.DELETE.getId());
        assertTrue(editor.world().getClouds().get(0).getSites().get(0).getHosts().stream()
                .noneMatch(h -> "a2".equals(h.getName())));
        assertNull(worker1.getHost());
        assertSame(box(editor, "Lab cloud"), DiagramTestSupport.partOf(editor, worker1).getParent());

        action(editor, ActionFactory.UNDO.getId());
        assertEquals("a2", worker1.getHost().getName());
        assertSame(box(editor, "a2"), DiagramTestSupport.partOf(editor, worker1).getParent());
    }

    @Test
    void propertiesViewEditsShareTheUndoHistoryAndValidationMarksFollow() throws Exception {
        ElementPart a1 = box(editor, "a1");
        Host host = (Host) a1.element();
        // The Properties view shows what is selected in the diagram.
        editor.viewer().setSelection(new StructuredSelection(a1));
        var sheet = (org.eclipse.ui.views.properties.PropertySheet) page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
        page().activate(editor);
        UiTestSupport.pump(300);
        org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) sheet.getCurrentPage().getControl();
        List<String> shown = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.TreeItem category : tree.getItems()) {
            shown.add(category.getText(0) + "=" + category.getText(1));
            for (org.eclipse.swt.widgets.TreeItem item : category.getItems()) {
                shown.add(item.getText(0) + "=" + item.getText(1));
            }
        }
        assertTrue(shown.contains("Name=a1"), "Properties view shows the selected host: " + shown);
        IPropertySource properties = (IPropertySource) a1.getAdapter(IPropertySource.class);
        properties.setPropertyValue(propertyId(host, OrreryPackage.Literals.HOST__MEMORY_MB), 1024);
        assertEquals(1024, host.getMemoryMB());
        assertTrue(editor.isDirty());
        // Three running VMs of 1, 1 and 2 GiB no longer fit: the host's box turns red with the reason.
        UiTestSupport.waitUntil("the host's error mark", 3_000, () -> a1.nodeFigure().severity() == Diagnostic.ERROR);
        assertTrue(a1.nodeFigure().problem().contains("memory"), a1.nodeFigure().problem());
        assertTrue(a1.nodeFigure().getToolTip() != null);

        action(editor, ActionFactory.UNDO.getId());
        assertEquals(8192, host.getMemoryMB());
        UiTestSupport.waitUntil("the mark to go", 3_000, () -> a1.nodeFigure().severity() == Diagnostic.OK);
        assertFalse(editor.isDirty());

        // The link's bandwidth label follows a property edit of the link.
        LinePart link = lines(editor, ConnectionKind.NETWORK_LINK).stream()
                .filter(l -> "a1-gw-a".equals(((NetworkLink) l.line().carrier()).getName())).findFirst().orElseThrow();
        IPropertySource linkProperties = (IPropertySource) link.getAdapter(IPropertySource.class);
        linkProperties.setPropertyValue(propertyId(link.line().carrier(), OrreryPackage.Literals.NETWORK_LINK__BANDWIDTH_MBPS),
                100.0);
        assertEquals("100 Mbit/s, 0.1 ms", link.lineFigure().labelText());
    }

    @Test
    void copyPasteSelectAllZoomAndGrid() {
        ElementPart web1 = box(editor, "web1");
        ElementPart b1 = box(editor, "b1");
        editor.viewer().setSelection(new StructuredSelection(web1));
        action(editor, ActionFactory.COPY.getId());
        editor.viewer().setSelection(new StructuredSelection(b1));
        action(editor, ActionFactory.PASTE.getId());
        List<VirtualMachine> onB1 = ((Host) b1.element()).getVirtualMachines();
        VirtualMachine pasted = onB1.get(onB1.size() - 1);
        assertTrue(pasted.getName().startsWith("web1") && !pasted.getName().equals("web1"), pasted.getName());
        assertTrue(!pasted.getId().equals("web1"));
        assertEquals(1, pasted.getVcpus().size());
        assertSame(b1, DiagramTestSupport.partOf(editor, pasted).getParent());
        action(editor, ActionFactory.UNDO.getId());
        assertFalse(((Host) b1.element()).getVirtualMachines().contains(pasted));

        action(editor, ActionFactory.SELECT_ALL.getId());
        assertEquals(DiagramTestSupport.boxes(editor).size(), editor.viewer().getSelectedEditParts().size());

        ZoomManager zoom = (ZoomManager) editor.getAdapter(ZoomManager.class);
        action(editor, GEFActionConstants.ZOOM_IN);
        assertTrue(zoom.getZoom() > 1.0);
        action(editor, org.orrery.ui.diagram.internal.actions.DiagramActionIds.ZOOM_ACTUAL);
        assertEquals(1.0, zoom.getZoom());
        action(editor, org.orrery.ui.diagram.internal.actions.DiagramActionIds.ZOOM_FIT);
        assertTrue(zoom.getZoom() < 1.0, "the lab is larger than the editor: fit zooms out");
        action(editor, GEFActionConstants.TOGGLE_GRID_VISIBILITY);
        GraphicalViewer viewer = editor.viewer();
        assertEquals(Boolean.TRUE, viewer.getProperty(SnapToGrid.PROPERTY_GRID_VISIBLE));
        assertEquals(Boolean.TRUE, viewer.getProperty(SnapToGrid.PROPERTY_GRID_ENABLED));
    }

    @Test
    void arrangeAllIsOneUndoableStep() {
        Map<String, Rectangle> before = DiagramTestSupport.layout(editor);
        ElementPart a1 = box(editor, "a1");
        ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
        move.setEditParts(a1);
        move.setMoveDelta(new Point(200, 100));
        run(editor, a1.getCommand(move));
        action(editor, org.orrery.ui.diagram.internal.actions.DiagramActionIds.ARRANGE_ALL);
        assertEquals(before, DiagramTestSupport.layout(editor), "arranging a freshly laid out model gives the same layout");
        action(editor, ActionFactory.UNDO.getId());
        assertEquals(before.get("a1").x + 200, editor.context().nodes().nodeOf(a1.element()).getX());
    }

    @Test
    void saveAndReopenGivesTheSameLayout() throws Exception {
        ElementPart site = box(editor, "Room B");
        run(editor, site.getCommand(createRequest(NodeKind.ROUTER, site)));
        Router router = (Router) newest(NodeKind.ROUTER);
        ElementPart b2 = box(editor, "b2");
        ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
        move.setEditParts(b2);
        move.setMoveDelta(new Point(40, 30));
        run(editor, b2.getCommand(move));
        Map<String, Rectangle> layout = DiagramTestSupport.layout(editor);
        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        page().closeAllEditors(false);

        editor = open(file);
        assertNull(editor.notice(), "a saved layout opens as it was, without a notice");
        assertEquals(layout, DiagramTestSupport.layout(editor));
        assertNotNull(editor.context().nodes().nodeOf(element(editor, Router.class, router.getName())));
    }

    // --- helpers ------------------------------------------------------------------------------

    /** The text field of the open name editor: a child of the diagram's canvas. */
    private Text nameEditor() {
        for (Control child : ((org.eclipse.swt.widgets.Composite) editor.viewer().getControl()).getChildren()) {
            if (child instanceof Text text && text.isVisible()) {
                return text;
            }
        }
        throw new AssertionError("no name editor open");
    }

    /** A box where an element of {@code kind} may be created in the lab. */
    private EditPart containerFor(NodeKind kind) {
        return switch (kind) {
            case FEDERATION, OVERLAY, PHONE -> editor.viewer().getContents();
            case CLOUD -> editor.viewer().getContents();
            case SITE, SUBSTRATE_POOL -> box(editor, "Lab cloud");
            case HOST, ROUTER -> box(editor, "Room B");
            case DATASTORE, VIRTUAL_MACHINE, CLONE -> box(editor, "b2");
            case SUBSTRATE -> box(editor, "Lab substrate pool");
            case SWITCH_DAEMON, OVERLAY_ROUTER -> box(editor, "Lab virtual switch");
            case PHONE_INSTANCE -> box(editor, "Student phone");
        };
    }

    private EObject containerElement(EditPart container) {
        return container instanceof ElementPart e ? e.element() : editor.world();
    }

    private CreateRequest createRequest(NodeKind kind, EditPart container) {
        CreateRequest request = new CreateRequest();
        request.setFactory(new PaletteFactory.Factory(kind, kind));
        Rectangle r = container instanceof ElementPart e ? onCanvas(e) : new Rectangle(0, 0, 2000, 2000);
        // Bottom-left of a box (below its header), or far right of the diagram.
        request.setLocation(container instanceof ElementPart ? new Point(r.x + 12, r.bottom() - 20)
                : new Point(2200, 40));
        return request;
    }

    /** The most recently created element of {@code kind}: the last of its kind in model order. */
    private EObject newest(NodeKind kind) {
        EObject last = null;
        for (var it = editor.world().eAllContents(); it.hasNext();) {
            EObject e = it.next();
            if (NodeKind.of(e) == kind) {
                last = e;
            }
        }
        assertNotNull(last, "no " + kind);
        return last;
    }

    private Command connectCommand(ConnectionKind kind, String from, String to) {
        ElementPart source = box(editor, from);
        ElementPart target = box(editor, to);
        CreateConnectionRequest request = new CreateConnectionRequest();
        request.setFactory(new PaletteFactory.Factory(kind, null));
        request.setType(RequestConstants.REQ_CONNECTION_START);
        request.setSourceEditPart(source);
        request.setTargetEditPart(source);
        Command start = source.getCommand(request);
        if (start instanceof Refusal) {
            return start;
        }
        request.setType(RequestConstants.REQ_CONNECTION_END);
        request.setTargetEditPart(target);
        return target.getCommand(request);
    }

    private void connect(ConnectionKind kind, String from, String to) {
        run(editor, connectCommand(kind, from, to));
    }

    /** The Properties view's id of {@code feature}'s property of {@code object}. */
    private Object propertyId(EObject object, EStructuralFeature feature) {
        IItemPropertySource source = (IItemPropertySource) editor.context().domain().getAdapterFactory()
                .adapt(object, IItemPropertySource.class);
        for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
            if (d.getFeature(object) == feature) {
                return d.getId(object);
            }
        }
        throw new AssertionError("no property " + feature.getName());
    }
}
