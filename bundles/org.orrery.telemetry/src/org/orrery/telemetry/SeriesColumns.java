package org.orrery.telemetry;

import java.util.Arrays;

/**
 * The points of one track chunk, column by column: time, index of the event in the store's log,
 * and one column per numeric attribute of the track (NaN where an event lacks it; a column the
 * chunk never needed is null).
 * <p>
 * The array references are final: to grow, or to add a column, the writer makes a new instance
 * from copies and publishes it through a volatile field, so a reader always sees complete arrays;
 * the elements it may read (below a size published after they were written) never change.
 */
final class SeriesColumns {

    final long[] times;
    final int[] eventIndex;
    final double[][] values;

    SeriesColumns(long[] times, int[] eventIndex, double[][] values) {
        this.times = times;
        this.eventIndex = eventIndex;
        this.values = values;
    }

    /** A copy with room for {@code capacity} points and {@code slots} columns. */
    SeriesColumns grown(int capacity, int slots) {
        double[][] v = Arrays.copyOf(values, Math.max(slots, values.length));
        for (int c = 0; c < v.length; c++) {
            if (v[c] != null && v[c].length < capacity) {
                double[] column = Extremes.nans(capacity);
                System.arraycopy(v[c], 0, column, 0, v[c].length);
                v[c] = column;
            }
        }
        return new SeriesColumns(Arrays.copyOf(times, capacity), Arrays.copyOf(eventIndex, capacity), v);
    }

    /** A copy that has column {@code slot}, NaN everywhere. */
    SeriesColumns withColumn(int slot) {
        double[][] v = Arrays.copyOf(values, Math.max(slot + 1, values.length));
        v[slot] = Extremes.nans(times.length);
        return new SeriesColumns(times, eventIndex, v);
    }

    boolean hasColumn(int slot) {
        return slot < values.length && values[slot] != null;
    }

    /** Value of attribute {@code slot} at point {@code i}, NaN when absent. */
    double value(int slot, int i) {
        return hasColumn(slot) ? values[slot][i] : Double.NaN;
    }
}
