package org.orrery.ui.diagram.internal.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.ui.views.properties.IPropertySource;
import org.orrery.model.NetworkLink;
import org.orrery.ui.diagram.internal.commands.EmfGefCommand;
import org.orrery.ui.diagram.internal.figures.LineFigure;
import org.orrery.ui.diagram.internal.structure.DerivedConnection;
import org.orrery.ui.diagram.internal.structure.KindTexts;
import org.orrery.ui.diagram.internal.structure.NodeLabels;
import org.orrery.ui.emf.ItemPropertySource;

/**
 * A line between two boxes (its model is the line read from the model): styled by its kind,
 * deleted and reconnected through its carrier, showing its carrier's properties (a link's
 * bandwidth, a NIC's addresses).
 */
public final class LinePart extends AbstractConnectionEditPart implements ModelPart {

    private final DiagramParts parts;

    LinePart(DerivedConnection line, DiagramParts parts) {
        this.parts = parts;
        setModel(line);
    }

    public DerivedConnection line() {
        return (DerivedConnection) getModel();
    }

    public LineFigure lineFigure() {
        return (LineFigure) getFigure();
    }

    @Override
    protected IFigure createFigure() {
        return new LineFigure(line().kind());
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ExplainingEndpointPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new ConnectionEditPolicy() {
            @Override
            protected Command getDeleteCommand(GroupRequest request) {
                return new EmfGefCommand(parts.commands().deleteLine(line()));
            }
        });
    }

    @Override
    protected void refreshVisuals() {
        if (source() == null || target() == null) {
            // GEF refreshes a line as soon as one end is known; the other comes next.
            return;
        }
        EObject carrier = line().carrier();
        String description = KindTexts.label(line().kind()) + ": " + NodeLabels.title(source()) + " \u2192 "
                + NodeLabels.title(target());
        lineFigure().setTexts(carrier instanceof NetworkLink link ? NodeLabels.link(link) : "", description);
    }

    private EObject source() {
        return getSource() instanceof ElementPart e ? e.element() : null;
    }

    private EObject target() {
        return getTarget() instanceof ElementPart e ? e.element() : null;
    }

    @Override
    public void childrenChanged() {
        // Lines hold no boxes.
    }

    @Override
    public void visualsChanged() {
        refreshVisuals();
    }

    @Override
    public void linesChanged() {
        // Lines do not end at lines.
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Object getAdapter(Class key) {
        if (key == IPropertySource.class) {
            return new ItemPropertySource(line().carrier(), parts.adapterFactory());
        }
        return super.getAdapter(key);
    }
}
