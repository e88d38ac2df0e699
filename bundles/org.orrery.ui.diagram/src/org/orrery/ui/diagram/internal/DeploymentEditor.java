package org.orrery.ui.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.orrery.model.World;
import org.orrery.model.persistence.ModelFileException;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.model.validation.OrreryValidator;

/**
 * Shows a {@code .orrery} model as a deployment diagram. A file that cannot be read opens as a
 * page listing its problems with line and column; the file is never written, so nothing is lost.
 */
public final class DeploymentEditor extends EditorPart {

    private World world;
    private String loadProblem;
    private FigureCanvas canvas;
    private IFigure contents;
    private Diagnostic diagnostic;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        Path file = pathOf(input);
        if (file == null) {
            throw new PartInitException(Messages.bind(Messages.Editor_notAFile, input.getName()));
        }
        try {
            world = OrreryResources.load(file);
            diagnostic = OrreryValidator.diagnose(world);
        } catch (ModelFileException e) {
            List<String> lines = new ArrayList<>();
            e.getProblems().forEach(p -> lines.add(p.toString()));
            loadProblem = Messages.bind(Messages.Editor_unreadable, file, String.join("\n", lines));
        } catch (IOException e) {
            loadProblem = Messages.bind(Messages.Editor_unreadable, file, e.getMessage());
        }
    }

    static Path pathOf(IEditorInput input) {
        if (input instanceof IFileEditorInput fi && fi.getFile().getLocation() != null) {
            return fi.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput ui && "file".equals(ui.getURI().getScheme())) {
            return Path.of(ui.getURI());
        }
        return null;
    }

    @Override
    public void createPartControl(Composite parent) {
        if (loadProblem != null) {
            createProblemPage(parent);
            return;
        }
        canvas = new FigureCanvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(ColorConstants.white);
        contents = DeploymentFigures.build(world);
        // Contents as wide as the viewport: the flow layouts then wrap instead of running off.
        canvas.getViewport().setContentsTracksWidth(true);
        canvas.setContents(contents);
        setContentDescription(summary());
    }

    private void createProblemPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        Label title = new Label(page, SWT.WRAP);
        title.setText(Messages.Editor_unreadableTitle);
        title.setFont(DiagramFonts.bold());
        Text details = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setText(loadProblem);
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    private String summary() {
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : diagnostic.getChildren()) {
            if (d.getSeverity() == Diagnostic.ERROR) {
                errors++;
            } else if (d.getSeverity() == Diagnostic.WARNING) {
                warnings++;
            }
        }
        long hosts = world.getClouds().stream().flatMap(c -> c.getSites().stream()).mapToLong(s -> s.getHosts().size()).sum();
        long vms = world.getClouds().stream().mapToLong(c -> c.getVirtualMachines().size()).sum();
        return java.text.MessageFormat.format(Messages.Editor_summary, world.getClouds().size(), hosts, vms, errors, warnings);
    }

    /** The problem shown instead of a diagram, or {@code null} when the model was read. */
    public String loadProblem() {
        return loadProblem;
    }

    /** The root figure of the diagram, or {@code null} when the file could not be read. */
    public IFigure diagram() {
        return contents;
    }

    /** Figures drawing instances of {@code type} (Cloud, Host, VirtualMachine...). */
    public <T> List<T> shown(Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(contents, type, out);
        return out;
    }

    private static <T> void collect(IFigure figure, Class<T> type, List<T> out) {
        if (figure == null) {
            return;
        }
        if (figure instanceof NodeFigure n && type.isInstance(n.element())) {
            out.add(type.cast(n.element()));
        }
        for (Object child : figure.getChildren()) {
            collect((IFigure) child, type, out);
        }
    }

    @Override
    public void setFocus() {
        if (canvas != null) {
            canvas.setFocus();
        }
    }

    // Read-only for now: the editing diagram replaces this part (issue 5).
    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
