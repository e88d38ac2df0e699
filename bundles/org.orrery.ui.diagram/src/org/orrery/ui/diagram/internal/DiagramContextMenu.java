package org.orrery.ui.diagram.internal;

import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.actions.ActionFactory;
import org.orrery.ui.diagram.internal.actions.DiagramActionIds;

/** The diagram's context menu: undo, editing, zoom, layout and export, enabled as they apply. */
final class DiagramContextMenu extends ContextMenuProvider {

    private final ActionRegistry registry;

    DiagramContextMenu(EditPartViewer viewer, ActionRegistry registry) {
        super(viewer);
        this.registry = registry;
    }

    @Override
    public void buildContextMenu(IMenuManager menu) {
        GEFActionConstants.addStandardActionGroups(menu);
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId());
        add(menu, GEFActionConstants.GROUP_UNDO, ActionFactory.REDO.getId());
        add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.COPY.getId());
        add(menu, GEFActionConstants.GROUP_COPY, ActionFactory.PASTE.getId());
        add(menu, GEFActionConstants.GROUP_EDIT, GEFActionConstants.DIRECT_EDIT);
        add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.DELETE.getId());
        add(menu, GEFActionConstants.GROUP_EDIT, ActionFactory.SELECT_ALL.getId());
        add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_IN);
        add(menu, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_OUT);
        add(menu, GEFActionConstants.GROUP_VIEW, DiagramActionIds.ZOOM_FIT);
        add(menu, GEFActionConstants.GROUP_VIEW, DiagramActionIds.ZOOM_ACTUAL);
        add(menu, GEFActionConstants.GROUP_REST, DiagramActionIds.ARRANGE_ALL);
        add(menu, GEFActionConstants.GROUP_SAVE, DiagramActionIds.EXPORT);
    }

    private void add(IMenuManager menu, String group, String id) {
        IAction action = registry.getAction(id);
        if (action != null && action.isEnabled()) {
            menu.appendToGroup(group, action);
        }
    }
}
