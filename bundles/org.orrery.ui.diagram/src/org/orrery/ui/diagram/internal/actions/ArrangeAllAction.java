package org.orrery.ui.diagram.internal.actions;

import org.eclipse.gef.ui.actions.WorkbenchPartAction;
import org.eclipse.ui.IWorkbenchPart;
import org.orrery.ui.diagram.internal.commands.DiagramCommands;
import org.orrery.ui.diagram.internal.commands.EmfGefCommand;

/** Diagram &gt; Arrange All: the automatic layout for the whole diagram, as one undoable step. */
public final class ArrangeAllAction extends WorkbenchPartAction {

    private final DiagramCommands commands;

    public ArrangeAllAction(IWorkbenchPart part, DiagramCommands commands) {
        super(part);
        this.commands = commands;
        setId(DiagramActionIds.ARRANGE_ALL);
        setText(Messages.Action_arrange);
        setToolTipText(Messages.Action_arrangeTip);
    }

    @Override
    protected boolean calculateEnabled() {
        return true;
    }

    @Override
    public void run() {
        execute(new EmfGefCommand(commands.arrangeAll()));
    }
}
