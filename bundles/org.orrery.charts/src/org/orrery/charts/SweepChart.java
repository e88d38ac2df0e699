package org.orrery.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart of a parameter sweep: one measure or more (the y axis, one colour each) against the swept
 * parameter's values (the x axis), a dot per run. Not telemetry: the runs' summary numbers (e.g. a
 * phone experiment's {@code sweep.csv}). PNG and SVG as {@link TelemetryChart} writes them (same
 * fonts and palette; the SVG is the same bytes for the same numbers).
 */
public final class SweepChart {

    private static final String FONT = "SansSerif";

    private final String title;
    private final JFreeChart chart;
    private final double[] xs;
    private final Map<String, double[]> series;
    private final XYPlot plot;
    /** Where the last {@link #render} put the plot, for {@link #nearest}. */
    private volatile Rectangle2D dataArea;

    /**
     * @param title     the chart's title
     * @param parameter the swept parameter with its unit, e.g. {@code Wi-Fi bandwidth (Mbit/s)}
     * @param measure   the y axis' label with its unit, e.g. {@code energy (J)}
     * @param xs        the parameter's values, one per run
     * @param series    each measure's name and its values, one per run (NaN: no point)
     */
    public SweepChart(String title, String parameter, String measure, double[] xs, Map<String, double[]> series) {
        this.title = Objects.requireNonNull(title, "title");
        this.xs = xs.clone();
        Map<String, double[]> copy = new java.util.LinkedHashMap<>();
        series.forEach((k, v) -> copy.put(k, v.clone()));
        this.series = java.util.Collections.unmodifiableMap(copy);
        XYSeriesCollection data = new XYSeriesCollection();
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            if (e.getValue().length != xs.length) {
                throw new IllegalArgumentException(e.getKey() + ": " + e.getValue().length + " values for " + xs.length
                        + " runs");
            }
            XYSeries s = new XYSeries(e.getKey(), false, true);
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isNaN(e.getValue()[i])) {
                    s.add(xs[i], e.getValue()[i]);
                }
            }
            data.addSeries(s);
        }
        ValueAxis x;
        if (geometric(xs)) {
            x = new SweptAxis(parameter, xs);
        } else {
            NumberAxis linear = new NumberAxis(parameter);
            linear.setAutoRangeIncludesZero(false);
            x = linear;
        }
        NumberAxis y = new NumberAxis(measure);
        for (ValueAxis axis : List.of(x, y)) {
            axis.setLabelFont(new Font(FONT, Font.PLAIN, 12));
            axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartPalette.colour(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(222, 222, 222));
        plot.setRangeGridlinePaint(new Color(222, 222, 222));
        chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
    }

    /**
     * Whether the swept values span a decade or more, all positive: a sweep is then (nearly always)
     * geometric (2, 5, 10, 20, 50, 100 Mbit/s; 64 to 4096 KiB doubling), and a linear axis would crowd
     * its small values into a corner where the effect usually is.
     */
    static boolean geometric(double[] xs) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double v : xs) {
            if (!(v > 0)) {
                return false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return xs.length >= 3 && max / min >= 10;
    }

    /** Whether the swept parameter is drawn on a logarithmic axis (see {@link #geometric}). */
    public boolean logarithmic() {
        return plot.getDomainAxis() instanceof LogAxis;
    }

    /**
     * A logarithmic axis whose ticks are the swept values themselves (labelled as plain numbers):
     * each run's dot stands on its own value, read without counting decades.
     */
    private static final class SweptAxis extends LogAxis {
        private static final long serialVersionUID = 1L;
        private final double[] values;

        SweptAxis(String label, double[] values) {
            super(label + " \u2014 log scale");
            this.values = java.util.Arrays.stream(values).distinct().sorted().toArray();
            setBase(10);
            setLowerMargin(0.04);
            setUpperMargin(0.04);
            setMinorTickMarksVisible(false);
        }

        @Override
        public List refreshTicks(Graphics2D g2, org.jfree.chart.axis.AxisState state, Rectangle2D dataArea,
                RectangleEdge edge) {
            List<NumberTick> ticks = new java.util.ArrayList<>();
            boolean horizontal = RectangleEdge.isTopOrBottom(edge);
            for (double v : values) {
                ticks.add(new NumberTick(TickType.MAJOR, v, label(v), horizontal ? TextAnchor.TOP_CENTER
                        : TextAnchor.CENTER_RIGHT, TextAnchor.CENTER, 0.0));
            }
            return ticks;
        }

        private static String label(double v) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
                    .toPlainString();
        }
    }

    /** The swept parameter's values, one per run, as drawn. */
    public double[] xs() {
        return xs.clone();
    }

    /** Each measure's values, one per run (NaN: no point), as drawn, in legend order. */
    public Map<String, double[]> series() {
        Map<String, double[]> copy = new java.util.LinkedHashMap<>();
        series.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /**
     * Marks the run at parameter value {@code x} with a vertical line (the run a viewer picked), or
     * none when NaN; returns this chart.
     */
    public SweepChart mark(double x) {
        plot.clearDomainMarkers();
        if (!Double.isNaN(x)) {
            ValueMarker marker = new ValueMarker(x, new Color(60, 60, 60), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            plot.addDomainMarker(marker);
        }
        return this;
    }

    /**
     * Without its title (a view names the sweep above it) and with the legend at {@code legendRight}
     * the right, else the bottom: a chart for a pane short of height; returns this chart.
     */
    public SweepChart compact(boolean legendRight) {
        chart.setTitle((org.jfree.chart.title.TextTitle) null);
        chart.getLegend().setPosition(legendRight ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 11));
        // a smaller axis label still says what the measure is and whether it is assumed
        plot.getRangeAxis().setLabelFont(new Font(FONT, Font.PLAIN, 10));
        plot.getDomainAxis().setLabelFont(new Font(FONT, Font.PLAIN, 11));
        return this;
    }

    /** The chart drawn at {@code width} x {@code height}, as the PNG holds it (a display shows this image). */
    public BufferedImage render(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g.dispose();
        }
        dataArea = info.getPlotInfo().getDataArea();
        return image;
    }

    /**
     * The run drawn nearest to pixel column {@code px} of the last {@link #render} (a click on the
     * chart picks it), or -1 when nothing was rendered yet or {@code px} is outside the plot.
     */
    public int nearest(double px) {
        Rectangle2D area = dataArea;
        if (area == null || xs.length == 0 || px < area.getMinX() - 8 || px > area.getMaxX() + 8) {
            return -1;
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            double d = Math.abs(plot.getDomainAxis().valueToJava2D(xs[i], area, plot.getDomainAxisEdge()) - px);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** Writes the chart as a PNG of {@code width} x {@code height} to {@code png}. */
    public void writePng(Path png, int width, int height) throws IOException {
        try (OutputStream out = Files.newOutputStream(png)) {
            if (!ImageIO.write(render(width, height), "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        }
    }

    /** Writes the chart as an SVG of {@code width} x {@code height} to {@code file}: the same bytes for the same numbers. */
    public void writeSvg(Path file, int width, int height) throws IOException {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        // JFreeSVG names clip paths after the clock by default: the same chart must give the same bytes
        svg.setDefsKeyPrefix("sweep" + Integer.toHexString(title.hashCode()) + "-");
        chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
        Files.writeString(file, svg.getSVGDocument(), StandardCharsets.UTF_8);
    }

    /** Writes {@code NAME.png} and {@code NAME.svg} of {@code width} x {@code height} into {@code directory}. */
    public List<Path> write(Path directory, String name, int width, int height) throws IOException {
        Files.createDirectories(directory);
        Path png = directory.resolve(name + ".png");
        writePng(png, width, height);
        Path svgFile = directory.resolve(name + ".svg");
        writeSvg(svgFile, width, height);
        return List.of(png, svgFile);
    }
}
