package org.orrery.sim.sched.measure;

/** Mean and relative standard deviation (sample standard deviation over the mean). */
public final class Stats {

    private Stats() {
    }

    /** Mean of the finite values; NaN when there is none. */
    public static double mean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Sample standard deviation of the finite values over their mean; NaN with fewer than two. */
    public static double relativeDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                squares += (v - mean) * (v - mean);
                n++;
            }
        }
        if (n < 2 || mean == 0) {
            return Double.NaN;
        }
        return Math.sqrt(squares / (n - 1)) / Math.abs(mean);
    }
}
