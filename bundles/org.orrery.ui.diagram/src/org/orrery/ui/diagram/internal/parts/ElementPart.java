package org.orrery.ui.diagram.internal.parts;

import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.DragTracker;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.SnapToHelper;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.orrery.model.notation.Node;
import org.orrery.ui.diagram.internal.figures.KindIcons;
import org.orrery.ui.diagram.internal.figures.NodeFigure;
import org.orrery.ui.diagram.internal.structure.NodeKind;
import org.orrery.ui.diagram.internal.structure.NodeLabels;
import org.orrery.ui.emf.ItemPropertySource;

/**
 * The box of one element (its model is the element's layout node): draws it where the node
 * says, holds the boxes drawn inside it, is where lines start and end, and shows the element's
 * properties in the Properties view.
 */
public final class ElementPart extends AbstractGraphicalEditPart implements NodeEditPart, ModelPart {

    private final DiagramParts parts;
    private ConnectionAnchor anchor;

    ElementPart(Node node, DiagramParts parts) {
        this.parts = parts;
        setModel(node);
    }

    public Node node() {
        return (Node) getModel();
    }

    /** The model element this box draws. */
    public EObject element() {
        return node().getElement();
    }

    public NodeKind kind() {
        return NodeKind.of(element());
    }

    public NodeFigure nodeFigure() {
        return (NodeFigure) getFigure();
    }

    @Override
    protected IFigure createFigure() {
        NodeKind kind = kind();
        return new NodeFigure(kind, KindIcons.image(kind), parts.context().metrics());
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new DeletePolicy(parts));
        if (kind().holdsOthers()) {
            installEditPolicy(EditPolicy.LAYOUT_ROLE, new ContainerLayoutPolicy(parts, element(), node()));
        }
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new LinePolicy(parts));
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new NamePolicy(parts));
    }

    @Override
    protected void refreshVisuals() {
        EObject element = element();
        nodeFigure().setTexts(NodeLabels.title(element), NodeLabels.summary(element), NodeLabels.cells(element));
        Node node = node();
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(),
                new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
    }

    @Override
    protected List<?> getModelChildren() {
        return node().getChildren();
    }

    @Override
    protected List<?> getModelSourceConnections() {
        return parts.context().lines().from(element());
    }

    @Override
    protected List<?> getModelTargetConnections() {
        return parts.context().lines().to(element());
    }

    @Override
    public void childrenChanged() {
        refreshChildren();
    }

    @Override
    public void visualsChanged() {
        refreshVisuals();
    }

    @Override
    public void linesChanged() {
        refreshSourceConnections();
        refreshTargetConnections();
    }

    @Override
    public void performRequest(Request request) {
        if (RequestConstants.REQ_DIRECT_EDIT.equals(request.getType()) || RequestConstants.REQ_OPEN.equals(request.getType())) {
            new NameEditor(this).show();
        }
    }

    @Override
    public DragTracker getDragTracker(Request request) {
        return new ExplainingDragTracker(this);
    }

    private ConnectionAnchor anchor() {
        if (anchor == null) {
            anchor = new ChopboxAnchor(getFigure());
        }
        return anchor;
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return anchor();
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Object getAdapter(Class key) {
        if (key == IPropertySource.class) {
            return new ItemPropertySource(element(), parts.adapterFactory());
        }
        if (key == SnapToHelper.class) {
            return Snapping.helperFor(this);
        }
        return super.getAdapter(key);
    }
}
