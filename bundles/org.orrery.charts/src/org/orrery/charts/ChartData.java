package org.orrery.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.XySeries;

/**
 * The numbers of a chart, read from a store the way the store is meant to be read by views: one
 * {@link TelemetryStore#fetchXy range query} per series at the chart's resolution (about one
 * bucket per pixel), so the cost follows the picture's width, not the run's length. A bucket in
 * which the series reported gives one point: the last value reported in it, at the bucket's end,
 * with the smallest and largest reports of the bucket (a chart shades that band, so a spike inside
 * a bucket stays visible); buckets without a report give none: a measure's line joins what was
 * reported, a level's (METRIC samples) steps from report to report and holds its last value, and
 * neither invents a value. Series are grouped into axes by {@link SeriesUnit}, in the order they
 * first appear.
 */
public final class ChartData {

    /**
     * One series as drawn.
     *
     * @param index  its place in the request (0 first), which picks its colour
     * @param key    the series
     * @param label  its legend entry
     * @param colour its colour
     * @param times   point times, nanoseconds of run time, ascending
     * @param values  point values in the store's units: the last report of the point's bucket
     * @param minimum smallest report of the point's bucket
     * @param maximum largest report of the point's bucket
     * @param holds   whether the series is a level that stays as reported until the next report
     *                (METRIC samples: drawn as steps), rather than a measure taken at each event
     *                (migration rounds: drawn as lines between reports)
     * @param carried for a level, the value it had when the range starts (reported earlier), NaN
     *                when none or when it reported in the range's first bucket
     * @param holdUntil for a level, the time its last value is drawn to: the range's end or the
     *                store's latest event, whichever is earlier
     * @param breaks  indices of the points that begin a new stretch of line, ascending: the first
     *                round of each later migration of the VM (the line does not join one migration
     *                to the next)
     */
    public record Line(int index, SeriesKey key, String label, Color colour, long[] times, double[] values,
            double[] minimum, double[] maximum, boolean holds, double carried, long holdUntil, int[] breaks) {

        /** Number of points. */
        public int size() {
            return times.length;
        }
    }

    /**
     * Series sharing a unit, drawn against one value axis.
     *
     * @param unit  their unit
     * @param scale how the axis prints it
     * @param label the axis title with its unit, e.g. "Data remaining (MB)"
     * @param lines the series, in request order
     */
    public record Axis(SeriesUnit unit, SeriesUnit.Scale scale, String label, List<Line> lines) {
    }

    private final String title;
    private final TimeRange range;
    private final int resolution;
    private final List<Axis> axes;

    private ChartData(String title, TimeRange range, int resolution, List<Axis> axes) {
        this.title = title;
        this.range = range;
        this.resolution = resolution;
        this.axes = axes;
    }

    /**
     * Reads the series of {@code request} from {@code store} at {@code resolution} buckets over
     * the request's range (the whole run so far when it names none).
     */
    public static ChartData read(TelemetryStore store, ChartRequest request, int resolution) {
        Objects.requireNonNull(store, "store");
        if (resolution <= 0) {
            throw new IllegalArgumentException("resolution must be positive: " + resolution);
        }
        TimeRange range = request.range() != null ? request.range() : wholeRun(store);
        List<SeriesKey> series = request.series();
        String title = title(request);
        Map<SeriesUnit, List<Line>> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            SeriesKey key = series.get(i);
            Line line = line(i, store.fetchXy(key, range, resolution), legend(key, series, title),
                    Math.min(range.end(), Math.max(range.start(), store.endTime())), starts(store, key, range));
            byUnit.computeIfAbsent(SeriesUnit.of(key.attribute()), u -> new ArrayList<>()).add(line);
        }
        List<Axis> axes = new ArrayList<>();
        byUnit.forEach((unit, lines) -> axes.add(axis(unit, lines)));
        return new ChartData(title, range, resolution, List.copyOf(axes));
    }

    /** From 0 to the latest event, at least one second (a run that has just begun). */
    static TimeRange wholeRun(TelemetryStore store) {
        return new TimeRange(0, Math.max(1_000_000_000L, store.endTime()));
    }

    public String title() {
        return title;
    }

    /** The run time shown, nanoseconds. */
    public TimeRange range() {
        return range;
    }

    /** Buckets the range was read in. */
    public int resolution() {
        return resolution;
    }

    /** The value axes, each with its series. */
    public List<Axis> axes() {
        return axes;
    }

    /** Every series, in request order. */
    public List<Line> lines() {
        List<Line> all = new ArrayList<>();
        axes.forEach(a -> all.addAll(a.lines()));
        all.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return all;
    }

    /** Points drawn over all series. */
    public int points() {
        return axes.stream().flatMap(a -> a.lines().stream()).mapToInt(Line::size).sum();
    }

    /** Times the subject's migrations started in {@code range}, for a series of migration rounds or switchovers. */
    private static long[] starts(TelemetryStore store, SeriesKey key, TimeRange range) {
        if (key.kind() != EventKind.MIGRATION_ROUND && key.kind() != EventKind.MIGRATION_SWITCHOVER) {
            return new long[0];
        }
        List<Long> starts = new ArrayList<>();
        store.forEach(new SeriesKey.Lane(key.subject(), EventKind.MIGRATION_START), range, e -> starts.add(e.time()));
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    private static Line line(int index, XySeries xy, String label, long holdUntil, long[] starts) {
        int r = xy.resolution();
        long[] times = new long[r];
        double[] values = new double[r];
        double[] minimum = new double[r];
        double[] maximum = new double[r];
        int n = 0;
        for (int b = 0; b < r; b++) {
            // reported inside the bucket: its minimum is a number (values[b] may be an older report)
            if (!Double.isNaN(xy.minimum()[b]) && !Double.isNaN(xy.values()[b])) {
                times[n] = xy.times()[b];
                values[n] = xy.values()[b];
                minimum[n] = xy.minimum()[b];
                maximum[n++] = xy.maximum()[b];
            }
        }
        // a METRIC sample says what a level is from then on (VMs on a host, a link's bandwidth)
        boolean holds = xy.key().kind() == EventKind.METRIC;
        double carried = holds && r > 0 && Double.isNaN(xy.minimum()[0]) ? xy.values()[0] : Double.NaN;
        // a migration started between two points: the later one begins a new stretch
        int[] breaks = new int[n];
        int found = 0;
        int s = 0;
        for (int i = 1; i < n; i++) {
            while (s < starts.length && starts[s] <= times[i - 1]) {
                s++;
            }
            if (s < starts.length && starts[s] <= times[i]) {
                breaks[found++] = i;
            }
        }
        return new Line(index, xy.key(), label, ChartPalette.colour(index), Arrays.copyOf(times, n),
                Arrays.copyOf(values, n), Arrays.copyOf(minimum, n), Arrays.copyOf(maximum, n), holds, carried,
                holdUntil, Arrays.copyOf(breaks, found));
    }

    private static Axis axis(SeriesUnit unit, List<Line> lines) {
        double largest = Double.NaN;
        Set<String> measures = new LinkedHashSet<>();
        for (Line line : lines) {
            for (double v : line.values()) {
                largest = Double.isNaN(largest) ? Math.abs(v) : Math.max(largest, Math.abs(v));
            }
            measures.add(ChartText.attribute(line.key().attribute()));
        }
        SeriesUnit.Scale scale = unit.scale(largest);
        String what = measures.size() <= 2 ? String.join(", ", measures) : ChartText.get("unit." + unit.name());
        String label = scale.symbol().isEmpty() ? what : ChartText.get("axis.withUnit", what, scale.symbol());
        return new Axis(unit, scale, label, List.copyOf(lines));
    }

    /**
     * "Data remaining" when the chart shows one subject and its title names it; "vm/web: Data
     * remaining" otherwise; "(migration round)" added when the chart holds the same measure of the
     * same subject from two kinds of event.
     */
    private static String legend(SeriesKey key, List<SeriesKey> all, String title) {
        String measure = ChartText.attribute(key.attribute());
        boolean twoKinds = all.stream().anyMatch(k -> k != key && k.subject().equals(key.subject())
                && k.attribute().equals(key.attribute()) && k.kind() != key.kind());
        if (twoKinds) {
            measure = ChartText.get("legend.kind", measure, ChartText.kind(key.kind()));
        }
        boolean named = subjects(all).size() == 1 && title.contains(key.subject());
        return named ? measure : ChartText.get("legend.subject", key.subject(), measure);
    }

    private static String title(ChartRequest request) {
        if (request.title() != null && !request.title().isBlank()) {
            return request.title();
        }
        Set<String> subjects = subjects(request.series());
        if (subjects.size() == 1) {
            return subjects.iterator().next();
        }
        Set<String> measures = new LinkedHashSet<>();
        request.series().forEach(k -> measures.add(ChartText.attribute(k.attribute())));
        return measures.size() <= 2 && !measures.isEmpty() ? String.join(", ", measures)
                : ChartText.get("series.count", request.series().size());
    }

    private static Set<String> subjects(List<SeriesKey> series) {
        Set<String> subjects = new HashSet<>();
        series.forEach(k -> subjects.add(k.subject()));
        return subjects;
    }
}
