package org.orrery.ui.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.charts.ChartData;
import org.orrery.charts.ChartPalette;
import org.orrery.charts.ChartRequest;
import org.orrery.experiment.Experiment;
import org.orrery.experiment.ExperimentRunner;
import org.orrery.experiment.RunMonitor;
import org.orrery.experiment.Scenario;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.ui.testing.RealMouse;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Charts view on a simulated run (the built-in demo: two hosts, four VMs, pre-copy
 * migrations), watched while it runs, hovered with the real pointer, exported; and on a replay
 * scrubbed back and forth.
 */
class ChartsViewTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    @AfterEach
    void noRun() {
        RunSessions.show(null);
    }

    /**
     * The user ticks a migrating VM's data remaining and dirty rate while the run goes on; the chart
     * follows the run, draws both series in their colours (counted in a real screenshot), shows the
     * exact reported value under the pointer, and exports PNG, SVG and CSV that parse back.
     * Screenshots: charts-during-run.png, charts-run-end.png, charts-hover.png (and root-*).
     */
    @Test
    void chartsAMigrationDuringARunHoversAndExports() throws Exception {
        ChartsView view = view();
        TelemetryStore store = new TelemetryStore();
        RunSessions.show(new RunSession("Demo (seed 4)", "simulation", 4, store));
        Thread run = new Thread(() -> ExperimentRunner.run(new Experiment(Scenario.demo(), 4, 900 * SECOND), store,
                paced(60)), "demo run");
        run.start();

        UiTestSupport.waitUntil("a migration round in the series tree", 30_000, () -> view.picker().listed().stream()
                .anyMatch(k -> k.kind() == EventKind.MIGRATION_ROUND));
        SeriesKey remaining = view.picker().listed().stream().filter(k -> k.kind() == EventKind.MIGRATION_ROUND
                && k.attribute().equals(Attribute.BYTES_REMAINING)).findFirst().orElseThrow();
        SeriesKey dirty = new SeriesKey(remaining.subject(), EventKind.MIGRATION_ROUND, Attribute.DIRTY_RATE);
        // tick them in the tree as a user does (first untick the view's own choice)
        for (SeriesKey key : List.copyOf(view.picker().chosen())) {
            tick(view, key, false);
        }
        tick(view, remaining, true);
        tick(view, dirty, true);
        assertEquals(List.of(remaining, dirty), view.picker().chosen());

        UiTestSupport.waitUntil("the chart of both series", 10_000, () -> view.shownFrame() != null
                && view.shownFrame().series().equals(List.of(remaining, dirty)));
        int eventsThen = view.shownFrame().events();
        UiTestSupport.waitUntil("the chart to follow the run", 10_000,
                () -> view.shownFrame().events() > eventsThen);
        boolean midRun = run.isAlive();
        screenshot("charts-during-run");
        UiTestSupport.rootScreenshot("root-charts-during-run");
        assertTrue(midRun, "the first screenshot is taken while the simulation runs");

        run.join(60_000);
        Rectangle size = view.canvas().getClientArea();
        UiTestSupport.waitUntil("the whole run drawn at the canvas' size", 10_000, () -> view.shownFrame() != null
                && view.shownFrame().events() == store.size() && view.shownFrame().width() == size.width
                && view.shownFrame().height() == size.height);
        ImageData shot = screenshot("charts-run-end");

        // the series' colours inside their plots, in a real screenshot of the window
        TelemetryChartGeometry g = new TelemetryChartGeometry(view);
        Point origin = canvasOriginInShell(view);
        int blue = count(shot, g.top, origin, ChartPalette.colour(0));
        int orange = count(shot, g.bottom, origin, ChartPalette.colour(1));
        // each migration is a short stretch at this scale: a dot (~35 px) or two and the line between
        int migrations = (int) store.query(TimeRange.ALL, e -> e.kind() == EventKind.MIGRATION_START
                && e.subject().equals(remaining.subject())).size();
        assertTrue(blue > 25 * migrations, "data remaining drawn: " + blue + " px for " + migrations + " migrations");
        assertTrue(orange > 25 * migrations, "dirty rate drawn: " + orange + " px for " + migrations + " migrations");
        assertEquals(0, count(shot, g.bottom, origin, ChartPalette.colour(0)), "no data remaining in the rate plot");

        // hover a drawn round with the real pointer: the exact reported value shows
        TelemetryEvent round = store.query(TimeRange.ALL, e -> e.kind() == EventKind.MIGRATION_ROUND
                && e.subject().equals(remaining.subject())).get(0);
        double scaled = view.shownChart().data().axes().get(0).scale().apply(round.number(Attribute.BYTES_REMAINING, 0));
        Point at = g.pixel(round.time(), scaled);
        RealMouse.move(view.canvas(), new Point(at.x + 2, at.y - 2));
        UiTestSupport.waitUntil("the value under the pointer", 5_000, () -> view.probe() != null);
        assertEquals(remaining, view.probe().key());
        TelemetryEvent reported = store.query(new TimeRange(view.probe().time(), view.probe().time()),
                e -> e.kind() == EventKind.MIGRATION_ROUND && e.subject().equals(remaining.subject())).get(0);
        assertEquals(reported.number(Attribute.BYTES_REMAINING, -1), view.probe().value(), 0.0);
        assertTrue(view.probe().text().startsWith(remaining.subject() + ": Data remaining = "), view.probe().text());
        screenshot("charts-hover");
        UiTestSupport.rootScreenshot("root-charts-hover");

        // drag across the first migration with the real mouse: the chart shows that span, where
        // its rounds (one pixel apart over the whole run) are drawn apart
        List<TelemetryEvent> firstRounds = store.query(TimeRange.ALL, e -> e.kind() == EventKind.MIGRATION_ROUND
                && e.subject().equals(remaining.subject()) && e.time() <= round.time() + 10 * SECOND);
        long from = round.time() - 5 * SECOND;
        long to = firstRounds.get(firstRounds.size() - 1).time() + 5 * SECOND;
        int y = (int) Math.round(g.top.getCenterY());
        RealMouse.drag(view.canvas(), new Point(g.pixel(from, 0).x, y), new Point(g.pixel(to, 0).x, y));
        UiTestSupport.waitUntil("the span dragged over", 10_000, () -> view.shownFrame() != null
                && view.shownFrame().range() != null);
        TimeRange shown = view.shownFrame().range();
        double pixel = (double) store.endTime() / g.top.getWidth(); // ns per pixel over the whole run
        assertEquals(from, shown.start(), 3 * pixel, "drag start");
        assertEquals(to, shown.end(), 3 * pixel, "drag end");
        ChartData.Line zoomed = view.shownChart().data().lines().get(0);
        assertEquals(firstRounds.size(), zoomed.size(), "every round of the first migration is a point of its own");
        screenshot("charts-zoomed");
        UiTestSupport.rootScreenshot("root-charts-zoomed");
        view.canvas().notifyListeners(SWT.MouseDoubleClick, new Event());
        UiTestSupport.waitUntil("the whole run again", 10_000, () -> view.shownFrame() != null
                && view.shownFrame().range() == null);

        // exports, without the file dialog
        Path png = dir.resolve("chart.png");
        Path svg = dir.resolve("chart.svg");
        Path csv = dir.resolve("chart.csv");
        assertTrue(view.export(png, "png"));
        assertTrue(view.export(svg, "svg"));
        assertTrue(view.export(csv, "csv"));
        BufferedImage image = ImageIO.read(png.toFile());
        Rectangle canvas = view.canvas().getClientArea();
        assertEquals(Math.max(800, canvas.width), image.getWidth());
        assertEquals(Math.max(500, canvas.height), image.getHeight());
        assertTrue(pixels(image, ChartPalette.colour(0)) > 25 * migrations, "the PNG holds data remaining");
        assertTrue(pixels(image, ChartPalette.colour(1)) > 25 * migrations, "the PNG holds the dirty rate");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList groups = factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("g");
        int lines = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            NodeList paths = group.getElementsByTagName("path");
            if (group.getAttribute("style").contains("stroke:rgb(0,114,178)") && paths.getLength() == 1
                    && !((Element) paths.item(0)).getAttribute("d").contains("C")) { // dots are curves
                lines++;
            }
        }
        // one path per migration of the VM (a stretch of line each) and the legend's sample
        ChartData exported = ChartData.read(store, new ChartRequest("Demo (seed 4)", List.of(remaining, dirty), null),
                image.getWidth());
        assertEquals(exported.lines().get(0).breaks().length + 2, lines, "data remaining's paths in the SVG");
        List<String> rows = Files.readAllLines(csv);
        assertEquals("time_ns,subject,kind,bytesRemaining,dirtyRate", rows.get(0));
        List<TelemetryEvent> rounds = store.query(TimeRange.ALL, e -> e.kind() == EventKind.MIGRATION_ROUND
                && e.subject().equals(remaining.subject()));
        assertEquals(rounds.size(), rows.size() - 1);
        for (int i = 0; i < rounds.size(); i++) {
            String[] cells = rows.get(i + 1).split(",", -1);
            assertEquals(rounds.get(i).time(), Long.parseLong(cells[0]));
            assertEquals(rounds.get(i).number(Attribute.BYTES_REMAINING, -1), Double.parseDouble(cells[3]), 0.0);
            assertEquals(rounds.get(i).number(Attribute.DIRTY_RATE, -1), Double.parseDouble(cells[4]), 0.0);
        }
        assertTrue(view.export(dir.resolve("no-such-folder").resolve("x.png"), "png") == false,
                "a file that cannot be written is refused");
    }

    /** A replay scrubbed back shows less, and the chart starts over; forward again, all of it. */
    @Test
    void aReplayScrubbedBackStartsOver() throws Exception {
        ChartsView view = view();
        TelemetryStore recorded = new TelemetryStore();
        ExperimentRunner.run(new Experiment(Scenario.demo(), 4, 900 * SECOND), recorded, RunMonitor.NONE);
        AtomicInteger cursor = new AtomicInteger(recorded.size());
        TelemetryStore window = recorded.window(cursor::get);
        RunSessions.show(new RunSession("replay", "replay", 4, window));
        SeriesKey hostA = new SeriesKey("host/a", EventKind.METRIC, Attribute.VM_COUNT);
        UiTestSupport.waitUntil("the series listed", 10_000, () -> view.picker().listed().contains(hostA));
        view.choose(List.of(hostA));
        UiTestSupport.waitUntil("the whole recording drawn", 10_000, () -> view.shownFrame() != null
                && view.shownFrame().series().equals(List.of(hostA)) && view.shownFrame().events() == recorded.size());
        int allPoints = view.shownChart().data().points();

        cursor.set(recorded.size() / 4);
        UiTestSupport.waitUntil("a quarter drawn", 10_000,
                () -> view.shownFrame() != null && view.shownFrame().events() == recorded.size() / 4);
        assertTrue(view.shownChart().data().range().end() < recorded.endTime() / 2, "the time axis shrank too");
        assertTrue(view.shownChart().data().points() < allPoints);
        screenshot("charts-replay-scrubbed-back");

        cursor.set(recorded.size());
        UiTestSupport.waitUntil("all again", 10_000,
                () -> view.shownFrame() != null && view.shownFrame().events() == recorded.size());
        assertEquals(allPoints, view.shownChart().data().points());
        recorded.close();
    }

    /** Plot areas of the chart on screen (canvas pixels) and a mapping from values to pixels. */
    private static final class TelemetryChartGeometry {
        final Rectangle2D top;
        final Rectangle2D bottom;
        final CombinedDomainXYPlot plot;

        TelemetryChartGeometry(ChartsView view) {
            plot = (CombinedDomainXYPlot) view.shownChart().jfreeChart().getPlot();
            top = view.shownRendering().info().getPlotInfo().getSubplotInfo(0).getDataArea();
            bottom = view.shownRendering().info().getPlotInfo().getSubplotInfo(1).getDataArea();
        }

        /** Where time {@code nanos} and value {@code scaled} (top plot's units) are drawn. */
        Point pixel(long nanos, double scaled) {
            XYPlot upper = plot.getSubplots().get(0);
            double x = plot.getDomainAxis().valueToJava2D(nanos / 1e9, top, RectangleEdge.BOTTOM);
            double y = upper.getRangeAxis().valueToJava2D(scaled, top, RectangleEdge.LEFT);
            return new Point((int) Math.round(x), (int) Math.round(y));
        }
    }

    /** Ticks or unticks {@code key}'s item as a click on its check box does. */
    private static void tick(ChartsView view, SeriesKey key, boolean on) {
        TreeItem item = find(view.picker().tree().getItems(), key);
        assertNotNull(item, "no tree item for " + key);
        item.setChecked(on);
        Event e = new Event();
        e.item = item;
        e.detail = SWT.CHECK;
        view.picker().tree().notifyListeners(SWT.Selection, e);
    }

    private static TreeItem find(TreeItem[] items, SeriesKey key) {
        for (TreeItem item : items) {
            if (key.equals(item.getData())) {
                return item;
            }
            TreeItem below = find(item.getItems(), key);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** A monitor that holds the simulation to {@code speed} times real time, so the test watches it run. */
    private static RunMonitor paced(double speed) {
        long start = System.nanoTime();
        return new RunMonitor() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void progressed(long simulatedTime, long duration) {
                long due = start + (long) (simulatedTime / speed);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    private static Point canvasOriginInShell(ChartsView view) {
        Shell shell = view.getSite().getShell();
        Point canvas = view.canvas().toDisplay(0, 0);
        Rectangle b = shell.getBounds();
        return new Point(canvas.x - b.x, canvas.y - b.y);
    }

    /** Pixels of {@code colour} (within 24 per channel) in {@code area} of the canvas, read from a screenshot. */
    private static int count(ImageData shot, Rectangle2D area, Point origin, Color colour) {
        int n = 0;
        for (int y = (int) area.getMinY(); y < area.getMaxY(); y++) {
            for (int x = (int) area.getMinX(); x < area.getMaxX(); x++) {
                int sx = origin.x + x;
                int sy = origin.y + y;
                if (sx < 0 || sy < 0 || sx >= shot.width || sy >= shot.height) {
                    continue;
                }
                RGB rgb = shot.palette.getRGB(shot.getPixel(sx, sy));
                if (Math.abs(rgb.red - colour.getRed()) <= 24 && Math.abs(rgb.green - colour.getGreen()) <= 24
                        && Math.abs(rgb.blue - colour.getBlue()) <= 24) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int pixels(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - colour.getRed()) <= 24
                        && Math.abs(((p >> 8) & 0xFF) - colour.getGreen()) <= 24
                        && Math.abs((p & 0xFF) - colour.getBlue()) <= 24) {
                    n++;
                }
            }
        }
        return n;
    }

    private static ImageData screenshot(String name) throws Exception {
        return UiTestSupport.windowScreenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name)
                .data();
    }

    private static ChartsView view() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ChartsView view = (ChartsView) page.showView(ChartsView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        // the window at its final size first: the chart is drawn again whenever the canvas resizes
        page.getWorkbenchWindow().getShell().setMaximized(true);
        UiTestSupport.pump(500);
        return view;
    }
}
