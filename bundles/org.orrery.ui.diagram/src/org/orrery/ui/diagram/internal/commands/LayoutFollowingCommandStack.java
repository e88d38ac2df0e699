package org.orrery.ui.diagram.internal.commands;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;

/**
 * The editing domain's command stack of an open diagram. Every command executed on it, from the
 * diagram or from the Properties view, is followed in the same undoable step by the layout's
 * follow-up (new elements get boxes, moved ones follow, boxes grow to fit), so undo takes back
 * the change and its layout together, and the layout never lags behind the model.
 */
public final class LayoutFollowingCommandStack extends BasicCommandStack {

    private final Supplier<Command> followUp;

    /** {@code followUp} runs the layout's reconciliation as a command it has executed, or returns {@code null}. */
    public LayoutFollowingCommandStack(Supplier<Command> followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(Command command) {
        super.execute(command == null ? null : new Followed(command));
    }

    /** The user's command and the layout change it caused, undone and redone together. */
    private final class Followed extends CommandWrapper {
        private Command layout;

        Followed(Command command) {
            super(command);
        }

        @Override
        public void execute() {
            super.execute();
            layout = followUp.get();
        }

        @Override
        public void undo() {
            if (layout != null) {
                layout.undo();
            }
            super.undo();
        }

        @Override
        public void redo() {
            super.redo();
            if (layout != null) {
                layout.redo();
            }
        }

        @Override
        public void dispose() {
            if (layout != null) {
                layout.dispose();
            }
            super.dispose();
        }
    }
}
