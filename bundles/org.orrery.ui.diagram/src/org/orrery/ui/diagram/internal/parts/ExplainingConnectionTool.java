package org.orrery.ui.diagram.internal.parts;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.tools.ConnectionCreationTool;

/** The palette's line tools: like GEF's, and saying why a line may not start or end where the pointer is. */
public final class ExplainingConnectionTool extends ConnectionCreationTool {

    @Override
    protected void setCurrentCommand(Command command) {
        super.setCurrentCommand(command);
        RefusalDisplay.report(getCurrentViewer(), command, getLocation());
    }
}
