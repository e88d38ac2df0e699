package org.orrery.ui.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.orrery.model.World;
import org.orrery.model.notation.Diagram;
import org.orrery.model.notation.NotationFactory;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.diagram.internal.notation.NodeMetrics;
import org.orrery.ui.diagram.internal.notation.NotationSync;
import org.orrery.ui.diagram.internal.structure.DiagramStructure;

/**
 * A .orrery file opened for drawing: its World and its diagram layout (the second root). A file
 * without a layout (generated, imported, or written by hand) gets an automatic one; a layout
 * that no longer matches the model is corrected. Either way the user is told, and the file on
 * disk is unchanged until saved.
 */
record DiagramDocument(World world, Diagram diagram, String notice) {

    /** Reads {@code file}; a file that cannot be read throws (ModelFileException says where). */
    static DiagramDocument load(Path file, NodeMetrics metrics) throws IOException {
        World world = OrreryResources.load(file);
        Resource resource = world.eResource();
        Diagram diagram = null;
        for (EObject root : resource.getContents()) {
            if (root instanceof Diagram d) {
                diagram = d;
                break;
            }
        }
        boolean hadLayout = diagram != null && !diagram.getNodes().isEmpty();
        if (diagram == null) {
            diagram = NotationFactory.eINSTANCE.createDiagram();
            resource.getContents().add(diagram);
        }
        NotationSync.Report report = new NotationSync(new DiagramStructure(world), metrics).reconcile(diagram);
        String notice = null;
        if (!hadLayout && !diagram.getNodes().isEmpty()) {
            notice = Messages.Notice_noLayout;
        } else if (hadLayout && report.changed()) {
            // MessageFormat, not NLS.bind: the text chooses singular or plural.
            notice = MessageFormat.format(Messages.Notice_staleLayout, report.placed(), report.dropped());
        }
        return new DiagramDocument(world, diagram, notice);
    }
}
