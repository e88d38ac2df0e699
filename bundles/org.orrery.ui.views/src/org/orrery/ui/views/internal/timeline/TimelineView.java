package org.orrery.ui.views.internal.timeline;


import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.orrery.ui.views.RunObject;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.internal.LiveSession;

/**
 * Migration Timeline: one lane per migration of the current run (simulated, real or replayed),
 * drawn by {@link TimelinePainter} from a {@link TimelineModel} that a timer refreshes with the
 * events that arrived since the last tick; nothing is drawn per event. Zoomed to fit by default
 * (following a live run); Ctrl+wheel or the buttons zoom around the pointer, Shift+wheel and the
 * scroll bar move in time, double-click fits again. Hovering a round shows its exact numbers,
 * clicking shows them below and selects the VM ({@link RunObject}) for the diagram and Properties.
 */
public final class TimelineView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.live.timeline";
    private static final double ZOOM_STEP = 1.5;
    /** Horizontal scroll bar resolution: the fitted span is this many steps. */
    private static final int SCROLL_STEPS = 10_000;

    private final TimelineModel model = new TimelineModel();
    private final LaneSelectionProvider selection = new LaneSelectionProvider();
    private Canvas canvas;
    private Label status;
    private Text details;
    private TimelinePainter painter;
    private RunSession session;
    private boolean fit = true;
    private long viewFrom;
    private long viewTo;
    private int scrollY;
    private int selectedLane = -1;
    private int selectedRound = -1;
    private String tooltip;
    private LiveSession live;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        parent.setLayout(layout);
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(parent, TimelineMessages.zoomOut, () -> zoom(1 / ZOOM_STEP, -1));
        button(parent, TimelineMessages.zoomIn, () -> zoom(ZOOM_STEP, -1));
        button(parent, TimelineMessages.fit, this::fitAll);

        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        painter = new TimelinePainter(canvas.getDisplay());
        canvas.addPaintListener(e -> {
            TimelinePainter.Layout where = painter.layout(e.gc, canvas.getClientArea(), model.lanes().size());
            painter.paint(e.gc, where, model, axis(where), scrollY, selectedLane,
                    session == null ? TimelineMessages.noRun : TimelineMessages.noMigrations);
        });
        canvas.addListener(SWT.Resize, e -> updateScrollBars());
        canvas.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                click(e.x, e.y);
            }
        });
        canvas.addListener(SWT.MouseDoubleClick, e -> fitAll());
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.getVerticalBar().addListener(SWT.Selection, e -> {
            scrollY = canvas.getVerticalBar().getSelection();
            canvas.redraw();
        });
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrollTime());

        details = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, false, 4, 1);
        detailsData.heightHint = details.getLineHeight() * 4;
        details.setLayoutData(detailsData);
        details.setText(TimelineMessages.hint);

        getSite().setSelectionProvider(selection);
        live = new LiveSession(canvas, this::show, () -> {
            refresh();
            return model.behind();
        });
        live.start();
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private void show(RunSession s) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        session = s;
        model.setStore(s == null ? null : s.store());
        selectedLane = -1;
        selectedRound = -1;
        scrollY = 0;
        fit = true;
        details.setText(TimelineMessages.hint);
        refresh();
        updateStatus();
        updateScrollBars();
        canvas.redraw();
    }

    /** Reads what arrived and repaints if anything changed; the timer calls it, tests may too. */
    void refresh() {
        int restarts = model.restarts();
        if (!model.refresh()) {
            return;
        }
        if (model.restarts() != restarts && selectedLane >= model.lanes().size()) {
            selectedLane = -1;
            selectedRound = -1;
        }
        if (selectedLane >= 0) {
            showDetails();
        }
        updateStatus();
        updateScrollBars();
        canvas.redraw();
    }

    private void updateStatus() {
        String text;
        if (session == null) {
            text = TimelineMessages.noRun;
        } else if (model.behind()) {
            text = NLS.bind(TimelineMessages.reading, new Object[] {session.name(), model.scanned(),
                session.store().size()});
        } else {
            long rounds = 0;
            int groups = 0;
            for (MigrationLane l : model.lanes()) {
                // as each lane's totals count them: a live libvirt migration reports iterations
                // that fell between two statistics polls only at its end
                rounds += l.isGroup() ? l.rounds().size() : Math.max(l.rounds().size(), l.totalRounds());
                groups += l.isGroup() ? 1 : 0;
            }
            // MessageFormat, not NLS.bind: the messages choose "1 migration" or "3 migrations" by count
            text = new java.text.MessageFormat(groups == 0 ? TimelineMessages.status : TimelineMessages.statusGroups,
                    java.util.Locale.ROOT).format(new Object[] {session.name(), model.lanes().size() - groups, rounds,
                        TimelineFormat.exactDuration(Math.max(0, model.now())), groups});
        }
        if (!text.equals(status.getText())) {
            status.setText(text);
        }
    }

    /** The axis of what is shown now: the fitted span, or the user's zoom. */
    TimeAxis axis() {
        return axis(layout());
    }

    private TimeAxis axis(TimelinePainter.Layout layout) {
        long[] span = fit ? fittedSpan() : new long[] {viewFrom, viewTo};
        return new TimeAxis(span[0], span[1], layout.plotLeft(), layout.plotRight());
    }

    /** Where the painter puts things in the canvas as it is now. */
    TimelinePainter.Layout layout() {
        GC gc = new GC(canvas);
        try {
            return painter.layout(gc, canvas.getClientArea(), model.lanes().size());
        } finally {
            gc.dispose();
        }
    }

    /** All migrations from the first start to the last end (or now), with a little room either side. */
    private long[] fittedSpan() {
        long from = model.firstStart();
        long to = model.lastEnd();
        if (from < 0) {
            return new long[] {0, 1_000_000_000L};
        }
        long span = Math.max(to - from, 1_000_000L);
        // more room on the right: the last switchover's downtime label goes there
        return new long[] {Math.max(0, from - span / 40), to + span / 12};
    }

    private void fitAll() {
        fit = true;
        updateScrollBars();
        canvas.redraw();
    }

    /** Zooms by {@code factor} (above 1 is in) around pixel {@code x} (the middle when negative). */
    void zoom(double factor, int x) {
        TimeAxis axis = axis();
        int at = x < axis.left() || x > axis.right() ? (axis.left() + axis.right()) / 2 : x;
        long pivot = axis.time(at);
        double span = (axis.to() - axis.from()) / factor;
        long[] full = fittedSpan();
        span = Math.max(1_000_000, Math.min(span, full[1] - full[0]));
        double share = (pivot - axis.from()) / (double) (axis.to() - axis.from());
        viewFrom = Math.round(pivot - share * span);
        viewTo = Math.round(viewFrom + span);
        fit = false;
        clampView();
        updateScrollBars();
        canvas.redraw();
    }

    private void clampView() {
        long[] full = fittedSpan();
        long span = viewTo - viewFrom;
        if (span >= full[1] - full[0]) {
            fit = true;
            return;
        }
        if (viewFrom < full[0]) {
            viewFrom = full[0];
        }
        if (viewFrom + span > full[1]) {
            viewFrom = full[1] - span;
        }
        viewTo = viewFrom + span;
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            zoom(e.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.x);
            e.doit = false;
        } else if ((e.stateMask & SWT.SHIFT) != 0 && !fit) {
            long step = (viewTo - viewFrom) / 10 * (e.count > 0 ? -1 : 1);
            viewFrom += step;
            viewTo += step;
            clampView();
            updateScrollBars();
            canvas.redraw();
            e.doit = false;
        }
    }

    private void scrollTime() {
        if (fit) {
            return;
        }
        long[] full = fittedSpan();
        long span = viewTo - viewFrom;
        viewFrom = full[0] + Math.round(canvas.getHorizontalBar().getSelection() / (double) SCROLL_STEPS
                * (full[1] - full[0]));
        viewTo = viewFrom + span;
        clampView();
        canvas.redraw();
    }

    private void updateScrollBars() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        TimelinePainter.Layout layout = layout();
        Rectangle lanes = layout.lanes();
        int content = layout.contentHeight(model.lanes().size());
        ScrollBar v = canvas.getVerticalBar();
        scrollY = Math.max(0, Math.min(scrollY, content - lanes.height));
        v.setValues(scrollY, 0, Math.max(content, 1), Math.max(1, Math.min(lanes.height, content)), 20,
                Math.max(1, lanes.height - 20));
        v.setVisible(content > lanes.height);
        ScrollBar h = canvas.getHorizontalBar();
        if (fit) {
            h.setVisible(false);
        } else {
            long[] full = fittedSpan();
            double total = full[1] - full[0];
            int thumb = (int) Math.max(1, Math.round((viewTo - viewFrom) / total * SCROLL_STEPS));
            int at = (int) Math.round((viewFrom - full[0]) / total * SCROLL_STEPS);
            h.setValues(at, 0, SCROLL_STEPS, thumb, Math.max(1, thumb / 10), thumb);
            h.setVisible(true);
        }
    }

    private void hover(int x, int y) {
        String text = textAt(x, y);
        if (text == null ? tooltip != null : !text.equals(tooltip)) {
            tooltip = text;
            canvas.setToolTipText(text);
        }
    }

    /** The tooltip at {@code x, y}: a round's, the round in progress', the downtime's or the lane's numbers. */
    String textAt(int x, int y) {
        TimelinePainter.Hit hit = painter.hitAt(x, y);
        if (hit == null || hit.lane() >= model.lanes().size()) {
            return null;
        }
        MigrationLane lane = model.lanes().get(hit.lane());
        return switch (hit.part()) {
            case ROUND -> TimelineText.round(lane, roundAt(lane, hit, x));
            case OPEN_ROUND -> TimelineText.openRound(lane, model.now());
            case DOWNTIME -> TimelineText.downtime(lane, model.now());
            case LANE -> TimelineText.lane(lane, model.now());
        };
    }

    /** The round under {@code x} in a segment that may draw several narrow rounds together. */
    private Round roundAt(MigrationLane lane, TimelinePainter.Hit hit, int x) {
        Round at = lane.roundAt(axis().time(x));
        return at != null ? at : lane.rounds().get(hit.round());
    }

    /** A click at {@code x, y}: shows the numbers below and selects the lane's VM. */
    void click(int x, int y) {
        TimelinePainter.Hit hit = painter.hitAt(x, y);
        if (hit == null || hit.lane() >= model.lanes().size()) {
            return;
        }
        selectedLane = hit.lane();
        selectedRound = hit.part() == TimelinePainter.Part.ROUND
                ? model.lanes().get(hit.lane()).rounds().indexOf(roundAt(model.lanes().get(hit.lane()), hit, x)) : -1;
        showDetails();
        selection.setSelection(new StructuredSelection(new RunObject(model.lanes().get(selectedLane).subject())));
        canvas.redraw();
    }

    private void showDetails() {
        MigrationLane lane = model.lanes().get(selectedLane);
        String text = selectedRound >= 0 && selectedRound < lane.rounds().size()
                ? TimelineText.round(lane, lane.rounds().get(selectedRound)) + "\n\n" + TimelineText.lane(lane, model.now())
                : TimelineText.lane(lane, model.now());
        if (!text.equals(details.getText())) {
            details.setText(text);
        }
    }

    /** The model drawn; for tests. */
    TimelineModel model() {
        return model;
    }

    /** The painter, for where lanes were drawn; for tests. */
    TimelinePainter painter() {
        return painter;
    }

    /** The canvas; for tests. */
    Canvas canvas() {
        return canvas;
    }

    /** The details line's text; for tests. */
    String details() {
        return details.getText();
    }

    /** The status line's text; for tests. */
    String status() {
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
