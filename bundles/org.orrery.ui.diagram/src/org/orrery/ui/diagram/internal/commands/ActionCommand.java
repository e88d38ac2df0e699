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

    /**
     * Whether {@code command} does nothing but act outside the file: an action command, or a
     * compound of them (GEF's drag tracker wraps a drop into another box in one).
     */
    public static boolean only(Command command) {
        if (command instanceof ActionCommand) {
            return true;
        }
        if (command instanceof org.eclipse.gef.commands.CompoundCommand compound && !compound.isEmpty()) {
            for (Object c : compound.getCommands()) {
                if (!only((Command) c)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
