package org.orrery.ui.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.ui.actions.UpdateAction;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.orrery.model.NamedElement;
import org.orrery.model.notation.Node;
import org.orrery.ui.diagram.internal.parts.ElementPart;
import org.orrery.ui.diagram.internal.parts.LinePart;
import org.orrery.ui.diagram.internal.structure.ConnectionKind;
import org.orrery.ui.diagram.internal.structure.NodeKind;
import org.orrery.ui.testing.UiTestSupport;

/** What the diagram tests share: opening files in the editor, finding boxes and lines, running commands. */
final class DiagramTestSupport {

    private DiagramTestSupport() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Copies a shipped sample into {@code dir}. */
    static Path sample(String name, Path dir) throws IOException {
        try (InputStream in = FileLocator.find(Platform.getBundle("org.orrery.model"),
                new org.eclipse.core.runtime.Path("samples/" + name)).openStream()) {
            Path copy = dir.resolve(name);
            Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
    }

    /** Opens {@code file} as File &gt; Open File does, and waits until the diagram painted. */
    static DeploymentEditor open(Path file) throws PartInitException {
        IEditorPart editor = IDE.openEditorOnFileStore(page(), EFS.getLocalFileSystem().getStore(file.toUri()));
        DeploymentEditor diagram = assertInstanceOf(DeploymentEditor.class, editor);
        UiTestSupport.pump(200);
        return diagram;
    }

    /** The box of the element named {@code name}. */
    static ElementPart box(DeploymentEditor editor, String name) {
        for (ElementPart part : boxes(editor)) {
            if (part.element() instanceof NamedElement n && name.equals(n.getName())) {
                return part;
            }
        }
        throw new AssertionError("no box named " + name);
    }

    static List<ElementPart> boxes(DeploymentEditor editor) {
        List<ElementPart> out = new ArrayList<>();
        for (Object part : editor.viewer().getEditPartRegistry().values()) {
            if (part instanceof ElementPart e) {
                out.add(e);
            }
        }
        return out;
    }

    static long count(DeploymentEditor editor, NodeKind kind) {
        return boxes(editor).stream().filter(p -> p.kind() == kind).count();
    }

    static List<LinePart> lines(DeploymentEditor editor, ConnectionKind kind) {
        List<LinePart> out = new ArrayList<>();
        for (Object part : editor.viewer().getEditPartRegistry().values()) {
            if (part instanceof LinePart l && l.line().kind() == kind && l.getSource() != null && l.getTarget() != null) {
                out.add(l);
            }
        }
        return out;
    }

    /** The element named {@code name} anywhere in the model. */
    static <T extends EObject> T element(DeploymentEditor editor, Class<T> type, String name) {
        for (var it = EcoreUtil.<EObject>getAllContents(editor.world(), true); it.hasNext();) {
            EObject e = it.next();
            if (type.isInstance(e) && e instanceof NamedElement n && name.equals(n.getName())) {
                return type.cast(e);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " named " + name);
    }

    /** The box's bounds in viewer (canvas) coordinates. */
    static Rectangle onCanvas(GraphicalEditPart part) {
        IFigure figure = part.getFigure();
        Rectangle r = figure.getBounds().getCopy();
        figure.translateToAbsolute(r);
        return r;
    }

    /** A point inside {@code part}'s box, below its header, in viewer coordinates. */
    static Point insideBelowHeader(ElementPart part, int dx, int dy) {
        Rectangle r = onCanvas(part);
        return new Point(r.x + dx, r.y + dy);
    }

    /** Executes {@code command} as the editor's tools do, failing if it is refused. */
    static void run(DeploymentEditor editor, Command command) {
        assertNotNull(command, "no command");
        assertTrue(command.canExecute(), "command refused: " + command.getLabel());
        editor.gefStack().execute(command);
        UiTestSupport.pump(50);
    }

    /** Runs the editor's action {@code id} after bringing its enablement up to date. */
    static void action(DeploymentEditor editor, String id) {
        IAction action = editor.actions().getAction(id);
        assertNotNull(action, "no action " + id);
        if (action instanceof UpdateAction u) {
            u.update();
        }
        assertTrue(action.isEnabled(), id + " is disabled");
        action.run();
        UiTestSupport.pump(50);
    }

    /** Layout of every node by element id: what "the same layout" means after reopening. */
    static Map<String, Rectangle> layout(DeploymentEditor editor) {
        Map<String, Rectangle> out = new HashMap<>();
        for (var it = editor.context().diagram().eAllContents(); it.hasNext();) {
            Node node = (Node) it.next();
            out.put(EcoreUtil.getID(node.getElement()),
                    new Rectangle(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
        }
        return out;
    }

    static int pixels(ImageData data, RGB rgb) {
        int n = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                if (data.palette.getRGB(data.getPixel(x, y)).equals(rgb)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The request's part: the part of {@code editor} drawing {@code element}. */
    static EditPart partOf(DeploymentEditor editor, EObject element) {
        return (EditPart) editor.viewer().getEditPartRegistry().get(editor.context().nodes().nodeOf(element));
    }
}
