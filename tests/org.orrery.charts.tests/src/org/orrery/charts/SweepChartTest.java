package org.orrery.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's chart: PNG and SVG written, the SVG the same bytes for the same numbers, bad input refused. */
class SweepChartTest {

    @TempDir
    Path dir;

    @Test
    void writesPngAndTheSameSvgTwice() throws Exception {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("energy_J", new double[] {155, 120, 99});
        series.put("radio_energy_J", new double[] {111, 54, Double.NaN});
        List<Path> files = new SweepChart("t", "bandwidth (Mbit/s)", "energy (J)", new double[] {2, 5, 20}, series)
                .write(dir.resolve("a"), "sweep", 800, 500);
        assertEquals(2, files.size());
        assertTrue(Files.size(files.get(0)) > 1000);
        new SweepChart("t", "bandwidth (Mbit/s)", "energy (J)", new double[] {2, 5, 20}, series).write(dir.resolve("b"),
                "sweep", 800, 500);
        assertEquals(Files.readString(dir.resolve("a/sweep.svg")), Files.readString(dir.resolve("b/sweep.svg")));
    }

    /**
     * What a display needs: the values as drawn (a copy: the caller's arrays may change), the image,
     * the run nearest a pixel column (a click picks a run; points ordered left to right), and a
     * marked run drawn as a dark dashed line at its x.
     */
    @Test
    void keepsItsValuesRendersAndFindsTheRunNearestAPixel() {
        double[] xs = {2, 5, 20, 100};
        double[] energy = {155, 120, 99, 92};
        SweepChart chart = new SweepChart("t", "bandwidth (Mbit/s)", "energy (J)", xs, Map.of("energy_J", energy));
        energy[0] = -1;
        assertEquals(List.of(2.0, 5.0, 20.0, 100.0), java.util.Arrays.stream(chart.xs()).boxed().toList());
        assertEquals(155.0, chart.series().get("energy_J")[0], "a copy of the values given");
        assertEquals(-1, chart.nearest(100), "nothing rendered yet");
        java.awt.image.BufferedImage plain = chart.render(800, 500);
        int first = -1;
        int last = -1;
        int previous = -1;
        for (int px = 0; px < 800; px += 4) {
            int i = chart.nearest(px);
            if (i >= 0) {
                first = first < 0 ? i : first;
                assertTrue(i >= previous, "left to right: " + i + " after " + previous + " at " + px);
                previous = i;
                last = i;
            }
        }
        assertEquals(3, last, "the rightmost run is reached");
        assertEquals(0, first, "from the plot's left edge: the first run");
        assertEquals(-1, chart.nearest(2), "left of the plot: none");
        java.awt.image.BufferedImage marked = chart.mark(20).render(800, 500);
        int differing = 0;
        for (int x = 0; x < 800; x++) {
            for (int y = 0; y < 500; y++) {
                if (plain.getRGB(x, y) != marked.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > 100, "the marker is drawn: " + differing + " pixels changed");
        assertTrue(differing < 5000, "and nothing else moved: " + differing);
    }

    /** A sweep over a decade or more of positive values is drawn on a log axis (2, 5, 10 are not crowded together). */
    @Test
    void geometricSweepsGetALogAxis() {
        Map<String, double[]> one = Map.of("m", new double[] {1, 2, 3});
        assertTrue(new SweepChart("t", "x", "y", new double[] {2, 5, 10, 20, 50, 100}, Map.of("m", new double[6]))
                .logarithmic());
        assertTrue(new SweepChart("t", "x", "y", new double[] {64, 512, 4096}, one).logarithmic());
        assertTrue(!new SweepChart("t", "x", "y", new double[] {1, 2, 5}, one).logarithmic(), "less than a decade");
        assertTrue(!new SweepChart("t", "x", "y", new double[] {0, 10, 100}, one).logarithmic(), "zero has no log");
    }

    @Test
    void aSeriesOfTheWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SweepChart("t", "x", "y",
                new double[] {1, 2}, Map.of("m", new double[] {1})));
        assertTrue(e.getMessage().contains("m: 1 values for 2 runs"), e.getMessage());
    }
}
