package org.orrery.charts;

import java.util.List;
import java.util.Objects;

import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TimeRange;

/**
 * What to chart: series of a store, in the order they get their colours, over a range of run
 * time.
 *
 * @param title  the chart's title; null or empty for one made from the series
 * @param series the series, none twice
 * @param range  the run time shown, nanoseconds; null for the whole run so far (from 0 to the
 *               store's latest event)
 */
public record ChartRequest(String title, List<SeriesKey> series, TimeRange range) {

    public ChartRequest {
        series = List.copyOf(Objects.requireNonNull(series, "series"));
        if (series.stream().distinct().count() != series.size()) {
            throw new IllegalArgumentException("a series is named twice in " + series);
        }
    }

    /** The whole run so far, with a title made from the series. */
    public static ChartRequest of(List<SeriesKey> series) {
        return new ChartRequest(null, series, null);
    }
}
