package org.orrery.ui.diagram.internal.parts;

import java.util.Objects;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;
import org.orrery.model.NamedElement;
import org.orrery.ui.diagram.internal.commands.EmfGefCommand;

/** Renaming an element by typing over its name in the diagram. */
final class NamePolicy extends DirectEditPolicy {

    private final DiagramParts parts;

    NamePolicy(DiagramParts parts) {
        this.parts = parts;
    }

    @Override
    protected Command getDirectEditCommand(DirectEditRequest request) {
        ElementPart part = (ElementPart) getHost();
        String name = ((String) request.getCellEditor().getValue()).strip();
        if (name.isEmpty() || Objects.equals(name, ((NamedElement) part.element()).getName())) {
            return null;
        }
        return new EmfGefCommand(parts.commands().rename(part.element(), name));
    }

    @Override
    protected void showCurrentEditValue(DirectEditRequest request) {
        // The text editor lies over the name while the user types.
    }
}
