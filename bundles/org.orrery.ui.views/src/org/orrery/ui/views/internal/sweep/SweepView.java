package org.orrery.ui.views.internal.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.orrery.charts.SweepChart;
import org.orrery.experiment.PhoneRun;
import org.orrery.telemetry.io.SeriesCsv;
import org.orrery.ui.views.internal.ExportDialog;
import org.orrery.ui.views.internal.RefreshRate;
import org.orrery.ui.views.internal.SwtImages;

/**
 * Sweep: the result of a phone experiment's sweep run in the workbench ({@link SweepResult}): a
 * chart of the sweep's metrics against the swept parameter (energy, latencies, bytes on the air or
 * counts: the charts {@code orrery run} writes, drawn by the same code from the same runs) and the
 * runs listed with their main metrics. Picking a run (a row, or a click on the chart nearest its
 * value) shows that run in every live view (Phone Clones, Event Log, Charts, ...); the chart marks
 * it. Runs appear as they end. Export writes the chart as {@code orrery run} writes it (PNG, SVG) and
 * the runs as its {@code sweep.csv}. Read on the views' timer, drawn only when something changed.
 */
public final class SweepView extends ViewPart {

    public static final String ID = "org.orrery.ui.views.sweep";

    /** The table's columns after the swept value: metric, heading, scale, decimals. */
    private static final Object[][] COLUMNS = {
        {"energy_J", SweepMessages.columnEnergy, 1.0, 1},
        {"radio_energy_J", SweepMessages.columnRadio, 1.0, 1},
        {"cpu_energy_J", SweepMessages.columnCpu, 1.0, 1},
        {"offload_latency_s", SweepMessages.columnOffload, 1.0, 3},
        {"return_latency_s", SweepMessages.columnReturn, 1.0, 3},
        {"bytes_up", SweepMessages.columnUp, 1e-6, 2},
        {"bytes_down", SweepMessages.columnDown, 1e-6, 2},
        {"syncs", SweepMessages.columnSyncs, 1.0, 0},
        {"conflicts", SweepMessages.columnConflicts, 1.0, 0},
        {"events_captured", SweepMessages.columnInput, 1.0, 0},
    };
    /** The image exports are the size {@code orrery run} writes (so they are its files, byte for byte). */
    private static final int EXPORT_WIDTH = 1000;
    private static final int EXPORT_HEIGHT = 600;

    private final Runnable tick = this::tick;
    private Label title;
    private Combo chartChoice;
    private Button[] exports;
    private SashForm sash;
    private Canvas canvas;
    private Table table;
    private Label status;

    private SweepResult shown;
    private int shownPoints = -1;
    private SweepResult.State shownState;
    private int shownPick = -2;
    private SweepChart chart;
    private Image image;
    private Point imageSize;
    private int imageSpec = -1;
    private int imagePick = -2;
    private int imagePoints = -1;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        parent.setLayout(layout);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayout topLayout = new GridLayout(6, false);
        topLayout.marginWidth = 0;
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        title = new Label(top, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        chartChoice = new Combo(top, SWT.DROP_DOWN | SWT.READ_ONLY);
        for (PhoneRun.SweepChartSpec spec : PhoneRun.SWEEP_CHARTS) {
            chartChoice.add(spec.measure());
        }
        chartChoice.select(0);
        chartChoice.addListener(SWT.Selection, e -> redrawChart());
        exports = new Button[] {button(top, SweepMessages.exportPng, "png"), button(top, SweepMessages.exportSvg, "svg"),
            button(top, SweepMessages.exportCsv, "csv")};
        status = new Label(top, SWT.NONE);

        sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new Canvas(sash, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, e -> {
            // a click picks the run drawn nearest to it
            SweepChart c = chart;
            int i = c == null || e.button != 1 ? -1 : c.nearest(e.x);
            if (i >= 0) {
                pick(i);
            }
        });
        canvas.addListener(SWT.MouseMove, e -> hover(e.x));
        table = new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.Selection, e -> pick(table.getSelectionIndex()));
        sash.setWeights(55, 45);
        // a wide, short pane (beside the Event Log) puts the runs beside the chart; a tall one under it
        parent.addListener(SWT.Resize, e -> {
            Rectangle r = parent.getClientArea();
            int orientation = r.width >= 1.6 * r.height ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (sash.getOrientation() != orientation) {
                sash.setOrientation(orientation);
            }
        });
        refresh();
        canvas.getDisplay().timerExec(RefreshRate.millis(), tick);
    }

    private Button button(Composite parent, String text, String format) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> exportWithDialog(format));
        return b;
    }

    private void tick() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        refresh();
        canvas.getDisplay().timerExec(RefreshRate.millis(), tick);
    }

    /** Reads the current sweep; rebuilds the table and the chart only when it has changed. */
    void refresh() {
        SweepResult s = SweepResult.current();
        List<SweepResult.Point> points = s == null ? List.of() : s.points();
        if (s != shown) {
            shown = s;
            shownPoints = -1;
            columns(s);
        }
        boolean changed = points.size() != shownPoints || (s != null && s.state() != shownState);
        if (changed) {
            shownPoints = points.size();
            shownState = s == null ? null : s.state();
            rows(s, points);
            canvas.redraw();
        }
        int pick = s == null ? -1 : s.picked();
        if (pick != shownPick) {
            shownPick = pick;
            if (pick >= 0 && pick < table.getItemCount() && table.getSelectionIndex() != pick) {
                table.setSelection(pick);
                table.showSelection();
            }
            canvas.redraw();
        }
        String text = s == null ? SweepMessages.none : NLS.bind(SweepMessages.title, new Object[] {s.title(),
            stateText(s, points.size())});
        if (!text.equals(title.getText())) {
            title.setText(text);
            title.setToolTipText(s == null ? null : s.name());
            title.getParent().layout(true);
        }
        for (Button b : exports) {
            boolean any = !points.isEmpty();
            if (b.getEnabled() != any) {
                b.setEnabled(any);
            }
        }
    }

    private static String stateText(SweepResult s, int done) {
        int count = s.values().size();
        return switch (s.state()) {
            case RUNNING -> NLS.bind(SweepMessages.running, done, count);
            case DONE -> NLS.bind(SweepMessages.done, count);
            case CANCELLED -> NLS.bind(SweepMessages.cancelled, done, count);
            case FAILED -> NLS.bind(SweepMessages.failed, s.failure());
        };
    }

    private void columns(SweepResult s) {
        table.removeAll();
        for (TableColumn c : table.getColumns()) {
            c.dispose();
        }
        if (s == null) {
            return;
        }
        String unit = s.plan().sweep().unit();
        TableColumn value = new TableColumn(table, SWT.RIGHT);
        value.setText(s.plan().sweep().parameter() + (unit.isEmpty() ? "" : " (" + unit + ")"));
        for (Object[] c : COLUMNS) {
            TableColumn column = new TableColumn(table, SWT.RIGHT);
            column.setText((String) c[1]);
            column.setToolTipText((String) c[0]);
        }
    }

    private void rows(SweepResult s, List<SweepResult.Point> points) {
        if (s == null) {
            return;
        }
        for (int i = table.getItemCount(); i < points.size(); i++) {
            SweepResult.Point p = points.get(i);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, SweepResult.number(p.value()));
            for (int c = 0; c < COLUMNS.length; c++) {
                Double v = p.result().metrics().get((String) COLUMNS[c][0]);
                item.setText(c + 1, v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%." + COLUMNS[c][3] + "f",
                        v * (Double) COLUMNS[c][2]));
            }
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
    }

    private void pick(int index) {
        SweepResult s = shown;
        if (s != null && index >= 0 && index < s.points().size()) {
            s.pick(index);
            refresh();
        }
    }

    /** The chart choice changed: draw it again. */
    private void redrawChart() {
        canvas.redraw();
    }

    private void hover(int x) {
        SweepChart c = chart;
        SweepResult s = shown;
        int i = c == null || s == null ? -1 : c.nearest(x);
        String tip = null;
        if (i >= 0 && i < s.points().size()) {
            SweepResult.Point p = s.points().get(i);
            StringBuilder sb = new StringBuilder(s.label(p.value()));
            PhoneRun.SweepChartSpec spec = spec();
            for (String metric : spec.metrics()) {
                sb.append('\n').append(metric).append(" = ").append(SweepResult.number(p.result().metrics().get(metric)));
            }
            tip = sb + "\n" + SweepMessages.clickToPick;
        }
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    private PhoneRun.SweepChartSpec spec() {
        return PhoneRun.SWEEP_CHARTS.get(Math.max(0, chartChoice.getSelectionIndex()));
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        SweepResult s = shown;
        int points = s == null ? 0 : s.points().size();
        if (points == 0 || area.width < 60 || area.height < 60) {
            String hint = s == null ? SweepMessages.none : SweepMessages.waiting;
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            Point extent = gc.textExtent(hint);
            gc.drawText(hint, Math.max(4, (area.width - extent.x) / 2), Math.max(4, (area.height - extent.y) / 2), true);
            return;
        }
        Point size = new Point(area.width, area.height);
        int specIndex = Math.max(0, chartChoice.getSelectionIndex());
        if (image == null || !size.equals(imageSize) || specIndex != imageSpec || s.picked() != imagePick
                || points != imagePoints) {
            // drawn again only when what it shows changed; a sweep's chart has a handful of points
            chart = s.chart(spec(), true).compact(area.width > 2.2 * area.height);
            if (image != null) {
                image.dispose();
            }
            image = new Image(canvas.getDisplay(), SwtImages.toImageData(chart.render(area.width, area.height)));
            imageSize = size;
            imageSpec = specIndex;
            imagePick = s.picked();
            imagePoints = points;
        }
        gc.drawImage(image, 0, 0);
    }

    private void exportWithDialog(String format) {
        SweepResult s = shown;
        if (s == null) {
            return;
        }
        Path file = ExportDialog.ask(canvas.getShell(), format,
                format.equals("csv") ? "sweep.csv" : SeriesCsv.safeName(spec().name()) + "." + format);
        if (file != null) {
            export(file, format);
        }
    }

    /**
     * Writes the chart chosen as {@code orrery run} writes it ({@code png}, {@code svg}: 1000 x 600,
     * no run marked) or the runs as its {@code sweep.csv} ({@code csv}); says what was written or why
     * not, and returns whether it was.
     */
    boolean export(Path file, String format) {
        SweepResult s = shown;
        if (s == null || s.points().isEmpty()) {
            return false;
        }
        try {
            switch (format) {
                case "png" -> s.chart(spec(), false).writePng(file, EXPORT_WIDTH, EXPORT_HEIGHT);
                case "svg" -> s.chart(spec(), false).writeSvg(file, EXPORT_WIDTH, EXPORT_HEIGHT);
                case "csv" -> Files.writeString(file, s.csv(), StandardCharsets.UTF_8);
                default -> throw new IllegalArgumentException("no export to " + format);
            }
            setStatus(NLS.bind(SweepMessages.saved, file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            setStatus(NLS.bind(SweepMessages.saveFailed, file, e.getMessage()));
            return false;
        }
    }

    private void setStatus(String text) {
        status.setText(text);
        status.getParent().layout(true);
    }

    // ---- for tests

    /** The chart on screen (null before the first drawing). */
    SweepChart shownChart() {
        return chart;
    }

    /** Chooses the chart {@code name} (e.g. {@code sweep-energy}). */
    void chooseChart(String name) {
        for (int i = 0; i < PhoneRun.SWEEP_CHARTS.size(); i++) {
            if (PhoneRun.SWEEP_CHARTS.get(i).name().equals(name)) {
                chartChoice.select(i);
                redrawChart();
                return;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The table's rows as shown. */
    List<List<String>> rows() {
        List<List<String>> out = new java.util.ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> row = new java.util.ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                row.add(item.getText(c));
            }
            out.add(row);
        }
        return out;
    }

    /** Picks row {@code index} as a click on it does. */
    void pickRow(int index) {
        table.setSelection(index);
        pick(index);
    }

    /** Clicks the chart at pixel column {@code x}. */
    void clickChart(int x) {
        Event e = new Event();
        e.button = 1;
        e.x = x;
        e.y = canvas.getClientArea().height / 2;
        canvas.notifyListeners(SWT.MouseDown, e);
    }

    Canvas canvas() {
        return canvas;
    }

    String titleText() {
        return title.getText();
    }

    Map<String, Object> shownAbout(int index) {
        return shown.about(index);
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.getDisplay().timerExec(-1, tick);
        }
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
