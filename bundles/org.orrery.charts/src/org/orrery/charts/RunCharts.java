package org.orrery.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.MigrationRecord;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.TreeEntry;
import org.orrery.telemetry.io.SeriesCsv;

/**
 * The main charts of a run, what the headless run writes next to its CSV series and what the
 * Charts view offers first:
 * <ul>
 * <li>per migration with live rounds (the first {@value #MIGRATIONS}, in start order): data
 * remaining, dirty rate and bandwidth of its rounds, and the memory to move at its start, over the
 * migration's span;</li>
 * <li>per measure of the METRIC samples and group of subjects (host VM counts, link utilization
 * or bandwidth, CPU load, ...): one line per subject, the first {@value #SUBJECTS} subjects by
 * name, over the whole run.</li>
 * </ul>
 */
public final class RunCharts {

    /** Migrations charted at most: a scale run migrates thousands of VMs. */
    public static final int MIGRATIONS = 20;
    /** Subjects per METRIC chart at most: beyond this the lines are not told apart. */
    public static final int SUBJECTS = ChartPalette.FIXED;
    /** Size of the written charts, pixels. */
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;

    private static final List<String> MIGRATION_SERIES = List.of(Attribute.BYTES_REMAINING, Attribute.DIRTY_RATE,
            Attribute.BANDWIDTH);

    private RunCharts() {
    }

    /**
     * A chart to write: {@code name} is the file name without extension (subjects written as in
     * {@link SeriesCsv#safeName}).
     */
    public record NamedChart(String name, ChartRequest request) {
    }

    /** The main charts of the run in {@code store}. */
    public static List<NamedChart> of(TelemetryStore store) {
        List<NamedChart> charts = new ArrayList<>();
        Map<String, List<String>> roundAttributes = new HashMap<>();
        Map<String, Map<String, List<String>>> metrics = new TreeMap<>(); // attribute -> group -> subjects
        for (TreeEntry entry : store.tree()) {
            SeriesKey key = entry.series();
            if (key == null) {
                continue;
            }
            if (key.kind() == EventKind.MIGRATION_ROUND) {
                roundAttributes.computeIfAbsent(key.subject(), s -> new ArrayList<>()).add(key.attribute());
            } else if (key.kind() == EventKind.METRIC) {
                metrics.computeIfAbsent(key.attribute(), a -> new TreeMap<>())
                        .computeIfAbsent(group(key.subject()), g -> new ArrayList<>()).add(key.subject());
            }
        }
        Map<String, Integer> perVm = new HashMap<>();
        long traceEnd = store.endTime();
        for (MigrationRecord m : MigrationRecord.collect(store)) {
            List<String> present = roundAttributes.getOrDefault(m.subject(), List.of());
            if (m.rounds().isEmpty() || present.isEmpty() || charts.size() >= MIGRATIONS) {
                continue;
            }
            List<SeriesKey> series = new ArrayList<>(MIGRATION_SERIES.stream().filter(present::contains)
                    .map(a -> new SeriesKey(m.subject(), EventKind.MIGRATION_ROUND, a)).toList());
            if (m.start().attributes().get(Attribute.MEMORY) instanceof Number) {
                // where "data remaining" starts from: the whole memory, before the first round
                series.add(new SeriesKey(m.subject(), EventKind.MIGRATION_START, Attribute.MEMORY));
            }
            int n = perVm.merge(m.subject(), 1, Integer::sum);
            long start = m.startTime();
            long end = Math.max(m.endTime(traceEnd), m.rounds().get(m.rounds().size() - 1).time());
            long margin = Math.max(1, (end - start) / 20);
            String title = ChartText.get("title.migration", m.subject(), text(m.startText(Attribute.SOURCE)),
                    text(m.startText(Attribute.DESTINATION)));
            charts.add(new NamedChart("migration-" + SeriesCsv.safeName(m.subject()) + "-" + n,
                    new ChartRequest(title, series, new TimeRange(Math.max(0, start - margin), end + margin))));
        }
        metrics.forEach((attribute, groups) -> groups.forEach((group, subjects) -> {
            List<String> shown = subjects.stream().sorted().limit(SUBJECTS).toList();
            String measure = ChartText.attribute(attribute);
            String title = shown.size() < subjects.size()
                    ? ChartText.get("title.metricSome", measure, group, shown.size(), subjects.size())
                    : ChartText.get("title.metric", measure, group);
            List<SeriesKey> series = shown.stream().map(s -> new SeriesKey(s, EventKind.METRIC, attribute)).toList();
            charts.add(new NamedChart(SeriesCsv.safeName(group.isEmpty() ? "other" : group) + "-"
                    + SeriesCsv.safeName(attribute), new ChartRequest(title, series, null)));
        }));
        return charts;
    }

    /**
     * Writes every chart of {@link #of} as NAME.png and NAME.svg ({@value #WIDTH} x {@value #HEIGHT})
     * into {@code directory} (created if missing); returns the files, in chart order.
     */
    public static List<Path> write(Path directory, TelemetryStore store) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (NamedChart named : of(store)) {
            TelemetryChart chart = TelemetryChart.of(ChartData.read(store, named.request(), WIDTH));
            Path png = directory.resolve(named.name() + ".png");
            chart.writePng(png, WIDTH, HEIGHT);
            Path svg = directory.resolve(named.name() + ".svg");
            chart.writeSvg(svg, WIDTH, HEIGHT);
            written.add(png);
            written.add(svg);
        }
        return written;
    }

    private static String group(String subject) {
        int slash = subject.indexOf('/');
        return slash > 0 ? subject.substring(0, slash) : "";
    }

    private static String text(String s) {
        return s == null ? "?" : s;
    }
}
