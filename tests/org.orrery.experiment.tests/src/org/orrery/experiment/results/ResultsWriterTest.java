package org.orrery.experiment.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

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
    void theTraceReadsBackAsTheEventsThatWereStored() throws Exception {
        TelemetryStore store = demo(5);
        ResultsWriter.Written written = ResultsWriter.write(dir, header(5), store);
        assertEquals(dir.resolve("trace.jsonl"), written.trace());

        TraceFile.Trace trace = TraceFile.read(written.trace());
        assertEquals(header(5), trace.run());
        // record equality compares every attribute, including Long vs Double
        assertEquals(store.query(new TimeRange(0, Long.MAX_VALUE), e -> true), trace.events());
        String firstEvent = Files.readAllLines(written.trace()).get(1);
        assertEquals("{\"time\":0,\"kind\":\"PLACEMENT\",\"subject\":\"vm/web-1\",\"attributes\":{\"host\":\"host/a\"}}",
                firstEvent);
    }

    @Test
    void eachSeriesIsACsvFileWithTheDocumentedNameColumnsAndRows() throws Exception {
        TelemetryStore store = demo(5);
        List<Path> series = ResultsWriter.write(dir, header(5), store).series();
        Path hostA = dir.resolve("series").resolve("host%2Fa__METRIC.csv");
        assertTrue(series.contains(hostA), series.toString());
        List<String> lines = Files.readAllLines(hostA);
        assertEquals("time_ns,value", lines.get(0));
        List<TelemetryEvent> samples = store.query(new TimeRange(0, Long.MAX_VALUE),
                e -> e.kind() == EventKind.METRIC && e.subject().equals("host/a"));
        assertEquals(samples.size(), lines.size() - 1);
        for (int i = 0; i < samples.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(samples.get(i).time(), Long.parseLong(cells[0]));
            assertEquals(samples.get(i).attributes().get("value"), Long.parseLong(cells[1]));
        }

        Path rounds = dir.resolve("series").resolve("vm%2Fweb-1__MIGRATION_ROUND.csv");
        List<String> roundLines = Files.readAllLines(rounds);
        assertEquals("time_ns,bandwidth,bytesRemaining,bytesSent,dirtyRate,expectedDowntime,iteration",
                roundLines.get(0));
        String[] firstRound = roundLines.get(1).split(",", -1);
        assertEquals(1.25e8, Double.parseDouble(firstRound[1]));
        assertEquals(1L << 30, Long.parseLong(firstRound[3]), "web-1's first round sends its whole 1 GiB");
        assertEquals("1", firstRound[6]);

        // series without numbers (none here) get no file; every file has a header and rows
        for (Path file : series) {
            assertTrue(Files.readAllLines(file).size() >= 2, file.toString());
        }
    }

    @Test
    void theSameRunWritesTheSameBytesAndAnotherSeedOtherOnes() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        Path other = dir.resolve("other");
        ResultsWriter.write(first, header(9), demo(9));
        ResultsWriter.write(second, header(9), demo(9));
        ResultsWriter.write(other, header(10), demo(10));
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

    @Test
    void awkwardTextAndNumbersSurviveTheRoundTrip() throws Exception {
        TelemetryStore store = new TelemetryStore();
        store.append(new TelemetryEvent(3, EventKind.MESSAGE, "vm/\"quoted\" \\ back\nslash\t\u00e9\u2603",
                Map.of("text", "line1\nline2 \u0001", "ratio", 0.1, "big", Long.MAX_VALUE, "negative", -5L,
                        "tiny", 1e-300, "ok", true)));
        Path file = dir.resolve("t.jsonl");
        TraceFile.write(file, Map.of(), store);
        TelemetryEvent back = TraceFile.read(file).events().get(0);
        assertEquals(store.get(0), back);
        assertEquals(2, Files.readAllLines(file, StandardCharsets.UTF_8).size(), "one line per event");

        TelemetryStore nan = new TelemetryStore();
        nan.append(new TelemetryEvent(0, EventKind.METRIC, "x", Map.of("value", Double.NaN)));
        TraceFile.write(file, Map.of(), nan);
        assertTrue(Files.readString(file).contains("\"value\":\"NaN\""));
        assertEquals("NaN", TraceFile.read(file).events().get(0).attributes().get("value"));
    }

    @Test
    void aDamagedTraceIsRefusedNamingTheLine() throws Exception {
        TelemetryStore store = demo(1);
        Path file = dir.resolve("trace.jsonl");
        TraceFile.write(file, Map.of(), store);
        List<String> lines = Files.readAllLines(file);
        lines.set(3, lines.get(3).substring(0, 20));
        Files.write(file, lines);
        Exception e = assertThrows(java.io.IOException.class, () -> TraceFile.read(file));
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());

        Files.writeString(file, "{\"format\":\"something-else\",\"version\":1,\"run\":{}}\n");
        assertTrue(assertThrows(java.io.IOException.class, () -> TraceFile.read(file)).getMessage()
                .contains("is not an Orrery trace"));
    }

    private static List<Path> relativeFiles(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
