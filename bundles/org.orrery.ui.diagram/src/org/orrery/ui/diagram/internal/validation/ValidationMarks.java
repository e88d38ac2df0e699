package org.orrery.ui.diagram.internal.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.swt.widgets.Display;
import org.orrery.model.notation.Node;
import org.orrery.model.validation.OrreryValidator;
import org.orrery.ui.diagram.internal.commands.DiagramContext;
import org.orrery.ui.diagram.internal.parts.ElementPart;
import org.orrery.ui.diagram.internal.parts.LinePart;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;
import org.orrery.ui.diagram.internal.structure.DerivedConnection;

/**
 * Validation results on the figures: after the model changes (and a short pause, so typing or
 * dragging does not validate at every step) the whole model is validated and each problem is
 * shown on the box or line of the element it is about, or on the nearest box that contains it
 * (a vCPU's problem on its VM). The worst severity colours the outline; every message goes in
 * the tool tip.
 */
public final class ValidationMarks {

    /** Pause after the last change before validating. */
    static final int DELAY_MS = 300;

    private final EditPartViewer viewer;
    private final DiagramContext context;
    private final Runnable run = this::validateNow;
    private boolean scheduled;
    private int errors;
    private int warnings;

    public ValidationMarks(EditPartViewer viewer, DiagramContext context) {
        this.viewer = viewer;
        this.context = context;
    }

    /** The model changed: validate once it has been quiet for a moment. */
    public void schedule() {
        Display display = viewer.getControl().getDisplay();
        if (scheduled) {
            display.timerExec(-1, run);
        }
        scheduled = true;
        display.timerExec(DELAY_MS, run);
    }

    /** Stops a pending validation (the editor closes). */
    public void cancel() {
        // When the editor closes, GEF may already have let go of the canvas.
        if (scheduled && viewer.getControl() != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().timerExec(-1, run);
        }
        scheduled = false;
    }

    public int errors() {
        return errors;
    }

    public int warnings() {
        return warnings;
    }

    /** Validates the model and updates every mark now. */
    public void validateNow() {
        scheduled = false;
        if (viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        Map<Object, Mark> marks = new HashMap<>();
        errors = 0;
        warnings = 0;
        for (Diagnostic d : OrreryValidator.diagnose(context.world()).getChildren()) {
            if (d.getSeverity() >= Diagnostic.ERROR) {
                errors++;
            } else if (d.getSeverity() == Diagnostic.WARNING) {
                warnings++;
            } else {
                continue;
            }
            Object target = targetOf(d);
            if (target != null) {
                marks.computeIfAbsent(target, t -> new Mark()).add(d);
            }
        }
        for (Object part : viewer.getEditPartRegistry().values().toArray()) {
            if (part instanceof ElementPart e) {
                Mark m = marks.get(e.node());
                e.nodeFigure().setProblem(m == null ? Diagnostic.OK : m.severity, m == null ? null : m.text());
            } else if (part instanceof LinePart l) {
                Mark m = marks.get(l.line());
                l.lineFigure().setProblem(m == null ? Diagnostic.OK : m.severity, m == null ? null : m.text());
            }
        }
    }

    /** The line or the node a problem is shown on: its subject's, else the nearest enclosing box. */
    private Object targetOf(Diagnostic d) {
        List<?> data = d.getData();
        if (data.isEmpty() || !(data.get(0) instanceof EObject subject)) {
            return null;
        }
        Node own = context.nodes().nodeOf(subject);
        if (own != null) {
            return own;
        }
        // A link or a tunnel has no box: its line shows its problems.
        for (ConnectionKind kind : ConnectionKind.values()) {
            DerivedConnection line = new DerivedConnection(kind, subject);
            if (viewer.getEditPartRegistry().get(line) instanceof LinePart) {
                return line;
            }
        }
        return context.nodes().nearestNode(subject);
    }

    /** The problems of one box or line. */
    private static final class Mark {
        int severity = Diagnostic.OK;
        final StringBuilder messages = new StringBuilder();

        void add(Diagnostic d) {
            severity = Math.max(severity, d.getSeverity());
            messages.append(messages.length() == 0 ? "" : "\n").append("\u2022 ").append(d.getMessage());
        }

        String text() {
            return messages.toString();
        }
    }
}
