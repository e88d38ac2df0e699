package org.orrery.ui.diagram.internal.commands;

/**
 * An EMF command as GEF's tools and actions want a command. The diagram's command stack hands
 * the EMF command itself to the editing domain's stack, so diagram gestures, Properties view
 * edits and undo all go through one EMF stack.
 */
public final class EmfGefCommand extends org.eclipse.gef.commands.Command {

    private final org.eclipse.emf.common.command.Command emf;

    public EmfGefCommand(org.eclipse.emf.common.command.Command emf) {
        super(emf.getLabel());
        this.emf = emf;
    }

    /** The EMF command this one carries. */
    public org.eclipse.emf.common.command.Command emf() {
        return emf;
    }

    @Override
    public boolean canExecute() {
        return emf.canExecute();
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public void execute() {
        emf.execute();
    }

    @Override
    public void undo() {
        emf.undo();
    }

    @Override
    public void redo() {
        emf.redo();
    }

    @Override
    public void dispose() {
        emf.dispose();
    }
}
