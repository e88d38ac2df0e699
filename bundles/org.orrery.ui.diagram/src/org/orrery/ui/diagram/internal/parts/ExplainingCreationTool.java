package org.orrery.ui.diagram.internal.parts;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.tools.CreationTool;

/** The palette's element tools: like GEF's, and saying why a box may not be created where the pointer is. */
public final class ExplainingCreationTool extends CreationTool {

    @Override
    protected void setCurrentCommand(Command command) {
        super.setCurrentCommand(command);
        RefusalDisplay.report(getCurrentViewer(), command, getLocation());
    }
}
