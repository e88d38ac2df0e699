package org.orrery.ui.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.CompoundSnapToHelper;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.SnapToGeometry;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.SnapToHelper;

/** Snap to the grid and to neighbouring boxes' edges, as the viewer's toggles say. */
final class Snapping {

    private Snapping() {
    }

    static SnapToHelper helperFor(GraphicalEditPart container) {
        List<SnapToHelper> helpers = new ArrayList<>();
        if (Boolean.TRUE.equals(container.getViewer().getProperty(SnapToGeometry.PROPERTY_SNAP_ENABLED))) {
            helpers.add(new SnapToGeometry(container));
        }
        if (Boolean.TRUE.equals(container.getViewer().getProperty(SnapToGrid.PROPERTY_GRID_ENABLED))) {
            helpers.add(new SnapToGrid(container));
        }
        return helpers.isEmpty() ? null : new CompoundSnapToHelper(helpers.toArray(new SnapToHelper[0]));
    }
}
