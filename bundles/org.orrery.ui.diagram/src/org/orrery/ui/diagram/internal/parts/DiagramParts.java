package org.orrery.ui.diagram.internal.parts;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.orrery.model.notation.Diagram;
import org.orrery.model.notation.Node;
import org.orrery.ui.diagram.internal.commands.DiagramCommands;
import org.orrery.ui.diagram.internal.commands.DiagramContext;
import org.orrery.ui.diagram.internal.structure.DerivedConnection;

/**
 * Makes the edit parts of one diagram (the diagram, one per node, one per line) and hands them
 * what they share: the open model, its commands, and the item providers for properties.
 */
public final class DiagramParts implements EditPartFactory {

    private final DiagramContext context;
    private final DiagramCommands commands;
    private final AdapterFactory adapterFactory;
    private RunGestures runGestures = RunGestures.NONE;

    public DiagramParts(DiagramContext context, AdapterFactory adapterFactory) {
        this.context = context;
        this.commands = new DiagramCommands(context);
        this.adapterFactory = adapterFactory;
    }

    @Override
    public EditPart createEditPart(EditPart parent, Object model) {
        EditPart part;
        if (model instanceof Diagram diagram) {
            part = new DiagramPart(diagram, this);
        } else if (model instanceof Node node) {
            part = new ElementPart(node, this);
        } else if (model instanceof DerivedConnection line) {
            part = new LinePart(line, this);
        } else {
            throw new IllegalArgumentException("No edit part for " + model);
        }
        return part;
    }

    public DiagramContext context() {
        return context;
    }

    public DiagramCommands commands() {
        return commands;
    }

    /** What gestures mean while a run is watched (the editor sets it; {@link RunGestures#NONE} by default). */
    public void setRunGestures(RunGestures gestures) {
        runGestures = gestures == null ? RunGestures.NONE : gestures;
    }

    RunGestures runGestures() {
        return runGestures;
    }

    AdapterFactory adapterFactory() {
        return adapterFactory;
    }
}
