package org.orrery.ui.diagram.internal.commands;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * A GEF command (for example GEF's compound of several boxes' move commands) as one EMF command,
 * so that it is one step on the editing domain's stack.
 */
final class GefEmfCommand extends AbstractCommand {

    private final org.eclipse.gef.commands.Command gef;

    GefEmfCommand(org.eclipse.gef.commands.Command gef) {
        super(gef.getLabel());
        this.gef = gef;
    }

    @Override
    protected boolean prepare() {
        return gef.canExecute();
    }

    @Override
    public boolean canUndo() {
        return gef.canUndo();
    }

    @Override
    public void execute() {
        gef.execute();
    }

    @Override
    public void undo() {
        gef.undo();
    }

    @Override
    public void redo() {
        gef.redo();
    }

    @Override
    public void dispose() {
        gef.dispose();
    }
}
