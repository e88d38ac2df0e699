package org.orrery.ui.diagram.internal.parts;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.orrery.ui.diagram.internal.commands.EmfGefCommand;

/**
 * Deleting a box deletes its element from the model, with everything it contains and every
 * reference to it. Elements merely drawn inside it stay (a deleted host's VMs become unplaced
 * and move into their cloud's box).
 */
final class DeletePolicy extends ComponentEditPolicy {

    private final DiagramParts parts;

    DeletePolicy(DiagramParts parts) {
        this.parts = parts;
    }

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        ElementPart part = (ElementPart) getHost();
        for (Object other : request.getEditParts()) {
            if (other != part && other instanceof ElementPart o && EcoreUtil.isAncestor(o.element(), part.element())) {
                // Deleted with the element that contains it.
                return null;
            }
        }
        return new EmfGefCommand(parts.commands().delete(part.node()));
    }
}
