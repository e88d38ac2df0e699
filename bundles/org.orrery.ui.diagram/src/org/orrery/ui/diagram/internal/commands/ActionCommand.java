package org.orrery.ui.diagram.internal.commands;

import org.eclipse.gef.commands.Command;

/**
 * A gesture that acts outside the open file (asking for a live migration of a running VM): the
 * command stack runs it without recording it, so it neither joins the undo history nor makes the
 * editor dirty.
 */
public abstract class ActionCommand extends Command {

    protected ActionCommand(String label) {
        super(label);
    }

    @Override
    public final boolean canUndo() {
        return false;
    }
}
