package org.orrery.sim.workload;

/**
 * A load that swings as a sine wave around a mean, clipped to [0, 1]:
 * {@code clamp(mean + amplitude * sin(2 pi t / period + phase), 0, 1)}. Its integral is computed
 * in closed form, clipping included, so reading it costs the same over a second or an hour.
 *
 * @param mean      mean load, a fraction
 * @param amplitude swing either side of the mean, a fraction, not negative
 * @param period    period, nanoseconds, positive
 * @param phase     phase at time 0, radians
 */
public record SineLoad(double mean, double amplitude, long period, double phase) implements CpuLoad {

    private static final double TWO_PI = 2 * Math.PI;

    public SineLoad {
        if (!(amplitude >= 0) || !Double.isFinite(mean) || !Double.isFinite(amplitude) || !Double.isFinite(phase)) {
            throw new IllegalArgumentException("mean, amplitude and phase must be finite, amplitude not negative");
        }
        if (period <= 0) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
    }

    @Override
    public double at(long time) {
        double load = mean + amplitude * Math.sin(angle(time));
        return Math.max(0, Math.min(1, load));
    }

    @Override
    public double integral(long from, long to) {
        if (to < from) {
            throw new IllegalArgumentException("interval ends before it starts: " + from + " > " + to);
        }
        double x0 = angle(from);
        double x1 = angle(to);
        // clamp(g, 0, 1) = max(0, g) - max(0, g - 1)
        double radians = positivePart(mean, x1) - positivePart(mean, x0)
                - positivePart(mean - 1, x1) + positivePart(mean - 1, x0);
        return radians * (period / 1e9) / TWO_PI;
    }

    private double angle(long time) {
        return TWO_PI * ((double) time / period) + phase;
    }

    /** A primitive of max(0, c + amplitude * sin x), zero at x = 0. */
    private double positivePart(double c, double x) {
        double b = amplitude;
        if (c >= b) {
            return c * x - b * Math.cos(x) + b;
        }
        if (c <= -b) {
            return 0;
        }
        // positive where sin x > -c/b: on (theta, pi - theta) in each period
        double theta = Math.asin(-c / b);
        double perPeriod = primitive(c, Math.PI - theta) - primitive(c, theta);
        double periods = Math.floor(x / TWO_PI);
        double r = x - periods * TWO_PI;
        double partial = 0;
        for (int m = 0; m <= 1; m++) {
            double lo = Math.max(0, theta + m * TWO_PI);
            double hi = Math.min(r, Math.PI - theta + m * TWO_PI);
            if (hi > lo) {
                partial += primitive(c, hi) - primitive(c, lo);
            }
        }
        return periods * perPeriod + partial;
    }

    private double primitive(double c, double x) {
        return c * x - amplitude * Math.cos(x);
    }
}
