package org.orrery.ui.diagram.internal.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.orrery.model.Host;
import org.orrery.model.NamedElement;
import org.orrery.model.VirtualMachine;
import org.orrery.telemetry.EventKind;
import org.orrery.ui.diagram.internal.commands.DiagramContext;
import org.orrery.ui.diagram.internal.figures.NodeFigure;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;
import org.orrery.ui.views.internal.RefreshRate;

/**
 * The run shown in the live views ({@link RunSessions#current()}), drawn over the diagram: every
 * migration of a VM in it (a ghost on the destination host, an arrow with the round and the data
 * sent, and once done the VM at its new host; the model is not touched), and every host filled
 * by its load, with a legend above the diagram. It reads the run's telemetry on a timer at the
 * live views' refresh rate, only what arrived since the previous tick, and redraws only when
 * something arrived; with no run shown, the overlay is cleared and the timer stops.
 */
public final class RunOverlay {

    private final GraphicalViewer viewer;
    private final DiagramContext context;
    private final RunLegend legend;
    private final RunPicture picture = new RunPicture();
    /** GEF's scaled feedback layer: above the boxes and lines, zoomed with them. */
    private IFigure layer;
    private final List<MigrationFigure> drawn = new ArrayList<>();
    private final Consumer<RunSession> sessionListener = s -> wake();
    private final List<NodeFigure> tinted = new ArrayList<>();
    private RunSession shown;
    private boolean ticking;
    private boolean disposed;
    private Subjects subjects;

    public RunOverlay(GraphicalViewer viewer, DiagramContext context, Composite legendParent) {
        this.viewer = viewer;
        this.context = context;
        this.legend = new RunLegend(legendParent);
    }

    /** Draws over the boxes and lines from now on, following the shown run. */
    public void start() {
        LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
        layer = layers.getLayer(LayerConstants.SCALED_FEEDBACK_LAYER);
        RunSessions.addListener(sessionListener);
        wake();
    }

    public void dispose() {
        disposed = true;
        RunSessions.removeListener(sessionListener);
    }

    /** The model changed (a VM moved, a host appeared): elements are looked up afresh. */
    public void modelChanged() {
        subjects = null;
        if (shown != null) {
            redraw();
        }
    }

    private void wake() {
        if (disposed || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        Display display = viewer.getControl().getDisplay();
        display.asyncExec(() -> {
            if (!ticking) {
                tick();
            }
        });
    }

    private void tick() {
        if (disposed || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            return;
        }
        RunSession session = RunSessions.current();
        if (session == null) {
            ticking = false;
            if (shown != null) {
                shown = null;
                picture.clear();
                clear();
                legend.show(null);
            }
            return;
        }
        ticking = true;
        boolean changed = picture.update(session.store()) || session != shown;
        shown = session;
        if (changed) {
            legend.show(session.name());
            redraw();
        }
        viewer.getControl().getDisplay().timerExec(RefreshRate.millis(), this::tick);
    }

    private void clear() {
        for (MigrationFigure f : drawn) {
            layer.remove(f);
        }
        drawn.clear();
        for (NodeFigure f : tinted) {
            f.setRunFill(null);
        }
        tinted.clear();
    }

    private void redraw() {
        clear();
        if (subjects == null) {
            subjects = new Subjects(context.world());
        }
        for (Map.Entry<String, RunPicture.Load> e : picture.loads().entrySet()) {
            if (subjects.find(e.getKey()) instanceof Host host && figureOf(host) instanceof NodeFigure box) {
                double load = LoadColours.load(e.getValue().cpu, e.getValue().vms, host.getPcpus().size());
                if (!Double.isNaN(load)) {
                    box.setRunFill(LoadColours.of(load));
                    tinted.add(box);
                }
            }
        }
        for (RunPicture.Migration m : picture.migrations().values()) {
            draw(m);
        }
    }

    private void draw(RunPicture.Migration m) {
        if (!(subjects.find(m.vm) instanceof VirtualMachine vm) || figureOf(vm) == null) {
            return;
        }
        Host destination = subjects.find(m.destination) instanceof Host h ? h : null;
        Rectangle box = bounds(figureOf(vm));
        if (m.outcome == EventKind.MIGRATION_FAILED) {
            String where = subjects.find(m.source) instanceof NamedElement s ? s.getName() : m.source;
            add(new MigrationFigure(box, box, vm.getName(), NLS.bind(Messages.Overlay_failed,
                    new Object[] {vm.getName(), where, m.reason == null ? "" : m.reason}), 0, false, true));
            return;
        }
        if (destination == null || figureOf(destination) == null || vm.getHost() == destination) {
            // Nowhere to draw it, or the model already has the VM where it went (a real run's file followed).
            return;
        }
        Rectangle ghost = freeSpot(figureOf(destination), box.width, box.height);
        boolean done = m.outcome == EventKind.MIGRATION_END;
        String caption = done ? NLS.bind(Messages.Overlay_done, vm.getName(), destination.getName())
                : NLS.bind(Messages.Overlay_progress, new Object[] {vm.getName(), Math.max(1, m.round), bytes(m.sent),
                        bytes(m.sent + (Double.isNaN(m.remaining) ? 0 : m.remaining))});
        add(new MigrationFigure(box, ghost, vm.getName(), caption, m.progress(), done, false));
    }

    private void add(MigrationFigure figure) {
        drawn.add(figure);
        layer.add(figure);
    }

    /** A place of {@code width} x {@code height} inside {@code host} not covered by what is drawn in it. */
    private Rectangle freeSpot(IFigure host, int width, int height) {
        Rectangle outer = bounds(host);
        List<Rectangle> taken = new ArrayList<>();
        int top = outer.y + 40;
        for (Object child : host.getChildren()) {
            if (child instanceof NodeFigure f) {
                Rectangle r = bounds(f);
                taken.add(r);
                top = Math.min(top, r.y);
            }
        }
        int gap = 8;
        for (int y = top; y + height <= outer.bottom() - 4; y += height + gap) {
            for (int x = outer.x + gap; x + width <= outer.right() - 4; x += width + gap) {
                Rectangle spot = new Rectangle(x, y, width, height);
                if (taken.stream().noneMatch(spot::intersects)) {
                    return spot;
                }
            }
        }
        // A full host: over its bottom right corner.
        return new Rectangle(outer.right() - width - gap, Math.max(outer.y + 20, outer.bottom() - height - gap), width, height);
    }

    private IFigure figureOf(EObject element) {
        var node = context.nodes().nodeOf(element);
        return node != null && viewer.getEditPartRegistry().get(node) instanceof GraphicalEditPart part ? part.getFigure()
                : null;
    }

    private Rectangle bounds(IFigure figure) {
        Rectangle r = figure.getBounds().getCopy();
        figure.translateToAbsolute(r);
        layer.translateToRelative(r);
        return r;
    }

    private static String bytes(double b) {
        if (b >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GiB", b / (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MiB", b / (1L << 20));
    }

    // --- for tests ---------------------------------------------------------------------------

    /** The migration figures drawn now. */
    public List<MigrationFigure> migrationFigures() {
        return List.copyOf(drawn);
    }

    public boolean legendShown() {
        return legend.visible();
    }
}
