package org.orrery.telemetry;

import java.util.Arrays;

/** Smallest and largest of the numbers seen, NaN ones skipped; NaN while none was seen. */
final class Extremes {

    double min = Double.NaN;
    double max = Double.NaN;

    /** Takes {@code v} into account, unless it is NaN (an absent value). */
    void add(double v) {
        if (!Double.isNaN(v)) {
            min = Double.isNaN(min) ? v : Math.min(min, v);
            max = Double.isNaN(max) ? v : Math.max(max, v);
        }
    }

    /** Takes {@code values[from..to)} into account. */
    void addAll(double[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            add(values[i]);
        }
    }

    /** A new array of {@code n} NaNs: "no value" everywhere. */
    static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
