package org.orrery.experiment.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.Experiment;
import org.orrery.experiment.ExperimentRunner;
import org.orrery.experiment.RunMonitor;
import org.orrery.experiment.Scenario;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.io.Json;
import org.orrery.telemetry.io.TraceFile;

/** The result files of a run: what is written, that it reads back, and that the same run writes the same bytes. */
class ResultsWriterTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private static TelemetryStore demo(long seed) {
        TelemetryStore store = new TelemetryStore();
        ExperimentRunner.run(new Experiment(Scenario.demo(), seed, 900 * SECOND), store, RunMonitor.NONE);
        return store;
    }

    private static Map<String, Object> header(long seed) {
        return Map.of("scenario", "demo", "seed", seed, "duration", 900 * SECOND);
    }

    @Test
    void theTraceSeriesAndExportAreWrittenAndReadBack() throws Exception {
        TelemetryStore store = demo(5);
        ResultsWriter.Written written = ResultsWriter.write(dir, header(5), store, null);
        assertEquals(dir.resolve(TraceFile.FILE_NAME), written.trace());
        TraceFile.Recording back = TraceFile.read(written.trace());
        assertEquals(header(5), back.run());
        assertEquals(store.query(TimeRange.ALL, e -> true), back.events());

        Path hostA = dir.resolve("series").resolve("host%2Fa__METRIC.csv");
        assertTrue(written.series().contains(hostA), written.series().toString());
        assertEquals("time_ns,vms", Files.readAllLines(hostA).get(0));
        assertEquals("time_ns,bandwidth,bytesRemaining,bytesSent,dirtyRate,expectedDowntime,iteration",
                Files.readAllLines(dir.resolve("series").resolve("vm%2Fweb-1__MIGRATION_ROUND.csv")).get(0));

        List<String> charts = written.charts().stream().map(p -> dir.relativize(p).toString()).toList();
        assertTrue(charts.containsAll(List.of("charts/migration-vm%2Fweb-1-1.png", "charts/migration-vm%2Fweb-1-1.svg",
                "charts/host-vms.png", "charts/host-vms.svg")), charts.toString());
        for (Path chart : written.charts()) {
            assertTrue(Files.size(chart) > 5_000, chart + " holds a drawing");
        }

        Map<String, Object> chrome = Json.parseObject(Files.readString(written.chromeTrace()));
        assertTrue(((List<?>) chrome.get("traceEvents")).size() > 100);
        assertNull(written.summaryText(), "no summary asked for");
        back.store().close();
    }

    @Test
    void theSameRunWritesTheSameBytesAndAnotherSeedOtherOnes() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path other = dir.resolve("other");
        ResultsWriter.write(first, header(9), demo(9), null);
        ResultsWriter.write(second, header(9), demo(9), null);
        ResultsWriter.write(other, header(10), demo(10), null);
        List<Path> files = relativeFiles(first);
        assertEquals(files, relativeFiles(second));
        assertTrue(files.size() > 5, files.toString());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file.toString());
        }
        assertFalse(Arrays.equals(Files.readAllBytes(first.resolve("trace.jsonl")),
                Files.readAllBytes(other.resolve("trace.jsonl"))));
    }

    private static List<Path> relativeFiles(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
