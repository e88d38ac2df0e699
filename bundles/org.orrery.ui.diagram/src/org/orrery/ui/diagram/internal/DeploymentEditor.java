package org.orrery.ui.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.SnapToGeometry;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.dnd.TemplateTransferDragSourceListener;
import org.eclipse.gef.dnd.TemplateTransferDropTargetListener;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.gef.ui.palette.PaletteViewerProvider;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.orrery.model.World;
import org.orrery.model.persistence.ModelFileException;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.ui.diagram.internal.actions.ArrangeAllAction;
import org.orrery.ui.diagram.internal.actions.CopyAction;
import org.orrery.ui.diagram.internal.actions.ExportAction;
import org.orrery.ui.diagram.internal.actions.GefActions;
import org.orrery.ui.diagram.internal.actions.PasteAction;
import org.orrery.ui.diagram.internal.actions.SelectAllBoxesAction;
import org.orrery.ui.diagram.internal.actions.ZoomToAction;
import org.orrery.ui.diagram.internal.commands.DiagramContext;
import org.orrery.ui.diagram.internal.commands.GefCommandStack;
import org.orrery.ui.diagram.internal.commands.LayoutFollowingCommandStack;
import org.orrery.ui.diagram.internal.figures.DiagramFonts;
import org.orrery.ui.diagram.internal.figures.KindStyle;
import org.orrery.ui.diagram.internal.figures.LineRouter;
import org.orrery.ui.diagram.internal.live.MigrateOnDrop;
import org.orrery.ui.diagram.internal.live.RunOverlay;
import org.orrery.ui.diagram.internal.live.RunSelection;
import org.orrery.ui.diagram.internal.notation.NodeMetrics;
import org.orrery.ui.diagram.internal.parts.DiagramParts;
import org.orrery.ui.diagram.internal.parts.DiagramUpdater;
import org.orrery.ui.diagram.internal.parts.RefusalDisplay;
import org.orrery.ui.diagram.internal.validation.ValidationMarks;
import org.orrery.ui.emf.OrreryAdapterFactories;

/**
 * The deployment diagram editor of {@code .orrery} files, on GEF 3.2. The file's World is
 * edited through an EMF editing domain whose command stack is the one undo history of the
 * editor: diagram gestures and Properties view edits alike, each followed by the layout's
 * reconciliation. The layout (the notation model) is saved in the same file, after the World.
 * A file that cannot be read opens as a page listing its problems, and is never written.
 */
public final class DeploymentEditor extends GraphicalEditorWithFlyoutPalette {

    /** Zoom levels of the zoom combo and of zoom in/out; "fit" levels come on top. */
    private static final double[] ZOOM_LEVELS = {0.05, 0.1, 0.15, 0.25, 0.35, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4};
    private static final int GRID = 10;

    private final LayoutFollowingCommandStack stack;
    private Path file;
    private String loadProblem;
    private DiagramDocument document;
    private ComposedAdapterFactory adapterFactory;
    private DiagramContext context;
    private DiagramParts parts;
    private DiagramUpdater updater;
    private ValidationMarks validation;
    private RefusalDisplay refusals;
    private NoticeBar notice;
    private PaletteRoot palette;
    private final LineRouter router = new LineRouter();
    private Composite legendArea;
    private RunOverlay overlay;
    private RunSelection runSelection;
    private FileFollower follower;

    public DeploymentEditor() {
        stack = new LayoutFollowingCommandStack(() -> context == null ? null : context.followUp());
        DefaultEditDomain domain = new DefaultEditDomain(this);
        domain.setCommandStack(new GefCommandStack(stack));
        setEditDomain(domain);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        file = EditorInputs.pathOf(input);
        if (file == null) {
            throw new PartInitException(Messages.bind(Messages.Editor_notAFile, input.getName()));
        }
        open();
        super.init(site, input);
        setPartName(input.getName());
        stack.addCommandStackListener(e -> modelChanged());
        IFile workspaceFile = EditorInputs.workspaceFile(input);
        if (workspaceFile != null && loadProblem == null) {
            follower = new FileFollower(workspaceFile, this::fileChangedOnDisk, site.getShell().getDisplay());
        }
    }

    private void open() {
        try {
            document = DiagramDocument.load(file, new NodeMetrics(DiagramFonts.MEASURE));
        } catch (ModelFileException e) {
            List<String> lines = new ArrayList<>();
            e.getProblems().forEach(p -> lines.add(p.toString()));
            loadProblem = Messages.bind(Messages.Editor_unreadable, file, String.join("\n", lines));
            return;
        } catch (IOException e) {
            loadProblem = Messages.bind(Messages.Editor_unreadable, file, e.getMessage());
            return;
        } catch (RuntimeException e) {
            // A bug of ours must not cost the user the editor or the file: say what happened instead.
            ILog.of(DeploymentEditor.class).error("Could not open " + file, e);
            loadProblem = Messages.bind(Messages.Editor_unreadable, file, e);
            return;
        }
        adapterFactory = OrreryAdapterFactories.create();
        AdapterFactoryEditingDomain domain = OrreryAdapterFactories.newEditingDomain(adapterFactory, stack,
                document.world().eResource().getResourceSet());
        context = new DiagramContext(document.world(), document.diagram(), domain, new NodeMetrics(DiagramFonts.MEASURE));
        parts = new DiagramParts(context, adapterFactory);
    }

    @Override
    public void createPartControl(Composite parent) {
        if (loadProblem != null) {
            createProblemPage(parent);
            return;
        }
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        area.setLayout(layout);
        if (document.notice() != null) {
            notice = new NoticeBar(area, document.notice());
        }
        legendArea = area;
        Composite diagramArea = new Composite(area, SWT.NONE);
        diagramArea.setLayout(new FillLayout());
        diagramArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        super.createPartControl(diagramArea);
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

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(parts);
        viewer.getControl().setBackground(KindStyle.CANVAS);
        ((ConnectionLayer) root.getLayer(LayerConstants.CONNECTION_LAYER)).setConnectionRouter(router);

        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(ZOOM_LEVELS);
        zoom.setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH, ZoomManager.FIT_HEIGHT));
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_SPACING, new Dimension(GRID, GRID));
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_ENABLED, Boolean.FALSE);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_VISIBLE, Boolean.FALSE);
        viewer.setProperty(SnapToGeometry.PROPERTY_SNAP_ENABLED, Boolean.TRUE);

        ActionRegistry registry = getActionRegistry();
        register(new ZoomInAction(zoom));
        register(new ZoomOutAction(zoom));
        register(ZoomToAction.fit(zoom));
        register(ZoomToAction.actualSize(zoom));
        register(GefActions.toggleGrid(viewer));
        register(GefActions.toggleSnap(viewer));
        register(new SelectAllBoxesAction(viewer));
        register(new ExportAction(viewer, baseName()));
        registerSelectionAction(new CopyAction(this));
        registerSelectionAction(new PasteAction(this, parts.commands()));
        registerSelectionAction(new ArrangeAllAction(this, parts.commands()));
        registerSelectionAction(GefActions.rename(this));

        KeyHandler keys = new KeyHandler();
        keys.put(KeyStroke.getPressed(SWT.F2, 0), registry.getAction(GEFActionConstants.DIRECT_EDIT));
        viewer.setKeyHandler(new GraphicalViewerKeyHandler(viewer).setParent(keys));

        ContextMenuProvider menu = new DiagramContextMenu(viewer, registry);
        viewer.setContextMenu(menu);
        getSite().registerContextMenu(menu, viewer);

        IActionBars bars = getEditorSite().getActionBars();
        refusals = new RefusalDisplay(viewer, bars == null ? null : bars.getStatusLineManager());
        viewer.setProperty(RefusalDisplay.PROPERTY, refusals);
        updater = new DiagramUpdater(viewer, context);
        document.world().eResource().eAdapters().add(updater);
        validation = new ValidationMarks(viewer, context);
        parts.setRunGestures(new MigrateOnDrop(this));
    }

    private void register(IAction action) {
        getActionRegistry().registerAction(action);
    }

    @SuppressWarnings("unchecked")
    private void registerSelectionAction(IAction action) {
        register(action);
        getSelectionActions().add(action.getId());
    }

    @Override
    protected void initializeGraphicalViewer() {
        super.initializeGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        viewer.setContents(document.diagram());
        viewer.addDropTargetListener(new TemplateTransferDropTargetListener(viewer));
        validation.validateNow();
        overlay = new RunOverlay(viewer, context, legendArea);
        overlay.start();
        runSelection = new RunSelection(this, viewer, context);
    }

    @Override
    protected PaletteViewerProvider createPaletteViewerProvider() {
        return new PaletteViewerProvider(getEditDomain()) {
            @Override
            protected void configurePaletteViewer(PaletteViewer viewer) {
                super.configurePaletteViewer(viewer);
                // Element tools can be dragged from the palette onto the diagram, too.
                viewer.addDragSourceListener(new TemplateTransferDragSourceListener(viewer));
            }
        };
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        if (palette == null) {
            palette = PaletteFactory.create();
        }
        return palette;
    }

    @Override
    protected FlyoutPreferences getPalettePreferences() {
        return new PinnedPalette();
    }

    /**
     * After each command, undo or redo: lines follow the model and are routed anew (a box that
     * moved may now stand in another line's way), validation runs shortly after.
     */
    private void modelChanged() {
        if (updater != null) {
            updater.refreshLines();
            rerouteLines();
        }
        if (validation != null) {
            validation.schedule();
        }
        if (overlay != null) {
            overlay.modelChanged();
        }
    }

    /** Routes every line again and places the labels anew (also what the benchmark times). */
    public void rerouteLines() {
        router.reset();
        IFigure layer = ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart())
                .getLayer(LayerConstants.CONNECTION_LAYER);
        for (Object line : layer.getChildren()) {
            ((IFigure) line).revalidate();
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Object getAdapter(Class type) {
        if (type == IContentOutlinePage.class && getGraphicalViewer() != null) {
            return new ThumbnailOutline((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart());
        }
        if (type == IPropertySheetPage.class) {
            return new UndoablePropertiesPage(getActionRegistry());
        }
        if (type == ZoomManager.class && getGraphicalViewer() != null) {
            return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
        }
        return super.getAdapter(type);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!save(file)) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return loadProblem == null;
    }

    @Override
    public void doSaveAs() {
        Path target = askSaveAsTarget();
        if (target == null || !save(target)) {
            return;
        }
        file = target;
        try {
            IEditorInput input = EditorInputs.inputFor(target);
            setInputWithNotify(input);
            setPartName(input.getName());
        } catch (CoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveTitle,
                    Messages.bind(Messages.Editor_saveFailed, target, e.getMessage()));
        }
    }

    private Path askSaveAsTarget() {
        IFile current = EditorInputs.workspaceFile(getEditorInput());
        if (current != null) {
            SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
            dialog.setOriginalFile(current);
            if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
                return null;
            }
            IPath path = dialog.getResult();
            if (!OrreryResources.FILE_EXTENSION.equals(path.getFileExtension())) {
                path = path.addFileExtension(OrreryResources.FILE_EXTENSION);
            }
            IPath location = ResourcesPlugin.getWorkspace().getRoot().getFile(path).getLocation();
            return location == null ? null : location.toFile().toPath();
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*." + OrreryResources.FILE_EXTENSION});
        dialog.setFileName(file.getFileName().toString());
        dialog.setFilterPath(file.getParent().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /** Saves model and layout to {@code target} atomically; says what went wrong if it could not. */
    private boolean save(Path target) {
        try {
            OrreryResources.save(document.world(), target);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveTitle,
                    Messages.bind(Messages.Editor_saveFailed, target, e.getMessage()));
            return false;
        }
        getCommandStack().markSaveLocation();
        if (follower != null) {
            follower.saving(() -> EditorInputs.refresh(target));
        } else {
            EditorInputs.refresh(target);
        }
        return true;
    }

    /**
     * The file was written by someone else (the Lab, when a migration ended): the editor opens it
     * again as it is now. Unsaved changes are only dropped when the user says so; otherwise a Save
     * writes them over the file, as the user chose.
     */
    private void fileChangedOnDisk() {
        IWorkbenchPage page = getSite().getPage();
        if (page == null || (isDirty() && !MessageDialog.openQuestion(getSite().getShell(), Messages.Editor_changedTitle,
                Messages.bind(Messages.Editor_changedOnDisk, getEditorInput().getName())))) {
            return;
        }
        IEditorInput input = getEditorInput();
        boolean active = page.getActiveEditor() == this;
        page.closeEditor(this, false);
        try {
            page.openEditor(input, getSite().getId(), active);
        } catch (PartInitException e) {
            ILog.of(DeploymentEditor.class).log(e.getStatus());
        }
    }

    private String baseName() {
        String name = file.getFileName().toString();
        return name.endsWith("." + OrreryResources.FILE_EXTENSION)
                ? name.substring(0, name.length() - OrreryResources.FILE_EXTENSION.length() - 1) : name;
    }

    @Override
    public void setFocus() {
        if (getGraphicalViewer() != null && getGraphicalViewer().getControl() != null) {
            super.setFocus();
        }
    }

    @Override
    public void dispose() {
        try {
            if (validation != null) {
                validation.cancel();
            }
            if (overlay != null) {
                overlay.dispose();
            }
            if (runSelection != null) {
                runSelection.dispose();
            }
            if (follower != null) {
                follower.dispose();
            }
            if (updater != null) {
                document.world().eResource().eAdapters().remove(updater);
            }
        } finally {
            // Always GEF's part too: it unhooks the editor from the window's selection, and a closed
            // editor left there breaks the notification of every listener after it.
            if (getSite() != null) {
                // Without a site, init failed before GEF's part of it: there is nothing of GEF's to undo.
                super.dispose();
            }
            if (adapterFactory != null) {
                adapterFactory.dispose();
            }
        }
    }

    // --- for tests and the benchmark ----------------------------------------------------------

    /** The problem shown instead of a diagram, or {@code null} when the model was read. */
    public String loadProblem() {
        return loadProblem;
    }

    /** The notice shown above the diagram (automatic layout), or {@code null}. */
    public String notice() {
        return notice == null ? null : notice.message();
    }

    public World world() {
        return document == null ? null : document.world();
    }

    public DiagramContext context() {
        return context;
    }

    public DiagramParts parts() {
        return parts;
    }

    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    public ValidationMarks validation() {
        return validation;
    }

    public LineRouter router() {
        return router;
    }

    public RunSelection runSelection() {
        return runSelection;
    }

    public RunOverlay overlay() {
        return overlay;
    }

    public RefusalDisplay refusals() {
        return refusals;
    }

    public org.eclipse.gef.commands.CommandStack gefStack() {
        return getCommandStack();
    }

    public ActionRegistry actions() {
        return getActionRegistry();
    }

    public PaletteViewer paletteViewer() {
        return getEditDomain().getPaletteViewer();
    }

    /** The properties page of the diagram: edits are EMF commands; Undo/Redo work while it is active. */
    private static final class UndoablePropertiesPage extends PropertySheetPage {
        private final ActionRegistry registry;

        UndoablePropertiesPage(ActionRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void setActionBars(IActionBars actionBars) {
            super.setActionBars(actionBars);
            actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), registry.getAction(ActionFactory.UNDO.getId()));
            actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), registry.getAction(ActionFactory.REDO.getId()));
        }
    }
}
