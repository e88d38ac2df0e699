package org.orrery.ui.diagram.internal.parts;

import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.SnapToHelper;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;
import org.eclipse.gef.tools.MarqueeDragTracker;
import org.eclipse.ui.views.properties.IPropertySource;
import org.orrery.model.notation.Diagram;
import org.orrery.ui.emf.ItemPropertySource;

/**
 * The diagram's background: holds the top-level boxes (clouds, federations, overlays, phones),
 * accepts new ones, starts a marquee selection when dragged, and shows the World's properties.
 */
public final class DiagramPart extends AbstractGraphicalEditPart implements ModelPart {

    private final DiagramParts parts;

    DiagramPart(Diagram diagram, DiagramParts parts) {
        this.parts = parts;
        setModel(diagram);
    }

    public Diagram diagram() {
        return (Diagram) getModel();
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new ContainerLayoutPolicy(parts, parts.context().world(), null));
    }

    @Override
    protected List<?> getModelChildren() {
        return diagram().getNodes();
    }

    @Override
    public DragTracker getDragTracker(Request request) {
        return new MarqueeDragTracker();
    }

    @Override
    public void childrenChanged() {
        refreshChildren();
    }

    @Override
    public void visualsChanged() {
        // The background has no visuals of its own.
    }

    @Override
    public void linesChanged() {
        // No line starts or ends at the background.
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Object getAdapter(Class key) {
        if (key == IPropertySource.class) {
            return new ItemPropertySource(parts.context().world(), parts.adapterFactory());
        }
        if (key == SnapToHelper.class) {
            return Snapping.helperFor(this);
        }
        return super.getAdapter(key);
    }
}
