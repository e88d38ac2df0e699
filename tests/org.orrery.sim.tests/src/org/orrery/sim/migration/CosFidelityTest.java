package org.orrery.sim.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.orrery.sim.memory.UniformDirtying;
import org.orrery.sim.network.Link;
import org.orrery.sim.network.Route;

/**
 * COS's migration costs (cos.md): VM migration linear in memory at about 10 s per GB, and actor
 * migration inside the quoted LAN and WAN ranges.
 */
class CosFidelityTest {

    /** cos.md's figures are decimal: GB = 10^9 bytes, Mbps = 10^6 bits/s, KB = 1024 bytes (one reading). */
    private static final double GB = 1e9;
    private static final long KB = 1024;

    @Test
    void idleVmMigrationTimeIsLinearInMemoryAtAboutTenSecondsPerGigabyte() {
        // Xen on 1 GbE, no applications running, at the 743.81 Mbps average COS measured
        double bandwidth = 743.81e6 / 8;
        double[] sizes = {0.5, 1, 2, 4, 6, 8, 10};
        double[] seconds = new double[sizes.length];
        StringBuilder table = new StringBuilder("COS VM migration (Xen pre-copy, idle, 743.81 Mbps):\n");
        for (int i = 0; i < sizes.length; i++) {
            Harness h = new Harness();
            Link link = new Link("link/gbe", bandwidth, 100_000);
            MigrationResult r = h.migrate(Harness.request("vm/a", new UniformDirtying((long) (sizes[i] * GB), 0, 0), link),
                    new XenPreCopyMigration());
            seconds[i] = r.totalTime() / 1e9;
            double mbps = r.totalBytes() * 8 / (r.totalTime() / 1e9) / 1e6;
            table.append(String.format("  %5.1f GB  %7.2f s  %7.2f Mbps average%n", sizes[i], seconds[i], mbps));
            assertEquals(743.81, mbps, 743.81 * 0.005, "average bandwidth within 0.5% of COS's");
        }
        double[] fit = leastSquares(sizes, seconds);
        table.append(String.format("  slope %.3f s/GB (paper: about 10), intercept %.3f s, r^2 %.6f", fit[0], fit[1], fit[2]));
        System.out.println(table);
        assertEquals(10, fit[0], 1.0, "slope within 10% of 10 s/GB");
        assertTrue(fit[2] > 0.9999, "linear: r^2 = " + fit[2]);
    }

    @Test
    void actorMigrationFallsInsideTheQuotedLanAndWanRanges() {
        Route lan = Route.of(new Link("h1/up", 125e6, 50_000), new Link("h2/down", 125e6, 50_000));
        // Urbana -> Paris -> Tokyo (assumed one-way latencies 55 ms and 110 ms, 100 Mbps paths)
        Route wan = Route.of(Link.ofMegabits("urbana-paris", 100, 55_000_000),
                Link.ofMegabits("paris-tokyo", 100, 110_000_000));
        double lanEmpty = actorSeconds(0, lan);
        double lanFull = actorSeconds(100 * KB, lan);
        double wanEmpty = actorSeconds(0, wan);
        double wanFull = actorSeconds(100 * KB, wan);
        System.out.printf("COS actor migration: LAN empty %.3f s (paper 0.150-0.160), 100 KB %.3f s (0.240-0.250);"
                + " WAN empty %.2f s (3-7), 100 KB %.2f s (25-30)%n", lanEmpty, lanFull, wanEmpty, wanFull);
        assertInside(lanEmpty, 0.150, 0.160);
        assertInside(lanFull, 0.240, 0.250);
        assertInside(wanEmpty, 3, 7);
        assertInside(wanFull, 25, 30);
    }

    private static double actorSeconds(long stateBytes, Route route) {
        Harness h = new Harness();
        MigrationRequest request = new MigrationRequest("actor/a", "theater/1", "theater/2",
                new UniformDirtying(stateBytes, 0, 0), route);
        MigrationResult r = h.migrate(request, new ActorMigration());
        assertEquals(r.totalTime(), r.downtime(), "an actor is unavailable while it moves");
        return r.totalTime() / 1e9;
    }

    private static void assertInside(double value, double low, double high) {
        assertTrue(value >= low && value <= high, value + " outside [" + low + ", " + high + "]");
    }

    /** Slope, intercept and r^2 of the least-squares line through the points. */
    static double[] leastSquares(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double slope = sxy / sxx;
        return new double[] {slope, my - slope * mx, sxy * sxy / (sxx * syy)};
    }
}
