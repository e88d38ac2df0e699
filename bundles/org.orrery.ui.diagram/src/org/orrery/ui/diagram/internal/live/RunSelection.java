package org.orrery.ui.diagram.internal.live;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.IWorkbenchPart;
import org.orrery.ui.diagram.internal.commands.DiagramContext;
import org.orrery.ui.views.RunObject;

/**
 * A click in a live view (an event-log row, a timeline lane) selects and reveals the object in the
 * diagram: views put {@link RunObject}s (telemetry subjects) in their selection; this finds the
 * boxes of those subjects. A selection naming nothing in this diagram leaves its selection alone.
 */
public final class RunSelection implements ISelectionListener {

    private final IWorkbenchPart editor;
    private final GraphicalViewer viewer;
    private final DiagramContext context;
    private final ISelectionService service;
    private List<EditPart> lastFound = List.of();

    public RunSelection(IWorkbenchPart editor, GraphicalViewer viewer, DiagramContext context) {
        this.editor = editor;
        this.viewer = viewer;
        this.context = context;
        this.service = editor.getSite().getWorkbenchWindow().getSelectionService();
        service.addSelectionListener(this);
    }

    public void dispose() {
        service.removeSelectionListener(this);
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == editor || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()
                || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        Subjects subjects = null;
        List<EditPart> parts = new ArrayList<>();
        for (Object o : structured.toList()) {
            if (o instanceof RunObject run) {
                if (subjects == null) {
                    subjects = new Subjects(context.world());
                }
                EObject element = subjects.find(run.id());
                var node = element == null ? null : context.nodes().nodeOf(element);
                if (node != null && viewer.getEditPartRegistry().get(node) instanceof EditPart p) {
                    parts.add(p);
                }
            }
        }
        if (!parts.isEmpty()) {
            viewer.setSelection(new StructuredSelection(parts));
            viewer.reveal(parts.get(0));
        }
        lastFound = parts;
    }

    /** The boxes the last selection of RunObjects named (for tests). */
    public List<EditPart> lastFound() {
        return lastFound;
    }
}
