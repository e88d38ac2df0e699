package org.orrery.ui.diagram.internal.parts;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.gef.EditPartViewer;
import org.orrery.model.notation.Diagram;
import org.orrery.model.notation.Node;
import org.orrery.model.notation.NotationPackage;
import org.orrery.ui.diagram.internal.commands.DiagramContext;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;
import org.orrery.ui.diagram.internal.structure.DerivedConnection;

/**
 * The one listener of an open diagram's file (model and layout): a layout change refreshes the
 * box it concerns; a model change refreshes the box that shows it (a vCPU added shows in its
 * VM's cells) and, when a reference changed, marks the lines for {@link #refreshLines()}, which
 * the editor calls once per command rather than once per notification.
 */
public final class DiagramUpdater extends EContentAdapter {

    private final EditPartViewer viewer;
    private final DiagramContext context;
    private boolean linesStale;

    public DiagramUpdater(EditPartViewer viewer, DiagramContext context) {
        this.viewer = viewer;
        this.context = context;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || !(notification.getNotifier() instanceof EObject object)) {
            return;
        }
        Object feature = notification.getFeature();
        if (object instanceof Diagram) {
            context.nodes().invalidate();
            linesStale = true;
            tell(object, ModelPart::childrenChanged);
        } else if (object instanceof Node node) {
            if (feature == NotationPackage.Literals.NODE__CHILDREN || feature == NotationPackage.Literals.NODE__ELEMENT) {
                context.nodes().invalidate();
                linesStale = true;
                tell(node, ModelPart::childrenChanged);
            }
            tell(node, ModelPart::visualsChanged);
        } else {
            if (feature instanceof EReference) {
                context.linesChanged();
                linesStale = true;
            }
            Node node = context.nodes().nearestNode(object);
            if (node != null) {
                tell(node, ModelPart::visualsChanged);
            }
            for (ConnectionKind kind : ConnectionKind.values()) {
                tell(new DerivedConnection(kind, object), ModelPart::visualsChanged);
            }
        }
    }

    /** Lines that appeared, vanished or changed ends since the last call are redrawn. */
    public void refreshLines() {
        if (!linesStale) {
            return;
        }
        linesStale = false;
        context.linesChanged();
        for (Object part : viewer.getEditPartRegistry().values().toArray()) {
            if (part instanceof ElementPart element && element.isActive()) {
                element.linesChanged();
            }
        }
    }

    private void tell(Object model, java.util.function.Consumer<ModelPart> message) {
        Map<?, ?> registry = viewer.getEditPartRegistry();
        if (registry.get(model) instanceof ModelPart part) {
            message.accept(part);
        }
    }
}
