package org.orrery.ui.diagram.internal.actions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.orrery.model.notation.Node;
import org.orrery.ui.diagram.internal.parts.ElementPart;

/**
 * Edit &gt; Copy: remembers the selected boxes. Their elements are copied when pasted, so a
 * paste shows them as they are then (and pasting twice gives two copies).
 */
public final class CopyAction extends SelectionAction {

    /** What the clipboard holds after a copy: the boxes' layout nodes. */
    public record CopiedBoxes(List<Node> nodes) {
    }

    public CopyAction(IWorkbenchPart part) {
        super(part);
        setId(ActionFactory.COPY.getId());
        setText(Messages.Action_copy);
        setActionDefinitionId("org.eclipse.ui.edit.copy");
    }

    private List<Node> selectedNodes() {
        List<Node> nodes = new ArrayList<>();
        for (Object o : getSelectedObjects()) {
            if (o instanceof ElementPart part) {
                nodes.add(part.node());
            }
        }
        return nodes;
    }

    @Override
    protected boolean calculateEnabled() {
        return !selectedNodes().isEmpty();
    }

    @Override
    public void run() {
        Clipboard.getDefault().setContents(new CopiedBoxes(selectedNodes()));
    }
}
