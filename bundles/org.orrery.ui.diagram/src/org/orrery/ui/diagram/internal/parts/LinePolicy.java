package org.orrery.ui.diagram.internal.parts;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.orrery.ui.diagram.internal.commands.EmfGefCommand;
import org.orrery.ui.diagram.internal.commands.Refusal;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;
import org.orrery.ui.diagram.internal.structure.DerivedConnection;

/**
 * Lines starting or ending at a box: the connection tools and dragging a line's end to another
 * box. The line's kind decides what it may join; anything else is refused with the reason.
 */
final class LinePolicy extends GraphicalNodeEditPolicy {

    private final DiagramParts parts;

    LinePolicy(DiagramParts parts) {
        this.parts = parts;
    }

    private EObject element() {
        return ((ElementPart) getHost()).element();
    }

    @Override
    protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
        if (!(request.getNewObject() instanceof ConnectionKind kind)) {
            return null;
        }
        String refusal = kind.sourceRefusal(element());
        Command start = refusal != null ? new Refusal(refusal) : new Start(kind, element());
        request.setStartCommand(start);
        return start;
    }

    @Override
    protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
        Command start = request.getStartCommand();
        if (!(start instanceof Start s)) {
            return start;
        }
        String refusal = s.kind.connectRefusal(s.source, element());
        return refusal != null ? new Refusal(refusal)
                : new EmfGefCommand(parts.commands().connect(s.kind, s.source, element()));
    }

    @Override
    protected Command getReconnectSourceCommand(ReconnectRequest request) {
        DerivedConnection line = (DerivedConnection) request.getConnectionEditPart().getModel();
        return reconnect(line, element(), parts.context().lines().targetOf(line));
    }

    @Override
    protected Command getReconnectTargetCommand(ReconnectRequest request) {
        DerivedConnection line = (DerivedConnection) request.getConnectionEditPart().getModel();
        return reconnect(line, parts.context().lines().sourceOf(line), element());
    }

    private Command reconnect(DerivedConnection line, EObject source, EObject target) {
        if (source == null || target == null) {
            return null;
        }
        String refusal = line.kind().reconnectRefusal(line, source, target);
        return refusal != null ? new Refusal(refusal) : new EmfGefCommand(parts.commands().reconnect(line, source, target));
    }

    /** The source end of a line being drawn: the tool carries it to the target. */
    private static final class Start extends Command {
        final ConnectionKind kind;
        final EObject source;

        Start(ConnectionKind kind, EObject source) {
            this.kind = kind;
            this.source = source;
        }

        @Override
        public boolean canExecute() {
            return false;
        }
    }
}
