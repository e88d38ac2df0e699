package org.orrery.sim.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sine load's closed-form integral against a fine numerical one, clipping included. */
class SineLoadTest {

    private static final long SECOND = 1_000_000_000L;

    private static double numeric(CpuLoad load, long from, long to) {
        int steps = 200_000;
        double h = (double) (to - from) / steps;
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            sum += load.at(from + (long) ((i + 0.5) * h));
        }
        return sum * h / 1e9;
    }

    @Test
    void theIntegralMatchesSummationWithAndWithoutClipping() {
        CpuLoad[] loads = {new SineLoad(0.45, 0.3, 600 * SECOND, 1.0), // never clipped
                new SineLoad(0.30, 0.40, 300 * SECOND, -2.0), // dips below zero
                new SineLoad(0.80, 0.40, 900 * SECOND, 0.5)}; // rises above one
        long[][] intervals = {{0, 3600 * SECOND}, {17 * SECOND, 95 * SECOND}, {1234 * SECOND, 1235 * SECOND}};
        for (CpuLoad load : loads) {
            for (long[] iv : intervals) {
                double exact = load.integral(iv[0], iv[1]);
                assertEquals(numeric(load, iv[0], iv[1]), exact, 1e-4 * (iv[1] - iv[0]) / 1e9, load + " " + iv[0]);
            }
        }
    }

    @Test
    void theLoadStaysWithinZeroAndOne() {
        SineLoad load = new SineLoad(0.3, 0.4, 300 * SECOND, 0);
        assertEquals(0.3, load.at(0), 1e-12);
        assertEquals(0.7, load.at(75 * SECOND), 1e-9);
        assertEquals(0, load.at(225 * SECOND), 1e-12);
        assertEquals(0.3 * 300, load.integral(0, 300 * SECOND) - clippedPart(load), 1e-6);
    }

    /** What clipping at zero adds back over one period: the negative lobe's area. */
    private static double clippedPart(SineLoad load) {
        double theta = Math.asin(load.mean() / load.amplitude());
        // integral over the lobe where mean + a sin x < 0, x in (pi + theta, 2 pi - theta), radians -> seconds
        double lobe = -(load.mean() * (Math.PI - 2 * theta) - load.amplitude() * 2 * Math.cos(theta));
        return lobe * 300 / (2 * Math.PI);
    }
}
