package org.orrery.ui.views.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.orrery.charts.ChartData;
import org.orrery.charts.ChartRequest;
import org.orrery.charts.TelemetryChart;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.io.SeriesCsv;
import org.orrery.ui.views.RunSession;

/**
 * Line charts of any series of the current run: a check tree of the series the store holds
 * (grouped by subject) on the left, the chart on the right, drawn by the same
 * {@link TelemetryChart} the headless run writes its PNG and SVG files with.
 * <p>
 * A timer (the live-view refresh preference) compares what the chart would show now (the store,
 * its size, the ticked series, the canvas size) with what it shows; only when they differ is the
 * chart read again (range queries at one bucket per pixel) and drawn, on a background thread into
 * a Java2D image that the display thread then shows. Nothing is drawn per event. A replay scrubbed
 * back makes the store smaller: the view starts over (lists the series again and redraws).
 * Hovering shows the reported value nearest the pointer; dragging across the chart shows the span
 * dragged over (double-click: the whole run again); Export writes PNG, SVG or CSV of what is shown.
 */
public final class ChartsView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.live.charts";

    /** The image exports are at least this large, whatever the view's size. */
    private static final int EXPORT_MIN_WIDTH = 800;
    private static final int EXPORT_MIN_HEIGHT = 500;
    /** The series list is read again at most this often (ms): it is the one query that grows with the model. */
    private static final long LIST_EVERY_MS = 1_000;
    /**
     * A run that only grew is drawn again at most this often (ms), and never sooner than four times
     * the last drawing took: a busy run keeps the chart live without the drawing (and its garbage)
     * taking the machine from the run and the other views. A new choice of series or a new size is
     * drawn at once.
     */
    private static final long GROWTH_EVERY_MS = 250;

    /** What a drawing shows: two equal frames draw the same picture. */
    record Frame(TelemetryStore store, int events, String title, List<SeriesKey> series, TimeRange range, int width,
            int height) {
    }

    /** A finished drawing: the frame, the chart (for the probe) and where its parts landed. */
    private record Drawing(Frame frame, TelemetryChart chart, TelemetryChart.Rendered rendered) {
    }

    private final ExecutorService painter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Orrery charts");
        t.setDaemon(true);
        return t;
    });
    private LiveSession live;

    private SeriesPicker picker;
    private Canvas canvas;
    private Label status;
    private Button[] exports;
    private RunSession session;
    /** Events the store held at the last tick, and when the series were last listed. */
    private int lastSize;
    private int listedSize;
    private long listedAt;
    private Image image;
    private Drawing drawing;
    private Frame pending;
    /** When the last drawing was shown and how long it took, ms. */
    private long shownAt;
    private long drawMillis;
    private TelemetryChart.Probe probe;
    private Point pointer;
    /** The run time shown, null for the whole run so far. */
    private TimeRange zoom;
    /** Where a drag across the chart began and where it is, canvas x; null when not dragging. */
    private Integer dragFrom;
    private int dragTo;
    private String problem;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        picker = new SeriesPicker(sash, this::refresh);

        Composite right = new Composite(sash, SWT.NONE);
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        right.setLayout(layout);
        exports = new Button[] {button(right, ChartsMessages.exportPng, "png"),
            button(right, ChartsMessages.exportSvg, "svg"), button(right, ChartsMessages.exportCsv, "csv")};
        status = new Label(right, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new Canvas(right, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> refresh());
        canvas.addListener(SWT.MouseMove, e -> {
            if (dragFrom != null) {
                dragTo = e.x;
                canvas.redraw();
            } else {
                hover(new Point(e.x, e.y));
            }
        });
        canvas.addListener(SWT.MouseExit, e -> hover(null));
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1 && shownChart() != null) {
                dragFrom = e.x;
                dragTo = e.x;
            }
        });
        canvas.addListener(SWT.MouseUp, e -> dragged(e.x));
        canvas.addListener(SWT.MouseDoubleClick, e -> zoom(null));
        sash.setWeights(22, 78);

        live = new LiveSession(canvas, this::show, () -> {
            refresh();
            return false;
        });
        live.start();
    }

    private Button button(Composite parent, String text, String format) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> exportWithDialog(format));
        return b;
    }

    private void show(RunSession s) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        session = s;
        setContentDescription(s == null ? ChartsMessages.noRun : s.name());
        startOver();
        refresh();
    }

    /** A new run, or the store shrank (a replay scrubbed back): list the series again, draw again. */
    private void startOver() {
        zoom = null;
        lastSize = 0;
        listedSize = -1;
        listedAt = 0;
        picker.startOver();
        probe = null;
    }

    /** Lists new series now and then, draws the chart when what it should show changed, updates the status. */
    private void refresh() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        RunSession s = session;
        if (s != null) {
            TelemetryStore store = s.store();
            int size = store.size();
            if (size < lastSize) {
                startOver();
            }
            lastSize = size;
            long now = System.currentTimeMillis();
            if (size != listedSize && (listedAt == 0 || now - listedAt >= LIST_EVERY_MS)) {
                picker.refresh(store.tree());
                listedAt = now;
                listedSize = size;
            }
            Frame wanted = frame(s, size);
            // a view behind another in its folder draws when it comes to the top
            if (wanted != null && canvas.isVisible() && !wanted.equals(drawn()) && pending == null
                    && (!onlyGrown(wanted, drawn())
                    || now - shownAt >= Math.max(GROWTH_EVERY_MS, 4 * drawMillis))) {
                draw(wanted);
            }
        }
        boolean any = s != null && !picker.chosen().isEmpty();
        for (Button b : exports) {
            if (b.getEnabled() != any) {
                b.setEnabled(any);
            }
        }
        String text = problem != null ? problem : s == null ? "" : zoom == null ? NLS.bind(ChartsMessages.status,
                picker.chosen().size(), s.store().size()) : NLS.bind(ChartsMessages.statusZoomed, new Object[] {
                    picker.chosen().size(), s.store().size(), seconds(zoom.start()), seconds(zoom.end())});
        if (!text.equals(status.getText())) {
            status.setText(text);
        }
    }

    /** What the chart should show now, or null when there is nothing to draw. */
    private Frame frame(RunSession s, int size) {
        Rectangle area = canvas.getClientArea();
        List<SeriesKey> series = picker.chosen();
        if (series.isEmpty() || area.width < 50 || area.height < 50) {
            return null;
        }
        return new Frame(s.store(), size, s.name(), series, zoom, area.width, area.height);
    }

    /** A drag across the chart ended at {@code x}: show the span it covered (a click shows nothing new). */
    private void dragged(int x) {
        Integer from = dragFrom;
        dragFrom = null;
        Drawing d = drawing;
        if (from == null || d == null || d.chart() == null) {
            return;
        }
        canvas.redraw();
        if (Math.abs(x - from) >= 5) {
            long a = d.chart().timeAt(d.rendered().info(), Math.min(from, x));
            long b = d.chart().timeAt(d.rendered().info(), Math.max(from, x));
            if (b > a) {
                zoom(new TimeRange(a, b));
            }
        }
    }

    /** Shows run time {@code range} (nanoseconds), or the whole run so far when null. */
    void zoom(TimeRange range) {
        zoom = range;
        probe = null;
        refresh();
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /** Whether {@code next} shows what {@code shown} does, only with more events of the same store. */
    private static boolean onlyGrown(Frame next, Frame shown) {
        return shown != null && next.store() == shown.store() && next.events() > shown.events()
                && next.series().equals(shown.series()) && next.width() == shown.width()
                && next.height() == shown.height() && next.title().equals(shown.title())
                && Objects.equals(next.range(), shown.range());
    }

    private Frame drawn() {
        return drawing == null ? null : drawing.frame();
    }

    /** Reads and draws {@code frame} on the painter thread; the display thread shows the result. */
    private void draw(Frame frame) {
        pending = frame;
        Display display = canvas.getDisplay();
        long started = System.nanoTime();
        painter.execute(() -> {
            Drawing done = null;
            ImageData pixels = null;
            String failure = null;
            try {
                TelemetryChart chart = chart(frame, frame.width());
                TelemetryChart.Rendered rendered = chart.render(frame.width(), frame.height());
                pixels = SwtImages.toImageData(rendered.image());
                done = new Drawing(frame, chart, rendered);
            } catch (RuntimeException e) {
                failure = NLS.bind(ChartsMessages.drawFailed, e.getMessage() != null ? e.getMessage() : e.toString());
            }
            Drawing result = done;
            ImageData data = pixels;
            String why = failure;
            long took = (System.nanoTime() - started) / 1_000_000;
            if (!display.isDisposed()) {
                display.asyncExec(() -> shown(frame, result, data, why, took));
            }
        });
    }

    private void shown(Frame frame, Drawing result, ImageData data, String failure, long took) {
        pending = null;
        shownAt = System.currentTimeMillis();
        drawMillis = took;
        if (canvas.isDisposed()) {
            return;
        }
        problem = failure;
        if (result != null) {
            if (image != null) {
                image.dispose();
            }
            image = new Image(canvas.getDisplay(), data);
            drawing = result;
            probe = pointer == null ? null : probeAt(pointer);
        } else {
            // do not try the same frame again and again
            drawing = new Drawing(frame, null, null);
        }
        canvas.redraw();
    }

    /** The chart of {@code frame}'s series, read at {@code width} buckets: what the view and its exports draw. */
    private static TelemetryChart chart(Frame frame, int width) {
        return TelemetryChart.of(ChartData.read(frame.store(), new ChartRequest(frame.title(), frame.series(),
                frame.range()), width));
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        Display display = canvas.getDisplay();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        boolean showing = drawing != null && drawing.chart() != null && image != null && session != null
                && !picker.chosen().isEmpty();
        if (!showing) {
            String hint = session == null ? ChartsMessages.noRun : picker.chosen().isEmpty() ? ChartsMessages.pick : "";
            gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            Point extent = gc.textExtent(hint);
            gc.drawText(hint, (area.width - extent.x) / 2, (area.height - extent.y) / 2, true);
            return;
        }
        gc.drawImage(image, 0, 0);
        if (dragFrom != null && dragTo != dragFrom) {
            gc.setAlpha(60);
            gc.setBackground(display.getSystemColor(SWT.COLOR_DARK_BLUE));
            gc.fillRectangle(Math.min(dragFrom, dragTo), 0, Math.abs(dragTo - dragFrom), area.height);
            gc.setAlpha(255);
        } else if (probe != null) {
            paintProbe(gc, probe);
        }
    }

    /** A ring on the value and its words in a box beside it, kept inside the canvas. */
    private void paintProbe(GC gc, TelemetryChart.Probe p) {
        Display display = canvas.getDisplay();
        java.awt.Color c = p.colour();
        Color colour = new Color(display, c.getRed(), c.getGreen(), c.getBlue());
        try {
            gc.setAntialias(SWT.ON);
            int x = (int) Math.round(p.x());
            int y = (int) Math.round(p.y());
            gc.setLineWidth(2);
            gc.setForeground(colour);
            gc.drawOval(x - 6, y - 6, 12, 12);
            Point extent = gc.textExtent(p.text());
            Rectangle area = canvas.getClientArea();
            int bx = Math.min(x + 12, area.width - extent.x - 12);
            int by = y - extent.y - 16 < 0 ? y + 12 : y - extent.y - 16;
            gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(bx, by, extent.x + 10, extent.y + 6);
            gc.setLineWidth(1);
            gc.drawRectangle(bx, by, extent.x + 10, extent.y + 6);
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(p.text(), bx + 5, by + 3, true);
        } finally {
            colour.dispose();
        }
    }

    private void hover(Point at) {
        pointer = at;
        TelemetryChart.Probe next = at == null ? null : probeAt(at);
        if (!Objects.equals(next, probe)) {
            probe = next;
            canvas.redraw();
        }
    }

    private TelemetryChart.Probe probeAt(Point at) {
        Drawing d = drawing;
        if (d == null || d.chart() == null) {
            return null;
        }
        return d.chart().probe(d.frame().store(), d.rendered().info(), at.x, at.y);
    }

    private void exportWithDialog(String format) {
        Path file = ExportDialog.ask(canvas.getShell(), format,
                SeriesCsv.safeName(session == null ? "chart" : session.name()) + "." + format);
        if (file != null) {
            export(file, format);
        }
    }

    /**
     * Writes the chart as it is now to {@code file}: {@code png} and {@code svg} at the view's size
     * (at least {@value #EXPORT_MIN_WIDTH} x {@value #EXPORT_MIN_HEIGHT}), {@code csv} the charted
     * series' values ({@link SeriesCsv#write(Path, TelemetryStore, List)}). Says in the status line
     * what was written or why not; returns whether it was.
     */
    boolean export(Path file, String format) {
        RunSession s = session;
        List<SeriesKey> series = picker.chosen();
        if (s == null || series.isEmpty()) {
            return false;
        }
        Rectangle area = canvas.getClientArea();
        int width = Math.max(EXPORT_MIN_WIDTH, area.width);
        int height = Math.max(EXPORT_MIN_HEIGHT, area.height);
        Frame frame = new Frame(s.store(), s.store().size(), s.name(), series, zoom, width, height);
        try {
            switch (format) {
                case "png" -> chart(frame, width).writePng(file, width, height);
                case "svg" -> chart(frame, width).writeSvg(file, width, height);
                case "csv" -> SeriesCsv.write(file, s.store(), series);
                default -> throw new IllegalArgumentException("no export to " + format);
            }
            problem = null;
            status.setText(NLS.bind(ChartsMessages.saved, file));
            return true;
        } catch (IOException | RuntimeException e) {
            problem = NLS.bind(ChartsMessages.saveFailed, file, e.getMessage() != null ? e.getMessage() : e.toString());
            status.setText(problem);
            return false;
        }
    }

    /** Ticks exactly {@code series}; for tests. */
    void choose(List<SeriesKey> series) {
        picker.choose(series);
    }

    /** The series tree; for tests. */
    SeriesPicker picker() {
        return picker;
    }

    /** The frame on screen (null before the first drawing); for tests. */
    Frame shownFrame() {
        return drawing == null || drawing.chart() == null ? null : drawing.frame();
    }

    /** The chart on screen; for tests. */
    TelemetryChart shownChart() {
        return drawing == null ? null : drawing.chart();
    }

    /** The drawing on screen, with where its plots landed; for tests. */
    TelemetryChart.Rendered shownRendering() {
        return drawing == null ? null : drawing.rendered();
    }

    /** The value shown under the pointer, or null; for tests. */
    TelemetryChart.Probe probe() {
        return probe;
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    public void setFocus() {
        picker.tree().setFocus();
    }

    @Override
    public void dispose() {
        if (live != null) {
            live.stop();
        }
        painter.shutdownNow();
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
