package org.orrery.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.io.SeriesCsv;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Charts of a migration's series: their numbers, their pixels, their files, and the probe. */
class TelemetryChartTest {

    private static final SeriesKey REMAINING = new SeriesKey(MigrationStore.VM, EventKind.MIGRATION_ROUND,
            Attribute.BYTES_REMAINING);
    private static final SeriesKey DIRTY = new SeriesKey(MigrationStore.VM, EventKind.MIGRATION_ROUND,
            Attribute.DIRTY_RATE);
    private static final TimeRange MIGRATION = new TimeRange(9_500_000_000L, 12_500_000_000L);

    @TempDir
    Path dir;

    private final TelemetryStore store = MigrationStore.create();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void readsOnePointPerReportingBucketInTheStoresUnitsAndGroupsAxesByUnit() {
        ChartData data = ChartData.read(store, new ChartRequest(null, List.of(REMAINING, DIRTY), MIGRATION), 600);
        assertEquals("vm/web", data.title(), "one subject: the title is the subject");
        assertEquals(2, data.axes().size());
        ChartData.Axis bytes = data.axes().get(0);
        assertEquals(SeriesUnit.BYTES, bytes.unit());
        assertEquals("Data remaining (MB)", bytes.label());
        assertEquals("Dirty rate (MB/s)", data.axes().get(1).label());
        ChartData.Line line = bytes.lines().get(0);
        assertEquals(5, line.size(), "five rounds, each in a bucket of its own (5 ms buckets)");
        long bucket = MIGRATION.duration() / 600;
        for (int i = 0; i < 5; i++) {
            assertEquals(MigrationStore.REMAINING[i], line.values()[i], 0.0);
            long lag = line.times()[i] - MigrationStore.ROUND_TIMES[i];
            assertTrue(lag >= 0 && lag <= bucket, "drawn at its bucket's end: " + lag);
        }
        assertEquals(ChartPalette.colour(0), line.colour());
        assertEquals(ChartPalette.colour(1), data.axes().get(1).lines().get(0).colour());

        // coarse: 3 buckets over the span; the rounds at 11.0 s and 11.4 s fall in the middle one
        ChartData coarse = ChartData.read(store, new ChartRequest(null, List.of(REMAINING), MIGRATION), 3);
        ChartData.Line few = coarse.axes().get(0).lines().get(0);
        assertEquals(List.of(800e6, 120e6, 20e6), List.of(few.values()[0], few.values()[1], few.values()[2]),
                "the last report of each bucket");
    }

    @Test
    void pngHasTheRequestedSizeAndEachSeriesColourInItsPlot() throws Exception {
        assertTrue(GraphicsEnvironment.isHeadless(), "drawn with no display");
        TelemetryChart chart = TelemetryChart.of(ChartData.read(store, new ChartRequest("Migration of vm/web",
                List.of(REMAINING, DIRTY), MIGRATION), 800));
        Path png = dir.resolve("migration.png");
        chart.writePng(png, 800, 500);
        keep(png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG ImageIO decodes");
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());

        TelemetryChart.Rendered drawn = chart.render(800, 500);
        Rectangle2D top = drawn.info().getPlotInfo().getSubplotInfo(0).getDataArea();
        Rectangle2D bottom = drawn.info().getPlotInfo().getSubplotInfo(1).getDataArea();
        assertTrue(top.getMaxY() < bottom.getMinY(), "data remaining above, dirty rate below");
        Color blue = ChartPalette.colour(0);
        Color orange = ChartPalette.colour(1);
        // a 2.5 px line crossing most of the plot (~700 px) and five dots
        int blueTop = Pixels.count(image, top, blue, 24);
        int orangeBottom = Pixels.count(image, bottom, orange, 24);
        assertTrue(blueTop > 700, "data remaining drawn: " + blueTop + " px");
        assertTrue(orangeBottom > 700, "dirty rate drawn: " + orangeBottom + " px");
        assertEquals(0, Pixels.count(image, bottom, blue, 24), "each series in its own plot");
        assertEquals(0, Pixels.count(image, top, orange, 24));
        assertEquals(Pixels.count(drawn.image(), top, blue, 24), blueTop, "the file is the drawing");

        // the falling curve (rounds from 10.5 s to 11.9 s): higher on the left than on the right
        assertTrue(meanY(image, top, blue, 0.34, 0.45) < meanY(image, top, blue, 0.65, 0.8));
    }

    @Test
    void svgParsesAndHoldsOnePathPerSeriesThroughEveryPoint() throws Exception {
        TelemetryChart chart = TelemetryChart.of(ChartData.read(store, new ChartRequest(null, List.of(REMAINING,
                DIRTY), MIGRATION), 800));
        Path svg = dir.resolve("migration.svg");
        chart.writeSvg(svg, 800, 500);
        keep(svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // JFreeSVG names the SVG 1.1 DTD; parse without fetching it (no network in tests)
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals(800, Double.parseDouble(root.getAttribute("width").replace("px", "")), 0.0);
        for (int s = 0; s < 2; s++) {
            // the legend's sample line is a two-point path in the same colour
            List<Element> paths = strokedPaths(doc, ChartPalette.colour(s)).stream()
                    .filter(p -> p.getAttribute("d").split("[ML]").length - 1 > 2).toList();
            assertEquals(1, paths.size(), "series " + s + " is one path");
            String d = paths.get(0).getAttribute("d");
            assertEquals(5, d.split("[ML]").length - 1, "through its five points: " + d);
        }
        String text = Files.readString(svg);
        // horizontal words are text elements (the rotated axis titles are drawn as outlines)
        assertTrue(text.contains(">Time (s)</text>"), "the time axis title");
        assertTrue(text.contains(">Data remaining</text>"), "the legend");
    }

    @Test
    void csvOfTheChartedSeriesHoldsTheStoresValues() throws Exception {
        Path csv = dir.resolve("chart.csv");
        SeriesCsv.write(csv, store, List.of(REMAINING, DIRTY));
        keep(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("time_ns,subject,kind,bytesRemaining,dirtyRate", lines.get(0));
        List<TelemetryEvent> rounds = store.query(TimeRange.ALL, e -> e.kind() == EventKind.MIGRATION_ROUND);
        assertEquals(rounds.size(), lines.size() - 1);
        for (int i = 0; i < rounds.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(rounds.get(i).time(), Long.parseLong(cells[0]));
            assertEquals("vm/web", cells[1]);
            assertEquals("MIGRATION_ROUND", cells[2]);
            assertEquals(rounds.get(i).number(Attribute.BYTES_REMAINING, -1), Long.parseLong(cells[3]), 0.0);
            assertEquals(rounds.get(i).number(Attribute.DIRTY_RATE, -1), Double.parseDouble(cells[4]), 0.0);
        }
    }

    @Test
    void probeFindsTheExactReportNearestThePointer() {
        TelemetryChart chart = TelemetryChart.of(ChartData.read(store, new ChartRequest(null, List.of(REMAINING,
                DIRTY), MIGRATION), 800));
        TelemetryChart.Rendered drawn = chart.render(800, 500);
        CombinedDomainXYPlot combined = (CombinedDomainXYPlot) chart.jfreeChart().getPlot();
        XYPlot top = combined.getSubplots().get(0);
        Rectangle2D area = drawn.info().getPlotInfo().getSubplotInfo(0).getDataArea();
        double x = combined.getDomainAxis().valueToJava2D(11.4, area, RectangleEdge.BOTTOM);
        double y = top.getRangeAxis().valueToJava2D(120, area, RectangleEdge.LEFT);

        TelemetryChart.Probe probe = chart.probe(store, drawn.info(), x + 3, y - 2);
        assertNotNull(probe);
        assertEquals(REMAINING, probe.key());
        assertEquals(11_400_000_000L, probe.time());
        assertEquals(120e6, probe.value(), 0.0);
        assertEquals(x, probe.x(), 0.5);
        assertEquals(y, probe.y(), 0.5);
        assertEquals("vm/web: Data remaining = 120 MB at 11.400000 s", probe.text());
        assertNull(chart.probe(store, drawn.info(), 2, 2), "outside the plots");
    }

    @Test
    void probeReadsInsideABucketNotOnlyItsLastReport() {
        // 1,000 samples over 10 s drawn at 100 buckets: ten per bucket, only the last is a point
        TelemetryStore dense = new TelemetryStore();
        for (int i = 0; i < 1_000; i++) {
            dense.append(new TelemetryEvent(i * 10_000_000L, EventKind.METRIC, "link/l1",
                    Map.of(Attribute.UTILIZATION, i % 10 == 4 ? 0.9 : 0.2)));
        }
        SeriesKey key = new SeriesKey("link/l1", EventKind.METRIC, Attribute.UTILIZATION);
        TelemetryChart chart = TelemetryChart.of(ChartData.read(dense, new ChartRequest(null, List.of(key),
                new TimeRange(0, 10 * MigrationStore.SECOND)), 100));
        assertEquals(100, chart.data().points());
        assertEquals("Utilization (%)", chart.data().axes().get(0).label());
        TelemetryChart.Rendered drawn = chart.render(1000, 500);
        XYPlot plot = chart.jfreeChart().getXYPlot();
        Rectangle2D area = drawn.info().getPlotInfo().getDataArea();
        // sample 504 (5.04 s, 90 %) lies inside the bucket ending at 5.1 s, whose point says 20 %
        double x = plot.getDomainAxis().valueToJava2D(5.04, area, RectangleEdge.BOTTOM);
        double y = plot.getRangeAxis().valueToJava2D(90, area, RectangleEdge.LEFT);
        TelemetryChart.Probe probe = chart.probe(dense, drawn.info(), x, y);
        assertNotNull(probe);
        assertEquals(5_040_000_000L, probe.time());
        assertEquals(0.9, probe.value(), 0.0);
        assertEquals("link/l1: Utilization = 90% at 5.040000 s", probe.text());
        dense.close();
    }

    @Test
    void unitsAndWords() {
        assertEquals(new SeriesUnit.Scale(1e6, "MB"), SeriesUnit.BYTES.scale(1.9e9));
        assertEquals(new SeriesUnit.Scale(1e9, "GB"), SeriesUnit.BYTES.scale(4e9));
        assertEquals("MB/s", SeriesUnit.of(Attribute.DIRTY_RATE).scale(1e12).symbol());
        assertEquals("ms", SeriesUnit.of(Attribute.EXPECTED_DOWNTIME).scale(3e7).symbol());
        assertEquals("s", SeriesUnit.of(Attribute.TOTAL_TIME).scale(3e9).symbol());
        assertEquals(SeriesUnit.FRACTION, SeriesUnit.of(Attribute.RUN_QUEUE_WAIT));
        assertEquals(SeriesUnit.NUMBER, SeriesUnit.of("someNewMeasure"));
        assertEquals("Some new measure", ChartText.attribute("someNewMeasure"));
        assertEquals("VMs", ChartText.attribute(Attribute.VM_COUNT));
        assertEquals("1.5 GB", TelemetryChart.formatValue(1.5e9, SeriesUnit.BYTES, new SeriesUnit.Scale(1e9, "GB")));
        assertEquals("3", TelemetryChart.formatValue(3, SeriesUnit.COUNT, SeriesUnit.COUNT.scale(3)));
    }

    @Test
    void badRequestsSayWhatIsWrong() {
        TelemetryChart chart = TelemetryChart.of(ChartData.read(store, ChartRequest.of(List.of(REMAINING)), 10));
        assertEquals("a chart needs a positive size, got 0 x 300",
                assertThrows(IllegalArgumentException.class, () -> chart.render(0, 300)).getMessage());
        assertEquals("resolution must be positive: 0", assertThrows(IllegalArgumentException.class,
                () -> ChartData.read(store, ChartRequest.of(List.of(REMAINING)), 0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ChartRequest.of(List.of(REMAINING, REMAINING)))
                .getMessage().startsWith("a series is named twice"));
    }

    @Test
    void anEmptyChartStillDrawsAndSaysThereIsNoData() throws Exception {
        SeriesKey missing = new SeriesKey("vm/none", EventKind.MIGRATION_ROUND, Attribute.BYTES_REMAINING);
        TelemetryChart chart = TelemetryChart.of(ChartData.read(store, ChartRequest.of(List.of(missing)), 100));
        assertEquals(0, chart.data().points());
        assertTrue(chart.svg(400, 300).contains("No data in this range yet"));
    }

    @Test
    void eachMigrationOfAVmIsAStretchOfItsOwn() throws Exception {
        // a second migration of vm/web from 15 s, one round at 15.5 s: not joined to the first
        store.append(new TelemetryEvent(20 * MigrationStore.SECOND + 1, EventKind.MIGRATION_START, MigrationStore.VM,
                Map.of(Attribute.SOURCE, "host/b", Attribute.DESTINATION, "host/a")));
        store.append(new TelemetryEvent(20 * MigrationStore.SECOND + 500_000_000L, EventKind.MIGRATION_ROUND,
                MigrationStore.VM, Map.of(Attribute.BYTES_REMAINING, 400_000_000L, Attribute.DIRTY_RATE, 1e6)));
        store.append(new TelemetryEvent(21 * MigrationStore.SECOND, EventKind.MIGRATION_ROUND, MigrationStore.VM,
                Map.of(Attribute.BYTES_REMAINING, 100_000_000L, Attribute.DIRTY_RATE, 1e6)));
        TelemetryChart chart = TelemetryChart.of(ChartData.read(store, ChartRequest.of(List.of(REMAINING)), 1000));
        ChartData.Line line = chart.data().lines().get(0);
        assertEquals(7, line.size());
        assertEquals(1, line.breaks().length);
        assertEquals(5, line.breaks()[0], "the second migration's first round begins a stretch");
        Path svg = dir.resolve("twice.svg");
        chart.writeSvg(svg, 1000, 500);
        keep(svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        List<Integer> vertices = strokedPaths(factory.newDocumentBuilder().parse(svg.toFile()), ChartPalette.colour(0))
                .stream().filter(p -> !p.getAttribute("d").contains("C")) // the dots are curves
                .map(p -> p.getAttribute("d").split("[ML]").length - 1).sorted().toList();
        assertEquals(List.of(2, 2, 5), vertices, "the legend's sample, the second migration, the first");
        BufferedImage image = chart.render(1000, 500).image();
        keep(image, "twice.png");
    }


    @Test
    void aLevelStepsAtEachSampleAndHoldsItsValue() throws Exception {
        // a link's bandwidth: 125 MB/s from 0 s, 12.5 MB/s from 200 s; the run goes on to 420 s
        TelemetryStore link = new TelemetryStore();
        link.append(new TelemetryEvent(0, EventKind.METRIC, "link/l", Map.of(Attribute.BANDWIDTH, 125e6)));
        link.append(new TelemetryEvent(200 * MigrationStore.SECOND, EventKind.METRIC, "link/l",
                Map.of(Attribute.BANDWIDTH, 12.5e6)));
        link.append(new TelemetryEvent(420 * MigrationStore.SECOND, EventKind.MESSAGE, "run", Map.of("text", "end")));
        SeriesKey key = new SeriesKey("link/l", EventKind.METRIC, Attribute.BANDWIDTH);
        TelemetryChart chart = TelemetryChart.of(ChartData.read(link, ChartRequest.of(List.of(key)), 840));
        ChartData.Line line = chart.data().lines().get(0);
        assertTrue(line.holds());
        assertEquals(420 * MigrationStore.SECOND, line.holdUntil());
        TelemetryChart.Rendered drawn = chart.render(1000, 500);
        keep(drawn.image(), "level.png");
        XYPlot plot = chart.jfreeChart().getXYPlot();
        Rectangle2D area = drawn.info().getPlotInfo().getDataArea();
        Color blue = ChartPalette.colour(0);
        for (double seconds : new double[] {50, 150, 199}) {
            assertEquals(125, valueDrawnAt(drawn.image(), plot, area, seconds, blue), 1.5, "held at " + seconds);
        }
        for (double seconds : new double[] {201, 300, 419}) {
            assertEquals(12.5, valueDrawnAt(drawn.image(), plot, area, seconds, blue), 1.5, "held at " + seconds);
        }
        // hovering the flat stretch at 300 s names the sample it holds since
        double x = plot.getDomainAxis().valueToJava2D(300, area, RectangleEdge.BOTTOM);
        double y = plot.getRangeAxis().valueToJava2D(12.5, area, RectangleEdge.LEFT);
        TelemetryChart.Probe probe = chart.probe(link, drawn.info(), x, y + 5);
        assertNotNull(probe);
        assertEquals(200 * MigrationStore.SECOND, probe.time());
        assertEquals("link/l: Bandwidth = 12.5 MB/s at 200.000000 s", probe.text());
        link.close();
    }

    /** The value (axis units) at the middle row of the series' pixels in the column of {@code seconds}. */
    private static double valueDrawnAt(BufferedImage image, XYPlot plot, Rectangle2D area, double seconds,
            Color colour) {
        int x = (int) Math.round(plot.getDomainAxis().valueToJava2D(seconds, area, RectangleEdge.BOTTOM));
        List<Integer> rows = new ArrayList<>();
        for (int y = (int) area.getY(); y < area.getMaxY(); y++) {
            if (Pixels.count(image, new Rectangle2D.Double(x, y, 1, 1), colour, 24) == 1) {
                rows.add(y);
            }
        }
        assertTrue(!rows.isEmpty(), "nothing drawn at " + seconds + " s");
        double row = (rows.get(0) + rows.get(rows.size() - 1)) / 2.0 + 0.5;
        return plot.getRangeAxis().java2DToValue(row, area, RectangleEdge.LEFT);
    }

    private static void keep(BufferedImage image, String name) throws Exception {
        Path samples = Files.createDirectories(Path.of("target", "chart-samples"));
        ImageIO.write(image, "png", samples.resolve(name).toFile());
    }

    /** Mean row of the pixels of {@code colour} between two fractions of the area's width. */
    private static double meanY(BufferedImage image, Rectangle2D area, Color colour, double from, double to) {
        long sum = 0;
        int n = 0;
        for (int x = (int) (area.getX() + from * area.getWidth()); x < area.getX() + to * area.getWidth(); x++) {
            for (int y = (int) area.getY(); y < area.getMaxY(); y++) {
                Rectangle2D pixel = new Rectangle2D.Double(x, y, 1, 1);
                if (Pixels.count(image, pixel, colour, 24) == 1) {
                    sum += y;
                    n++;
                }
            }
        }
        assertTrue(n > 0, "no pixels of the series between " + from + " and " + to);
        return (double) sum / n;
    }

    /**
     * The path elements stroked in {@code colour} (JFreeSVG puts the stroke on a group around the
     * path; the path's own attributes are read too).
     */
    private static List<Element> strokedPaths(Document doc, Color colour) {
        String rgb = "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
        String hex = String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
        List<Element> out = new ArrayList<>();
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            String group = p.getParentNode() instanceof Element g && g.getTagName().equals("g") ? g.getAttribute("style")
                    : "";
            String style = (group + ";" + p.getAttribute("style") + ";" + p.getAttribute("stroke")).replace(" ", "")
                    .toLowerCase();
            if ((style.contains(rgb) || style.contains(hex)) && !style.contains("fill:" + rgb)
                    && !style.contains("fill:" + hex) && !p.getAttribute("fill").equalsIgnoreCase(hex)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Keeps a copy under target/chart-samples for people to look at. */
    private static void keep(Path file) throws Exception {
        Path samples = Files.createDirectories(Path.of("target", "chart-samples"));
        Files.copy(file, samples.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
