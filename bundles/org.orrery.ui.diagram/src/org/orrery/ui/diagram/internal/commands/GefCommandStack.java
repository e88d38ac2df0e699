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

    private final org.eclipse.emf.common.command.BasicCommandStack history;

    public GefCommandStack(org.eclipse.emf.common.command.BasicCommandStack history) {
        this.history = history;
        history.addCommandStackListener(this::changed);
    }

    private void changed(EventObject event) {
        notifyListeners();
    }

    @Override
    public void execute(Command command) {
        if (command == null || !command.canExecute()) {
            return;
        }
        if (ActionCommand.only(command)) {
            command.execute();
            notifyListeners();
            return;
        }
        history.execute(command instanceof EmfGefCommand e ? e.emf() : new GefEmfCommand(command));
    }

    @Override
    public boolean canUndo() {
        return history.canUndo();
    }

    @Override
    public boolean canRedo() {
        return history.canRedo();
    }

    @Override
    public void undo() {
        history.undo();
    }

    @Override
    public void redo() {
        history.redo();
    }

    @Override
    public Command getUndoCommand() {
        return labelOf(history.getUndoCommand());
    }

    @Override
    public Command getRedoCommand() {
        return labelOf(history.getRedoCommand());
    }

    private static Command labelOf(org.eclipse.emf.common.command.Command command) {
        return command == null ? null : new EmfGefCommand(command);
    }

    @Override
    public boolean isDirty() {
        return history.isSaveNeeded();
    }

    @Override
    public void markSaveLocation() {
        history.saveIsDone();
        notifyListeners();
    }

    @Override
    public void flush() {
        history.flush();
    }

    @Override
    public Object[] getCommands() {
        return new Object[0];
    }
}
