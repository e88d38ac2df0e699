package org.orrery.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/**
 * A line chart of telemetry series, the one drawing the Charts view and the headless run share:
 * built from {@link ChartData} (time in seconds along the bottom, one value axis per unit stacked
 * above it, one colour per series, a legend below), drawn into an image, a PNG or an SVG file, and
 * asked what lies under a point of a drawing ({@link #probe}). Needs no display: it draws with
 * Java2D into images and JFreeSVG's graphics.
 * <p>
 * A chart is built for one drawing at a time: build a new one for new data.
 */
public final class TelemetryChart {

    /** Series with at most this many points also get a dot per point: sparse series stay readable. */
    static final int DOTS_UP_TO = 60;
    /** How far (pixels) from the pointer a point may be and still be the one {@link #probe} finds. */
    static final double PROBE_REACH = 40;

    private static final String FONT = "SansSerif";
    private static final Color GRID = new Color(222, 222, 222);

    private final ChartData data;
    private final JFreeChart chart;
    private final NumberAxis time;
    private final List<XYPlot> plots = new ArrayList<>();

    private TelemetryChart(ChartData data) {
        this.data = data;
        this.time = new NumberAxis(ChartText.get("axis.withUnit", ChartText.get("time"), "s"));
        style(time);
        double start = data.range().start() / 1e9;
        double end = data.range().end() / 1e9;
        // a little room on the right: the latest point is not cut in half by the plot's edge
        double span = end > start ? end - start : 1;
        time.setRange(start, start + span * 1.01);
        for (ChartData.Axis axis : data.axes()) {
            plots.add(plot(axis, data.axes().size() == 1 ? time : null));
        }
        XYPlot shown;
        if (plots.size() == 1) {
            shown = plots.get(0);
        } else if (plots.isEmpty()) {
            shown = new XYPlot(new XYSeriesCollection(), time, new NumberAxis(), new XYLineAndShapeRenderer());
            shown.getRangeAxis().setVisible(false);
            decorate(shown);
        } else {
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
            combined.setGap(12);
            plots.forEach(p -> combined.add(p, 1));
            shown = combined;
        }
        chart = new JFreeChart(data.title(), new Font(FONT, Font.BOLD, 16), shown, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
        legend.setBackgroundPaint(Color.WHITE);
    }

    /** A chart of {@code data}. */
    public static TelemetryChart of(ChartData data) {
        return new TelemetryChart(data);
    }

    /** What it shows. */
    public ChartData data() {
        return data;
    }

    /** The JFreeChart behind it, for callers that draw it elsewhere. */
    public JFreeChart jfreeChart() {
        return chart;
    }

    /** A drawing of the chart and where its parts landed (what {@link #probe} needs). */
    public record Rendered(BufferedImage image, ChartRenderingInfo info) {
    }

    /** Draws the chart into a new {@code width} x {@code height} RGB image. */
    public Rendered render(int width, int height) {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g = image.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g.dispose();
        }
        return new Rendered(image, info);
    }

    /** Writes the chart as a {@code width} x {@code height} PNG to {@code file}. */
    public void writePng(Path file, int width, int height) throws IOException {
        // through a stream of our own: a folder that is missing is a NoSuchFileException naming it
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(render(width, height).image(), "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        }
    }

    /**
     * Writes the chart as a {@code width} x {@code height} SVG document to {@code file}; each
     * stretch of a series (a series has one, a VM's migration rounds one per migration) is one
     * {@code path} element stroked in the series' colour.
     */
    public void writeSvg(Path file, int width, int height) throws IOException {
        Files.writeString(file, svg(width, height), StandardCharsets.UTF_8);
    }

    /** The chart as an SVG document. */
    public String svg(int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // JFreeSVG names clip paths after the clock by default: the same chart must give the same bytes
        g.setDefsKeyPrefix("chart" + Integer.toHexString(data.title().hashCode()) + "-");
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /**
     * The run time (nanoseconds, clamped to the chart's range) at column {@code x} of a drawing of
     * this chart, whose parts landed as {@code info} says; for choosing a span with the pointer.
     */
    public long timeAt(ChartRenderingInfo info, double x) {
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (plots.size() > 1 && info.getPlotInfo().getSubplotCount() > 0) {
            area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
        }
        XYPlot plot = plots.isEmpty() ? chart.getXYPlot() : plots.get(0);
        long t = Math.round(time.java2DToValue(x, area, plot.getDomainAxisEdge()) * 1e9);
        return Math.max(data.range().start(), Math.min(data.range().end(), t));
    }

    /**
     * The reported value nearest to pixel ({@code x}, {@code y}) of a drawing of this chart, read
     * exactly from {@code store} (a drawn point stands for the last report of its bucket; the probe
     * looks at every report in that bucket); null when no point is within {@value #PROBE_REACH}
     * pixels or the pixel is outside the plots.
     */
    public Probe probe(TelemetryStore store, ChartRenderingInfo info, double x, double y) {
        PlotRenderingInfo plotInfo = info.getPlotInfo();
        int index = 0;
        Rectangle2D area = plotInfo.getDataArea();
        if (plots.size() > 1) {
            index = plotInfo.getSubplotIndex(new Point2D.Double(x, y));
            if (index < 0) {
                return null;
            }
            area = plotInfo.getSubplotInfo(index).getDataArea();
        } else if (plots.isEmpty()) {
            return null;
        }
        Rectangle2D reach = new Rectangle2D.Double(area.getX() - 4, area.getY() - 4, area.getWidth() + 8,
                area.getHeight() + 8);
        if (!reach.contains(x, y)) {
            return null;
        }
        XYPlot plot = plots.get(index);
        ChartData.Axis axis = data.axes().get(index);
        Geometry geometry = new Geometry(area, plot);
        long pointer = geometry.time(x);
        Probe best = null;
        double bestDistance = PROBE_REACH;
        for (ChartData.Line line : axis.lines()) {
            int near = nearest(line.times(), pointer);
            // the buckets drawn near the pointer, each read exactly: a report inside a bucket (in
            // the shaded band) is found even where the line, through each bucket's last report, is not
            List<Probe> candidates = new ArrayList<>();
            for (int i = Math.max(0, near - 3); i <= Math.min(line.size() - 1, near + 3); i++) {
                candidates.add(exact(store, line, axis.scale(), i, geometry, x, y));
            }
            if (line.holds()) {
                // on a level's flat stretch: the report it holds since, drawn under the pointer
                int since = lastAtOrBefore(line.times(), pointer);
                if (since >= 0 && pointer <= Math.max(line.holdUntil(), line.times()[since])) {
                    long reported = lastReport(store, line, since);
                    double value = line.values()[since];
                    candidates.add(probe(line, axis.scale(), reported, value, x,
                            geometry.y(axis.scale().apply(value))));
                }
            }
            for (Probe candidate : candidates) {
                double d = Math.hypot(candidate.x() - x, candidate.y() - y);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static int lastAtOrBefore(long[] times, long t) {
        int i = java.util.Arrays.binarySearch(times, t);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * A value found under the pointer.
     *
     * @param key   the series
     * @param time  when it was reported, nanoseconds
     * @param value what was reported, in the store's unit
     * @param x     where it is drawn, pixels
     * @param y     where it is drawn, pixels
     * @param text  what to show, e.g. "vm/db: Data remaining = 125.3 MB at 101.250000 s"
     */
    public record Probe(SeriesKey key, Color colour, long time, double value, double x, double y, String text) {
    }

    /** The events reported in the bucket of point {@code i}: the one nearest the pointer. */
    private Probe exact(TelemetryStore store, ChartData.Line line, SeriesUnit.Scale scale, int i, Geometry geometry,
            double x, double y) {
        long bucket = Math.max(1, data.range().duration() / data.resolution());
        long end = line.times()[i];
        long[] bestTime = {end};
        double[] bestValue = {line.values()[i]};
        double[] bestDistance = {Double.MAX_VALUE};
        String attribute = line.key().attribute();
        store.forEach(line.key().lane(), new TimeRange(Math.max(0, end - bucket), end), (TelemetryEvent e) -> {
            if (e.attributes().get(attribute) instanceof Number n) {
                double d = geometry.distance(x, y, e.time(), scale.apply(n.doubleValue()));
                if (d < bestDistance[0]) {
                    bestDistance[0] = d;
                    bestTime[0] = e.time();
                    bestValue[0] = n.doubleValue();
                }
            }
        });
        return probe(line, scale, bestTime[0], bestValue[0], geometry.x(bestTime[0]),
                geometry.y(scale.apply(bestValue[0])));
    }

    /** Time of the last report in the bucket of point {@code i} (the one the point shows). */
    private long lastReport(TelemetryStore store, ChartData.Line line, int i) {
        long bucket = Math.max(1, data.range().duration() / data.resolution());
        long end = line.times()[i];
        long[] last = {end};
        store.forEach(line.key().lane(), new TimeRange(Math.max(0, end - bucket), end), (TelemetryEvent e) -> {
            if (e.attributes().get(line.key().attribute()) instanceof Number) {
                last[0] = e.time();
            }
        });
        return last[0];
    }

    private static Probe probe(ChartData.Line line, SeriesUnit.Scale scale, long time, double value, double x,
            double y) {
        String name = line.label().startsWith(line.key().subject()) ? line.label()
                : ChartText.get("legend.subject", line.key().subject(), line.label());
        String text = ChartText.get("probe", name, formatValue(value, SeriesUnit.of(line.key().attribute()), scale),
                String.format(Locale.ROOT, "%.6f", time / 1e9));
        return new Probe(line.key(), line.colour(), time, value, x, y, text);
    }

    /** {@code stored} in {@code scale}, to six significant digits, with its unit. */
    static String formatValue(double stored, SeriesUnit unit, SeriesUnit.Scale scale) {
        double v = scale.apply(stored);
        String number;
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            number = Double.toString(v);
        } else if (unit == SeriesUnit.COUNT && v == Math.rint(v)) {
            number = Long.toString((long) v);
        } else {
            number = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        String symbol = scale.symbol();
        return symbol.isEmpty() ? number : symbol.equals("%") ? number + symbol : number + " " + symbol;
    }

    /** Pixel geometry of one plot of a drawing. */
    private final class Geometry {
        final Rectangle2D area;
        final XYPlot plot;

        Geometry(Rectangle2D area, XYPlot plot) {
            this.area = area;
            this.plot = plot;
        }

        long time(double px) {
            return Math.round(time.java2DToValue(px, area, plot.getDomainAxisEdge()) * 1e9);
        }

        double x(long nanos) {
            return time.valueToJava2D(nanos / 1e9, area, plot.getDomainAxisEdge());
        }

        double y(double scaled) {
            return plot.getRangeAxis().valueToJava2D(scaled, area, plot.getRangeAxisEdge());
        }

        double distance(double px, double py, long nanos, double scaled) {
            return Math.hypot(x(nanos) - px, y(scaled) - py);
        }
    }

    private static int nearest(long[] times, long t) {
        int i = java.util.Arrays.binarySearch(times, t);
        if (i >= 0) {
            return i;
        }
        int after = -i - 1;
        if (after == 0) {
            return 0;
        }
        if (after >= times.length) {
            return times.length - 1;
        }
        return t - times[after - 1] <= times[after] - t ? after - 1 : after;
    }

    private XYPlot plot(ChartData.Axis axis, ValueAxis domain) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        // a line through each bucket's last report over a light band from its smallest to its
        // largest; each stretch of line is one path: one <path> element per stretch in SVG
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.22f);
        SeriesUnit.Scale scale = axis.scale();
        int index = 0;
        for (ChartData.Line line : axis.lines()) {
            List<YIntervalSeries> stretches = vertices(line, scale);
            for (int k = 0; k < stretches.size(); k++, index++) {
                dataset.addSeries(stretches.get(k));
                // one legend entry per series, not per stretch
                renderer.setSeriesVisibleInLegend(index, k == 0);
                renderer.setSeriesPaint(index, line.colour());
                renderer.setSeriesFillPaint(index, line.colour());
                renderer.setSeriesStroke(index, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                if (line.size() <= DOTS_UP_TO && !line.holds()) {
                    renderer.setSeriesShapesVisible(index, true);
                    renderer.setSeriesShape(index, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
                }
            }
        }
        NumberAxis value = new NumberAxis(axis.label());
        style(value);
        value.setAutoRangeIncludesZero(axis.unit() != SeriesUnit.NUMBER);
        if (axis.unit() == SeriesUnit.COUNT) {
            value.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        XYPlot plot = new XYPlot(dataset, domain, value, renderer);
        decorate(plot);
        return plot;
    }

    /**
     * What the renderer draws of a line, one series per stretch (a new one at each of the line's
     * {@link ChartData.Line#breaks() breaks}): its points; for a level also the step to each new
     * value (at the report's point, from the value before), the value carried in at the range's
     * start and the last value held to {@link ChartData.Line#holdUntil()}.
     */
    private List<YIntervalSeries> vertices(ChartData.Line line, SeriesUnit.Scale scale) {
        List<YIntervalSeries> stretches = new ArrayList<>();
        YIntervalSeries series = new YIntervalSeries(line.label(), false, true);
        stretches.add(series);
        double held = line.holds() ? line.carried() : Double.NaN;
        if (!Double.isNaN(held)) {
            vertex(series, data.range().start(), scale.apply(held));
        }
        int next = 0;
        for (int i = 0; i < line.size(); i++) {
            if (next < line.breaks().length && line.breaks()[next] == i) {
                next++;
                // keys must differ within a dataset; the legend shows only the first stretch
                series = new YIntervalSeries(line.label() + " #" + (next + 1), false, true);
                stretches.add(series);
            }
            if (!Double.isNaN(held)) {
                vertex(series, line.times()[i], scale.apply(held));
            }
            series.add(line.times()[i] / 1e9, scale.apply(line.values()[i]), scale.apply(line.minimum()[i]),
                    scale.apply(line.maximum()[i]));
            if (line.holds()) {
                held = line.values()[i];
            }
        }
        if (!Double.isNaN(held) && (line.size() == 0 || line.holdUntil() > line.times()[line.size() - 1])) {
            vertex(series, line.holdUntil(), scale.apply(held));
        }
        return stretches;
    }

    private static void vertex(YIntervalSeries series, long nanos, double scaled) {
        series.add(nanos / 1e9, scaled, scaled, scaled);
    }

    private static void decorate(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(new Color(160, 160, 160));
        plot.setNoDataMessage(ChartText.get("noData"));
        plot.setNoDataMessageFont(new Font(FONT, Font.ITALIC, 13));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    private static void style(NumberAxis axis) {
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 13));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        axis.setLabelPaint(Color.DARK_GRAY);
        axis.setTickLabelPaint(Color.DARK_GRAY);
    }

    private static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a chart needs a positive size, got " + width + " x " + height);
        }
    }
}
