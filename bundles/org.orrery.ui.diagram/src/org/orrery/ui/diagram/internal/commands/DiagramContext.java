package org.orrery.ui.diagram.internal.commands;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.orrery.model.World;
import org.orrery.model.notation.Diagram;
import org.orrery.ui.diagram.internal.notation.NodeMetrics;
import org.orrery.ui.diagram.internal.notation.NotationIndex;
import org.orrery.ui.diagram.internal.notation.NotationSync;
import org.orrery.ui.diagram.internal.structure.ConnectionIndex;
import org.orrery.ui.diagram.internal.structure.DiagramStructure;
import org.orrery.ui.diagram.internal.structure.Placement;

/**
 * One open diagram: its model and layout, the editing domain that changes them, and the
 * indexes the edit parts share. The indexes are read again lazily after a change.
 */
public final class DiagramContext {

    private final World world;
    private final Diagram diagram;
    private final AdapterFactoryEditingDomain domain;
    private final DiagramStructure structure;
    private final Placement placement;
    private final NodeMetrics metrics;
    private final NotationIndex nodes;
    private ConnectionIndex lines;

    public DiagramContext(World world, Diagram diagram, AdapterFactoryEditingDomain domain, NodeMetrics metrics) {
        this.world = world;
        this.diagram = diagram;
        this.domain = domain;
        this.structure = new DiagramStructure(world);
        this.placement = new Placement(domain, structure);
        this.metrics = metrics;
        this.nodes = new NotationIndex(diagram);
    }

    public World world() {
        return world;
    }

    public Diagram diagram() {
        return diagram;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public DiagramStructure structure() {
        return structure;
    }

    public Placement placement() {
        return placement;
    }

    public NodeMetrics metrics() {
        return metrics;
    }

    public NotationSync sync() {
        return new NotationSync(structure, metrics);
    }

    public NotationIndex nodes() {
        return nodes;
    }

    /** The lines of the model, read again after {@link #linesChanged()}. */
    public ConnectionIndex lines() {
        if (lines == null) {
            lines = new ConnectionIndex(world, structure);
        }
        return lines;
    }

    /** The model changed in a way that may add, remove or move lines. */
    public void linesChanged() {
        lines = null;
    }

    /** The layout follow-up of a command: reconciliation as an executed command, or {@code null} if nothing changed. */
    public org.eclipse.emf.common.command.Command followUp() {
        LayoutChange change = new LayoutChange(diagram, "", () -> sync().reconcile(diagram));
        change.execute();
        if (change.changedNothing()) {
            change.dispose();
            return null;
        }
        return change;
    }
}
