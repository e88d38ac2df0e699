package org.orrery.ui.diagram.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.tools.DragEditPartsTracker;

/** Dragging boxes, saying why a drop is refused (a host onto a cloud, a VM onto a site). */
final class ExplainingDragTracker extends DragEditPartsTracker {

    ExplainingDragTracker(EditPart source) {
        super(source);
    }

    @Override
    protected void setCurrentCommand(Command command) {
        super.setCurrentCommand(command);
        RefusalDisplay.report(getCurrentViewer(), command, getLocation());
    }
}
