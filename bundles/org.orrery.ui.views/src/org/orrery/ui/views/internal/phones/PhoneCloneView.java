package org.orrery.ui.views.internal.phones;


import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.ui.part.ViewPart;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;
import org.orrery.ui.views.internal.LiveSession;
import org.orrery.ui.views.internal.timeline.TimelineFormat;

/**
 * Phone Clones (issue 9): every phone instance beside its clone, joined by the input-event queue
 * and the storage-delta bars, with the protocol's phase, the transfer under way, speed-up and the
 * (assumed) energy. It shows the {@linkplain RunSessions current run} — a simulation, a replay, or
 * a real sync reported into a store — from telemetry only ({@link PhoneCloneModel}), read and
 * repainted on the views' timer, never once per event.
 */
public final class PhoneCloneView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.live.phones";

    private final PhoneCloneModel model = new PhoneCloneModel();
    private PhoneClonePainter painter;
    private Canvas canvas;
    private Label status;
    private RunSession session;
    private int scrollY;
    private LiveSession live;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        parent.setLayout(layout);
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        painter = new PhoneClonePainter(canvas.getDisplay());
        canvas.addPaintListener(e -> painter.paint(e.gc, canvas.getClientArea(), model, scrollY,
                session == null ? PhoneMessages.noRun : PhoneMessages.noPhones));
        canvas.addListener(SWT.Resize, e -> updateScrollBar());
        canvas.addListener(SWT.MouseMove, e -> hover(e.y));
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            scrollY = canvas.getVerticalBar().getSelection();
            canvas.redraw();
        });
        live = new LiveSession(canvas, this::show, () -> {
            refresh();
            return model.behind();
        });
        live.start();
    }

    private void show(RunSession s) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        session = s;
        model.setStore(s == null ? null : s.store());
        scrollY = 0;
        refresh();
        updateStatus();
        updateScrollBar();
        canvas.redraw();
    }

    /** Reads what arrived and repaints if anything changed; the timer calls it, tests may too. */
    void refresh() {
        if (!model.refresh()) {
            return;
        }
        updateStatus();
        updateScrollBar();
        canvas.redraw();
    }

    /**
     * Over the energy lines, the energy model's parameters as a tooltip (the legend at the bottom
     * may be scrolled away); elsewhere none, so it never hides the channels.
     */
    private void hover(int y) {
        String tip = null;
        if (y + scrollY < PhoneClonePainter.headerBottom(model.phones().size(), lineHeight())) {
            String legend = PhoneClonePainter.legend(model.phones());
            tip = legend.isEmpty() ? null : legend;
        }
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    /** What the energy tooltip says (the legend), for tests. */
    String energyTooltip() {
        return PhoneClonePainter.legend(model.phones());
    }

    private int lineHeight() {
        GC gc = new GC(canvas);
        try {
            return gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    private void updateStatus() {
        String text = session == null ? "" : NLS.bind(PhoneMessages.status, new Object[] {session.name(),
            model.pairs().size(), TimelineFormat.duration(Math.max(0, model.now()))});
        if (!text.equals(status.getText())) {
            status.setText(text);
        }
    }

    private void updateScrollBar() {
        int lh = lineHeight();
        int content = PhoneClonePainter.contentHeight(model.phones().size(), model.pairs().size(), lh,
                canvas.getClientArea().width);
        int visible = Math.max(1, canvas.getClientArea().height);
        ScrollBar v = canvas.getVerticalBar();
        scrollY = Math.max(0, Math.min(scrollY, content - visible));
        v.setValues(scrollY, 0, Math.max(content, 1), Math.max(1, Math.min(visible, content)), 20, visible);
        v.setVisible(content > visible);
    }

    // ---- for tests ---------------------------------------------------------------------------

    PhoneCloneModel model() {
        return model;
    }

    Canvas canvas() {
        return canvas;
    }

    String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        if (live != null) {
            live.stop();
        }
        if (painter != null) {
            painter.dispose();
        }
        super.dispose();
    }
}
