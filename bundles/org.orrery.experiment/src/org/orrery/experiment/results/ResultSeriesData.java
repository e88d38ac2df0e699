package org.orrery.experiment.results;

import java.util.Objects;

/**
 * One result series of a run, as plain data: what the model keeps as a ResultSeries.
 *
 * @param metric  what is measured, e.g. {@code migration.downtime}
 * @param unit    unit of the values, e.g. {@code s}
 * @param subject telemetry subject of the object measured, e.g. {@code vm/web1}
 * @param times   sample times, seconds from the start of the run, non-decreasing
 * @param values  one value per time
 */
public record ResultSeriesData(String metric, String unit, String subject, double[] times, double[] values) {

    public ResultSeriesData {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(subject, "subject");
        if (times.length != values.length) {
            throw new IllegalArgumentException(metric + " of " + subject + ": " + times.length + " times but "
                    + values.length + " values");
        }
    }
}
