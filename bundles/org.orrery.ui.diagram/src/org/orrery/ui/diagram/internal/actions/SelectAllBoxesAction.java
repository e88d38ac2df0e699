package org.orrery.ui.diagram.internal.actions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.actions.ActionFactory;
import org.orrery.ui.diagram.internal.parts.ElementPart;

/**
 * Edit &gt; Select All: every box, nested ones included (GEF's own selects only the top level,
 * which in a deployment diagram is a handful of clouds).
 */
public final class SelectAllBoxesAction extends Action {

    private final GraphicalViewer viewer;

    public SelectAllBoxesAction(GraphicalViewer viewer) {
        this.viewer = viewer;
        setId(ActionFactory.SELECT_ALL.getId());
        setText(Messages.Action_selectAll);
        setActionDefinitionId("org.eclipse.ui.edit.selectAll");
    }

    @Override
    public void run() {
        List<ElementPart> boxes = new ArrayList<>();
        for (Object part : viewer.getEditPartRegistry().values()) {
            if (part instanceof ElementPart box && box.isSelectable()) {
                boxes.add(box);
            }
        }
        viewer.setSelection(new StructuredSelection(boxes));
    }
}
