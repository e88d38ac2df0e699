package org.orrery.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/** A run's main charts: which, over which time, and their files. */
class RunChartsTest {

    @TempDir
    Path dir;

    @Test
    void aMigrationOverItsSpanAndTheHostsVmCountsOverTheRun() throws Exception {
        try (TelemetryStore store = MigrationStore.create()) {
            List<RunCharts.NamedChart> charts = RunCharts.of(store);
            assertEquals(List.of("migration-vm%2Fweb-1", "host-vms"),
                    charts.stream().map(RunCharts.NamedChart::name).toList());
            ChartRequest migration = charts.get(0).request();
            assertEquals("Migration of vm/web: host/a \u2192 host/b", migration.title());
            assertEquals(List.of(Attribute.BYTES_REMAINING, Attribute.DIRTY_RATE, Attribute.BANDWIDTH,
                    Attribute.MEMORY), migration.series().stream().map(SeriesKey::attribute).toList());
            assertEquals(EventKind.MIGRATION_START, migration.series().get(3).kind());
            // 10 s to 12 s and a twentieth of it either side
            assertEquals(new TimeRange(9_900_000_000L, 12_100_000_000L), migration.range());
            ChartRequest hosts = charts.get(1).request();
            assertEquals("VMs per host", hosts.title());
            assertEquals(List.of(new SeriesKey("host/a", EventKind.METRIC, Attribute.VM_COUNT),
                    new SeriesKey("host/b", EventKind.METRIC, Attribute.VM_COUNT)), hosts.series());

            List<Path> files = RunCharts.write(dir.resolve("charts"), store);
            assertEquals(List.of("migration-vm%2Fweb-1.png", "migration-vm%2Fweb-1.svg", "host-vms.png",
                    "host-vms.svg"), files.stream().map(p -> p.getFileName().toString()).toList());
            for (Path file : files) {
                if (file.toString().endsWith(".png")) {
                    BufferedImage image = ImageIO.read(file.toFile());
                    assertEquals(RunCharts.WIDTH, image.getWidth());
                    assertEquals(RunCharts.HEIGHT, image.getHeight());
                    assertTrue(Pixels.count(image, new java.awt.Rectangle(0, 0, image.getWidth(), image.getHeight()),
                            ChartPalette.colour(1), 24) > 500, "the second series is drawn in " + file);
                } else {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                    assertEquals("svg", factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement()
                            .getTagName());
                }
            }
        }
    }

    @Test
    void aRunWithoutNumbersHasNoCharts() throws Exception {
        try (TelemetryStore store = new TelemetryStore()) {
            assertEquals(List.of(), RunCharts.of(store));
            assertEquals(List.of(), RunCharts.write(dir, store));
        }
    }
}
