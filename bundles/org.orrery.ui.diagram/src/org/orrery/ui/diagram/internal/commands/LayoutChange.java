package org.orrery.ui.diagram.internal.commands;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.orrery.model.notation.Diagram;

/**
 * A change to the layout made by plain code (reconciliation, automatic layout), recorded while
 * it runs so that undo and redo replay it exactly. Records only the diagram's nodes.
 */
final class LayoutChange extends ChangeCommand {

    private final Runnable change;

    LayoutChange(Diagram diagram, String label, Runnable change) {
        super(diagram);
        this.change = change;
        setLabel(label);
    }

    @Override
    protected void doExecute() {
        change.run();
    }

    /** Whether running it changed nothing (then it need not be kept). */
    boolean changedNothing() {
        ChangeDescription d = getChangeDescription();
        return d == null || d.getObjectChanges().isEmpty() && d.getObjectsToAttach().isEmpty()
                && d.getObjectsToDetach().isEmpty() && d.getResourceChanges().isEmpty();
    }
}
