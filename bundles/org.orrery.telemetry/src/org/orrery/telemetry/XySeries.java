package org.orrery.telemetry;

/**
 * A numeric series at a resolution, what a chart of that many pixels (or points) draws: the
 * queried range cut into equal buckets, the first from the range's start to its first bucket
 * end, each later one from the previous end (exclusive) to its own end (inclusive). Arrays have
 * one element per bucket.
 *
 * @param key     the series
 * @param times   end of each bucket, nanoseconds (the last one is the range's end)
 * @param values  the value the series had at the bucket's end: the last one reported at or before
 *                it, even before the range; NaN before the first report
 * @param minimum smallest value reported inside the bucket, NaN when none was
 * @param maximum largest value reported inside the bucket, NaN when none was
 * @param counts  events of the series' lane inside the bucket (with or without the attribute)
 */
public record XySeries(SeriesKey key, long[] times, double[] values, double[] minimum, double[] maximum,
        int[] counts) {

    /** Number of buckets. */
    public int resolution() {
        return times.length;
    }
}
