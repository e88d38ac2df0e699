package org.orrery.ui.diagram.internal.parts;

import java.util.List;

import org.eclipse.draw2d.ConnectionLocator;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.gef.handles.ConnectionHandle;
import org.eclipse.gef.tools.ConnectionEndpointTracker;

/**
 * The handles at a selected line's two ends, which drag that end to another box (reconnect).
 * GEF's own handles only show a "not allowed" cursor over a box the line may not join; these say
 * why, next to the pointer and in the status line, as the connection tool does.
 */
final class ExplainingEndpointPolicy extends ConnectionEndpointEditPolicy {

    @Override
    protected List<?> createSelectionHandles() {
        ConnectionEditPart line = (ConnectionEditPart) getHost();
        return List.of(new EndHandle(line, ConnectionLocator.SOURCE), new EndHandle(line, ConnectionLocator.TARGET));
    }

    /** One end's handle: GEF's start and end handles are final, so this is theirs with our tracker. */
    private static final class EndHandle extends ConnectionHandle {
        private final int end;

        EndHandle(ConnectionEditPart line, int end) {
            this.end = end;
            setOwner(line);
            setLocator(new ConnectionLocator(getConnection(), end));
        }

        @Override
        protected DragTracker createDragTracker() {
            if (isFixed()) {
                return null;
            }
            ConnectionEndpointTracker tracker = new ConnectionEndpointTracker((ConnectionEditPart) getOwner()) {
                @Override
                protected void setCurrentCommand(Command command) {
                    super.setCurrentCommand(command);
                    RefusalDisplay.report(getCurrentViewer(), command, getLocation());
                }

                @Override
                public void deactivate() {
                    RefusalDisplay.report(null, null, null);
                    super.deactivate();
                }
            };
            tracker.setCommandName(end == ConnectionLocator.SOURCE ? RequestConstants.REQ_RECONNECT_SOURCE
                    : RequestConstants.REQ_RECONNECT_TARGET);
            tracker.setDefaultCursor(getCursor());
            return tracker;
        }
    }
}
