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

    @Test
    void aSeriesOfTheWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SweepChart("t", "x", "y",
                new double[] {1, 2}, Map.of("m", new double[] {1})));
        assertTrue(e.getMessage().contains("m: 1 values for 2 runs"), e.getMessage());
    }
}
