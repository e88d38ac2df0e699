package org.orrery.ui.diagram.internal.commands;

import java.util.EventObject;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * GEF's command stack as a view of the editing domain's EMF stack: GEF's tools and actions
 * (undo, redo, delete, the dirty flag) work unchanged, while the commands, the undo history and
 * the save point all live on the EMF stack that the Properties view uses too.
 */
public final class GefCommandStack extends CommandStack {

    private final org.eclipse.emf.common.command.BasicCommandStack emf;

    public GefCommandStack(org.eclipse.emf.common.command.BasicCommandStack emf) {
        this.emf = emf;
        emf.addCommandStackListener(this::changed);
    }

    private void changed(EventObject event) {
        notifyListeners();
    }

    @Override
    public void execute(Command command) {
        if (command == null || !command.canExecute()) {
            return;
        }
        emf.execute(command instanceof EmfGefCommand e ? e.emf() : new GefEmfCommand(command));
    }

    @Override
    public boolean canUndo() {
        return emf.canUndo();
    }

    @Override
    public boolean canRedo() {
        return emf.canRedo();
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
    public Command getUndoCommand() {
        return labelOf(emf.getUndoCommand());
    }

    @Override
    public Command getRedoCommand() {
        return labelOf(emf.getRedoCommand());
    }

    private static Command labelOf(org.eclipse.emf.common.command.Command command) {
        return command == null ? null : new EmfGefCommand(command);
    }

    @Override
    public boolean isDirty() {
        return emf.isSaveNeeded();
    }

    @Override
    public void markSaveLocation() {
        emf.saveIsDone();
        notifyListeners();
    }

    @Override
    public void flush() {
        emf.flush();
    }

    @Override
    public Object[] getCommands() {
        return new Object[0];
    }
}
