package org.orrery.ui.diagram.internal;

import org.eclipse.gef.ui.actions.ActionBarContributor;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ZoomComboContributionItem;
import org.eclipse.gef.ui.actions.ZoomInRetargetAction;
import org.eclipse.gef.ui.actions.ZoomOutRetargetAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.RetargetAction;
import org.orrery.ui.diagram.internal.actions.DiagramActionIds;
import org.orrery.ui.diagram.internal.actions.Messages;

/**
 * The diagram editor's bars: Edit menu entries go to the workbench's own (Undo, Redo, Delete,
 * Copy, Paste, Select All act on the diagram while it is active); a Diagram menu and tool bar
 * items for zoom, grid, snapping, automatic layout and export.
 */
public final class DeploymentEditorContributor extends ActionBarContributor {

    @Override
    protected void buildActions() {
        addRetargetAction(new ZoomInRetargetAction());
        addRetargetAction(new ZoomOutRetargetAction());
        addRetargetAction(retarget(DiagramActionIds.ZOOM_FIT, Messages.Action_zoomFit));
        addRetargetAction(retarget(DiagramActionIds.ZOOM_ACTUAL,
                Messages.Action_zoomActual));
        addRetargetAction(retarget(GEFActionConstants.TOGGLE_GRID_VISIBILITY,
                Messages.Action_showGrid));
        addRetargetAction(retarget(GEFActionConstants.TOGGLE_SNAP_TO_GEOMETRY,
                Messages.Action_snap));
        addRetargetAction(retarget(DiagramActionIds.ARRANGE_ALL, Messages.Action_arrange));
        addRetargetAction(retarget(DiagramActionIds.EXPORT, Messages.Action_export));
        addRetargetAction(retarget(GEFActionConstants.DIRECT_EDIT, Messages.Action_rename));
    }

    private static RetargetAction retarget(String id, String text) {
        boolean toggle = id.equals(GEFActionConstants.TOGGLE_GRID_VISIBILITY) || id.equals(GEFActionConstants.TOGGLE_SNAP_TO_GEOMETRY);
        return toggle ? new RetargetAction(id, text, RetargetAction.AS_CHECK_BOX) : new RetargetAction(id, text);
    }

    @Override
    protected void declareGlobalActionKeys() {
        addGlobalActionKey(ActionFactory.UNDO.getId());
        addGlobalActionKey(ActionFactory.REDO.getId());
        addGlobalActionKey(ActionFactory.DELETE.getId());
        addGlobalActionKey(ActionFactory.COPY.getId());
        addGlobalActionKey(ActionFactory.PASTE.getId());
        addGlobalActionKey(ActionFactory.SELECT_ALL.getId());
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        toolBar.add(new Separator());
        toolBar.add(getAction(GEFActionConstants.ZOOM_OUT));
        toolBar.add(new ZoomComboContributionItem(getPage()));
        toolBar.add(getAction(GEFActionConstants.ZOOM_IN));
        toolBar.add(getAction(DiagramActionIds.ZOOM_FIT));
        toolBar.add(new Separator());
        toolBar.add(getAction(DiagramActionIds.ARRANGE_ALL));
    }

    @Override
    public void contributeToMenu(IMenuManager menuBar) {
        MenuManager diagram = new MenuManager(Messages.Menu_diagram, "org.orrery.ui.diagram.menu");
        diagram.add(getAction(GEFActionConstants.ZOOM_IN));
        diagram.add(getAction(GEFActionConstants.ZOOM_OUT));
        diagram.add(getAction(DiagramActionIds.ZOOM_FIT));
        diagram.add(getAction(DiagramActionIds.ZOOM_ACTUAL));
        diagram.add(new Separator());
        diagram.add(getAction(GEFActionConstants.TOGGLE_GRID_VISIBILITY));
        diagram.add(getAction(GEFActionConstants.TOGGLE_SNAP_TO_GEOMETRY));
        diagram.add(new Separator());
        diagram.add(getAction(GEFActionConstants.DIRECT_EDIT));
        diagram.add(getAction(DiagramActionIds.ARRANGE_ALL));
        diagram.add(new Separator());
        diagram.add(getAction(DiagramActionIds.EXPORT));
        menuBar.insertAfter(IWorkbenchActionConstants.MB_ADDITIONS, diagram);
    }
}
