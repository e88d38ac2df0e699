package org.orrery.ui.diagram.internal.actions;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.orrery.ui.diagram.internal.commands.DiagramCommands;
import org.orrery.ui.diagram.internal.commands.EmfGefCommand;
import org.orrery.ui.diagram.internal.parts.ElementPart;

/**
 * Edit &gt; Paste: copies of the copied boxes' elements, into the selected box when their kind
 * fits there (VMs onto a selected host), otherwise beside the originals. One undoable step.
 */
public final class PasteAction extends SelectionAction {

    private final DiagramCommands commands;
    private int pastes;

    public PasteAction(IWorkbenchPart part, DiagramCommands commands) {
        super(part);
        this.commands = commands;
        setId(ActionFactory.PASTE.getId());
        setText(Messages.Action_paste);
        setActionDefinitionId("org.eclipse.ui.edit.paste");
    }

    private Command paste() {
        if (!(Clipboard.getDefault().getContents() instanceof CopyAction.CopiedBoxes copied)) {
            return null;
        }
        EObject target = null;
        if (getSelectedObjects().size() == 1 && getSelectedObjects().get(0) instanceof ElementPart part) {
            target = part.element();
        }
        return commands.paste(copied.nodes(), target, pastes + 1);
    }

    @Override
    protected boolean calculateEnabled() {
        // Cheap: the copies themselves are made when the user pastes.
        return Clipboard.getDefault().getContents() instanceof CopyAction.CopiedBoxes copied
                && copied.nodes().stream().anyMatch(n -> n.eResource() != null);
    }

    @Override
    public void run() {
        Command paste = paste();
        if (paste != null) {
            pastes++;
            execute(new EmfGefCommand(paste));
        }
    }
}
