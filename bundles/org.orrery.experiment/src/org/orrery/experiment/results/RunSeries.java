package org.orrery.experiment.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.MigrationRecord;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.TreeEntry;

/**
 * The result series of a run, read from its telemetry (so a replayed trace gives the same):
 * <ul>
 * <li>per migrated VM, at each completed migration's end: {@value #TOTAL_TIME} (s),
 * {@value #DOWNTIME} (s), {@value #TOTAL_DATA} (MB, 10^6 bytes), {@value #ROUNDS};</li>
 * <li>per host, each census sample: {@value #HOST_VMS};</li>
 * <li>per link, at the start and each change: {@value #LINK_BANDWIDTH} (Mbit/s).</li>
 * </ul>
 * Sorted by metric, then subject.
 */
public final class RunSeries {

    public static final String TOTAL_TIME = "migration.totalTime";
    public static final String DOWNTIME = "migration.downtime";
    public static final String TOTAL_DATA = "migration.totalData";
    public static final String ROUNDS = "migration.rounds";
    public static final String HOST_VMS = "host.vms";
    public static final String LINK_BANDWIDTH = "link.bandwidth";

    private static final double SECOND = 1e9;

    private RunSeries() {
    }

    /** The series of the run in {@code store}. */
    public static List<ResultSeriesData> of(TelemetryStore store) {
        List<ResultSeriesData> series = new ArrayList<>();
        Map<String, List<TelemetryEvent>> ends = new TreeMap<>();
        for (MigrationRecord m : MigrationRecord.collect(store)) {
            if (m.outcome() == MigrationRecord.Outcome.COMPLETED) {
                ends.computeIfAbsent(m.subject(), s -> new ArrayList<>()).add(m.end());
            }
        }
        ends.forEach((vm, list) -> {
            series.add(series(TOTAL_TIME, "s", vm, list, e -> e.number(Attribute.TOTAL_TIME, Double.NaN) / SECOND));
            series.add(series(DOWNTIME, "s", vm, list, e -> e.number(Attribute.DOWNTIME, Double.NaN) / SECOND));
            series.add(series(TOTAL_DATA, "MB", vm, list, e -> e.number(Attribute.TOTAL_BYTES, Double.NaN) / 1e6));
            series.add(series(ROUNDS, "", vm, list, e -> e.number(Attribute.ROUNDS, Double.NaN)));
        });
        for (TreeEntry entry : store.tree()) {
            SeriesKey key = entry.series();
            if (key == null || key.kind() != EventKind.METRIC) {
                continue;
            }
            if (key.attribute().equals(Attribute.VM_COUNT)) {
                series.add(series(HOST_VMS, "VMs", store, key, 1));
            } else if (key.attribute().equals(Attribute.BANDWIDTH)) {
                series.add(series(LINK_BANDWIDTH, "Mbit/s", store, key, 8 / 1e6));
            }
        }
        series.sort(Comparator.comparing(ResultSeriesData::metric).thenComparing(ResultSeriesData::subject));
        return series;
    }

    private static ResultSeriesData series(String metric, String unit, String subject, List<TelemetryEvent> events,
            ToDoubleFunction<TelemetryEvent> value) {
        double[] times = new double[events.size()];
        double[] values = new double[events.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = events.get(i).time() / SECOND;
            values[i] = value.applyAsDouble(events.get(i));
        }
        return new ResultSeriesData(metric, unit, subject, times, values);
    }

    private static ResultSeriesData series(String metric, String unit, TelemetryStore store, SeriesKey key,
            double factor) {
        List<TelemetryEvent> events = new ArrayList<>();
        store.forEach(key.lane(), TimeRange.ALL, e -> {
            if (e.attributes().get(key.attribute()) instanceof Number) {
                events.add(e);
            }
        });
        return series(metric, unit, key.subject(), events, e -> e.number(key.attribute(), Double.NaN) * factor);
    }
}
