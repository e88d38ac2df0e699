package org.orrery.ui.diagram.internal.parts;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;
import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;
import org.orrery.model.notation.Node;
import org.orrery.ui.diagram.internal.commands.EmfGefCommand;
import org.orrery.ui.diagram.internal.commands.Refusal;
import org.orrery.ui.diagram.internal.structure.NodeKind;
import org.orrery.ui.diagram.internal.structure.Placement;

/**
 * A box that holds other boxes (or the diagram itself): creating a new element in it, moving
 * and resizing the boxes inside, and taking in a box dragged from elsewhere (a VM moved to
 * another host is placed there; while a run is watched, it is asked to migrate there instead).
 * What may not go here is refused with the reason.
 */
final class ContainerLayoutPolicy extends XYLayoutEditPolicy {

    private final DiagramParts parts;
    private final EObject container;
    private final Node containerNode;

    /** {@code container}: the element (or World) drawn by the host part; {@code containerNode}: its node, null for the diagram. */
    ContainerLayoutPolicy(DiagramParts parts, EObject container, Node containerNode) {
        this.parts = parts;
        this.container = container;
        this.containerNode = containerNode;
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        if (!(request.getNewObject() instanceof EObject element)) {
            return null;
        }
        String refusal = Placement.refusal(NodeKind.of(element), container);
        if (refusal != null) {
            return new Refusal(refusal);
        }
        Rectangle bounds = inside((Rectangle) getConstraintFor(request));
        return new EmfGefCommand(parts.commands().create(element, container, containerNode, bounds));
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        if (!(child instanceof ElementPart part)) {
            return null;
        }
        return new EmfGefCommand(parts.commands().bounds(part.node(), inside((Rectangle) constraint)));
    }

    @Override
    protected Command createAddCommand(EditPart child, Object constraint) {
        if (!(child instanceof ElementPart part)) {
            return null;
        }
        if (part.element() instanceof VirtualMachine vm && container instanceof Host host && vm.getHost() != host) {
            Command migrate = parts.runGestures().moveVm(vm, host);
            if (migrate != null) {
                return migrate;
            }
        }
        String refusal = Placement.refusal(part.kind(), container);
        if (refusal != null) {
            return new Refusal(refusal);
        }
        return new EmfGefCommand(parts.commands().reparent(part.node(), container, containerNode,
                inside((Rectangle) constraint)));
    }

    @Override
    protected Command getDeleteDependantCommand(Request request) {
        return null;
    }

    /** Keeps a box below its container's header (and inside the diagram's positive quarter). */
    private Rectangle inside(Rectangle bounds) {
        Rectangle r = bounds.getCopy();
        int top = containerNode == null ? 0 : parts.context().metrics().headerHeight(container);
        r.x = Math.max(containerNode == null ? 0 : 2, r.x);
        r.y = Math.max(top, r.y);
        return r;
    }
}
