package org.orrery.ui.internal.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.orrery.model.NamedElement;
import org.orrery.model.World;
import org.orrery.model.persistence.ModelFileException;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.model.validation.OrreryValidator;

/**
 * Turns one .orrery file's state into markers: its read problems (with line numbers) or its
 * validation diagnostics (with the object they are about). Replaces the file's previous markers.
 */
public final class ModelProblemMarkers {

    /** Our marker type, a problem marker, so the Problems view lists it. */
    public static final String MARKER_TYPE = "org.orrery.ui.modelProblem";
    /** Marker attribute: the model id of the object the problem is about (for the diagram). */
    public static final String OBJECT_ID = "orrery.objectId";

    private ModelProblemMarkers() {
    }

    /** Reads and validates {@code file}; returns the number of markers it now has. */
    public static int update(IFile file) throws CoreException {
        List<Problem> problems = problems(file);
        file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
        for (Problem p : problems) {
            IMarker marker = file.createMarker(MARKER_TYPE);
            marker.setAttribute(IMarker.SEVERITY, p.severity);
            marker.setAttribute(IMarker.MESSAGE, p.message);
            if (p.line > 0) {
                marker.setAttribute(IMarker.LINE_NUMBER, p.line);
            }
            if (p.location != null) {
                marker.setAttribute(IMarker.LOCATION, p.location);
            }
            if (p.objectId != null) {
                marker.setAttribute(OBJECT_ID, p.objectId);
            }
        }
        return problems.size();
    }

    private record Problem(int severity, String message, int line, String location, String objectId) {
    }

    private static List<Problem> problems(IFile file) {
        List<Problem> out = new ArrayList<>();
        if (file.getLocation() == null) {
            return out;
        }
        World world;
        try {
            world = OrreryResources.load(file.getLocation().toFile().toPath());
        } catch (ModelFileException e) {
            for (ModelFileException.Problem p : e.getProblems()) {
                out.add(new Problem(IMarker.SEVERITY_ERROR, p.message(), p.line(), p.line() > 0 ? "line " + p.line() : null, null));
            }
            return out;
        } catch (IOException e) {
            out.add(new Problem(IMarker.SEVERITY_ERROR, "cannot read the file: " + e.getMessage(), 0, null, null));
            return out;
        }
        for (Diagnostic d : OrreryValidator.diagnose(world).getChildren()) {
            int severity = switch (d.getSeverity()) {
                case Diagnostic.ERROR -> IMarker.SEVERITY_ERROR;
                case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
                default -> IMarker.SEVERITY_INFO;
            };
            EObject about = d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject o) ? null : o;
            out.add(new Problem(severity, d.getMessage(), 0, label(about), about == null ? null : EcoreUtil.getID(about)));
        }
        return out;
    }

    /** "Host a1": what the Problems view's Location column shows. */
    static String label(EObject object) {
        if (object == null) {
            return null;
        }
        String kind = object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2");
        return object instanceof NamedElement n && n.getName() != null ? kind + " " + n.getName() : kind;
    }
}
