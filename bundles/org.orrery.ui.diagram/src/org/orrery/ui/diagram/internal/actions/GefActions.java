package org.orrery.ui.diagram.internal.actions;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.ToggleGridAction;
import org.eclipse.gef.ui.actions.ToggleSnapToGeometryAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IWorkbenchPart;

/** GEF's own actions the diagram uses as they are, under the diagram's words. */
public final class GefActions {

    private GefActions() {
    }

    /** Shows the grid and snaps to it (GEF toggles both together). */
    public static IAction toggleGrid(GraphicalViewer viewer) {
        IAction action = new ToggleGridAction(viewer);
        action.setText(Messages.Action_showGrid);
        return action;
    }

    /** Snaps moved and resized boxes to the edges and centres of their neighbours. */
    public static IAction toggleSnap(GraphicalViewer viewer) {
        IAction action = new ToggleSnapToGeometryAction(viewer);
        action.setText(Messages.Action_snap);
        return action;
    }

    /** Opens the name editor of the selected box (F2). */
    public static DirectEditAction rename(IWorkbenchPart part) {
        DirectEditAction action = new DirectEditAction(part);
        action.setText(Messages.Action_rename);
        return action;
    }
}
