package org.orrery.ui.views.internal.phones;


import java.util.LinkedHashMap;
import java.util.Map;

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
import org.orrery.sim.phone.PhoneParameters;
import org.orrery.ui.views.internal.LiveSession;
import org.orrery.ui.views.internal.run.RunControlView;
import org.orrery.ui.views.internal.timeline.TimelineFormat;

/**
 * Phone Clones (issue 9): every phone instance beside its clone, joined by the input-event queue
 * and the storage-delta bars, with the protocol's phase, the transfer under way, speed-up and the
 * (assumed) energy; each phone's energy and parameters above its own instances. It shows the
 * {@linkplain RunSessions current run} — a simulation, a replay, or a real sync reported into a
 * store — from telemetry only ({@link PhoneCloneModel}; the run's description adds which values
 * were overrides), read and repainted on the views' timer, never once per event. Its controls
 * ({@link PhoneControls}) run the shown phone experiment again with other values, through Run Control.
 */
public final class PhoneCloneView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.live.phones";

    private final PhoneCloneModel model = new PhoneCloneModel();
    private PhoneClonePainter painter;
    private Canvas canvas;
    private Label status;
    private RunSession session;
    private PhoneControls controls;
    private PhoneControls.Values shownValues;
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
        controls = new PhoneControls(parent, this::rerun);
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
        model.setAbout(s == null ? Map.of() : s.about());
        scrollY = 0;
        refresh();
        updateControls();
        updateStatus();
        updateScrollBar();
        canvas.redraw();
    }

    /** Reads what arrived and repaints if anything changed; the timer calls it, tests may too. */
    void refresh() {
        if (!model.refresh()) {
            return;
        }
        updateControls();
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
        if (painter.onHeader(y + scrollY)) {
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

    /**
     * The controls show the values the run shown started with: from the run's description when it has
     * one (a run started in the workbench, or its recording: overrides and the swept value marked),
     * else from its telemetry (a recording made elsewhere). Only when those change, so what the user
     * typed stays until the next run.
     */
    private void updateControls() {
        PhoneControls.Values next = controlValues();
        if (!java.util.Objects.equals(next, shownValues)) {
            shownValues = next;
            controls.show(next);
            canvas.getParent().layout(true);
        }
    }

    private PhoneControls.Values controlValues() {
        if (session == null) {
            return null;
        }
        String phone = !model.describedPhones().isEmpty() ? model.describedPhones().get(0)
                : model.phones().isEmpty() ? null : model.phones().get(0).subject();
        if (phone == null) {
            return null;
        }
        Map<String, Double> used = new LinkedHashMap<>();
        Map<String, Double> modelValues = new LinkedHashMap<>();
        String swept = null;
        Map<String, PhoneCloneModel.RunParameter> described = model.described(phone);
        for (String name : PhoneParameters.CONTROLS) {
            PhoneCloneModel.RunParameter d = described.get(name);
            if (d != null) {
                used.put(name, d.value());
                modelValues.put(name, d.model());
                swept = d.swept() ? name : swept;
            } else {
                PhoneCloneModel.Phone ph = model.phones().stream().filter(x -> x.subject().equals(phone)).findFirst()
                        .orElse(null);
                Double v = ph == null ? null : ph.startParameters().get(name);
                if (v != null) {
                    used.put(name, v);
                    modelValues.put(name, v); // the model's value is not known: nothing marked
                }
            }
        }
        if (used.isEmpty()) {
            return null;
        }
        RunControlView runControl = runControl();
        boolean rerunnable = runControl != null && runControl.canRerun(session);
        int phones = Math.max(model.describedPhones().size(), model.phones().size());
        String note = rerunnable ? "" : "replay".equals(session.origin()) ? PhoneMessages.controlRecording
                : PhoneMessages.controlElsewhere;
        if (phones > 1) {
            note = (note + " " + NLS.bind(PhoneMessages.controlPhones, phone)).trim();
        }
        return new PhoneControls.Values(used, modelValues, swept, rerunnable, session.seed(), note);
    }

    private RunControlView runControl() {
        return getSite().getPage() == null ? null
                : getSite().getPage().findView(RunControlView.ID) instanceof RunControlView r ? r : null;
    }

    /** The controls' Re-run: Run Control runs the shown run's experiment again, same seed, with {@code values}. */
    private String rerun(Map<String, Double> values) {
        RunControlView runControl = runControl();
        if (runControl == null || session == null) {
            return PhoneMessages.controlElsewhere;
        }
        return runControl.rerunPhone(session, values);
    }

    private void updateScrollBar() {
        int lh = lineHeight();
        int content = PhoneClonePainter.contentHeight(model.groups(), lh, canvas.getClientArea().width);
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

    PhoneControls controls() {
        return controls;
    }

    /** Scrolls the content to {@code y} (as the scroll bar does). */
    void scrollTo(int y) {
        canvas.getVerticalBar().setSelection(y);
        scrollY = canvas.getVerticalBar().getSelection();
        canvas.redraw();
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
