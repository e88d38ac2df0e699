package org.orrery.telemetry.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.StoreLimits;
import org.orrery.telemetry.SyntheticRun;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

class TraceFileTest {

    @TempDir
    Path dir;

    private static TelemetryStore storeOf(List<TelemetryEvent> events) {
        TelemetryStore store = new TelemetryStore();
        events.forEach(store::append);
        return store;
    }

    @Test
    void aRecordingReadsBackAsTheSameEventsAndRunDescription() throws Exception {
        List<TelemetryEvent> events = new SyntheticRun(3, 4, 6).next(5_000);
        Path file = dir.resolve(TraceFile.FILE_NAME);
        Map<String, Object> run = Map.of("scenario", "synthetic", "seed", 3L, "duration", 60_000_000_000L);
        TraceFile.write(file, run, storeOf(events));

        TraceFile.Recording back = TraceFile.read(file);
        assertEquals(run, back.run());
        // record equality compares every attribute, Long and Double included
        assertEquals(events, back.events());
        List<String> lines = Files.readAllLines(file);
        assertEquals(5_001, lines.size());
        assertEquals("{\"format\":\"orrery-trace\",\"version\":1,\"run\":"
                + "{\"duration\":60000000000,\"scenario\":\"synthetic\",\"seed\":3}}", lines.get(0));
        assertTrue(lines.get(1).matches("\\{\"time\":\\d+,\"kind\":\"[A-Z_]+\",\"subject\":\"[^\"]+\","
                + "\"attributes\":\\{.*\\}\\}"), lines.get(1));
        back.store().close();
    }

    @Test
    void aTraceLargerThanTheStoreLimitsLoadsBySpilling() throws Exception {
        List<TelemetryEvent> events = new SyntheticRun(5, 4, 6).next(30_000);
        Path file = dir.resolve("big.jsonl");
        TraceFile.write(file, Map.of(), storeOf(events));
        TraceFile.Recording back = TraceFile.read(file, new StoreLimits(4_096, 1_000, dir));
        assertTrue(back.store().memory().spilledEvents() > 20_000, back.store().memory().toString());
        assertEquals(events, back.store().query(TimeRange.ALL, e -> true));
        back.store().close();
    }

    @Test
    void theSameEventsGiveTheSameBytesWhateverTheAttributeMapOrder() throws Exception {
        Map<String, Object> a = new java.util.LinkedHashMap<>();
        a.put("z", 1L);
        a.put("a", 2.5);
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("a", 2.5);
        b.put("z", 1L);
        TraceFile.write(dir.resolve("a"), Map.of("k", 1L, "j", "x"),
                storeOf(List.of(new TelemetryEvent(1, EventKind.METRIC, "s", a))));
        TraceFile.write(dir.resolve("b"), Map.of("j", "x", "k", 1L),
                storeOf(List.of(new TelemetryEvent(1, EventKind.METRIC, "s", b))));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a")), Files.readAllBytes(dir.resolve("b")));
        assertTrue(Files.readString(dir.resolve("a")).contains("\"attributes\":{\"a\":2.5,\"z\":1}"));
    }

    @Test
    void awkwardTextAndNumbersSurviveTheRoundTrip() throws Exception {
        TelemetryStore store = storeOf(List.of(new TelemetryEvent(3, EventKind.MESSAGE,
                "vm/\"quoted\" \\ back\nslash\t\u00e9\u2603", Map.of("text", "line1\nline2 \u0001", "ratio", 0.1,
                        "big", Long.MAX_VALUE, "negative", -5L, "tiny", 1e-300, "ok", true))));
        Path file = dir.resolve("t.jsonl");
        TraceFile.write(file, Map.of(), store);
        assertEquals(store.get(0), TraceFile.read(file).events().get(0));
        assertEquals(2, Files.readAllLines(file, StandardCharsets.UTF_8).size(), "one line per event");

        TraceFile.write(file, Map.of(), storeOf(List.of(new TelemetryEvent(0, EventKind.METRIC, "x",
                Map.of("value", Double.NaN)))));
        assertTrue(Files.readString(file).contains("\"value\":\"NaN\""));
        assertEquals("NaN", TraceFile.read(file).events().get(0).attributes().get("value"));
    }

    @Test
    void aDamagedOrForeignFileIsRefusedNamingTheLine() throws Exception {
        Path file = dir.resolve("trace.jsonl");
        TraceFile.write(file, Map.of(), storeOf(new SyntheticRun(1, 2, 2).next(10)));
        List<String> lines = Files.readAllLines(file);
        lines.set(3, lines.get(3).substring(0, 20));
        Files.write(file, lines);
        IOException e = assertThrows(IOException.class, () -> TraceFile.read(file));
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());

        lines.set(3, "{\"time\":5,\"kind\":\"NO_SUCH_KIND\",\"subject\":\"x\",\"attributes\":{}}");
        Files.write(file, lines);
        e = assertThrows(IOException.class, () -> TraceFile.read(file));
        assertTrue(e.getMessage().contains("line 4: not an event"), e.getMessage());

        Files.writeString(file, "{\"format\":\"something-else\",\"version\":1,\"run\":{}}\n");
        assertTrue(assertThrows(IOException.class, () -> TraceFile.read(file)).getMessage()
                .contains("is not an Orrery trace"));
        Files.writeString(file, "");
        assertTrue(assertThrows(IOException.class, () -> TraceFile.read(file)).getMessage().contains("is empty"));
    }

    @Test
    void aRecorderFollowingALiveStoreWritesEachEventOnce() throws Exception {
        TelemetryStore store = new TelemetryStore();
        SyntheticRun run = new SyntheticRun(9, 3, 3);
        Path file = dir.resolve("live.jsonl");
        try (TraceRecorder recorder = new TraceRecorder(store, file, Map.of("seed", 9L))) {
            for (int slice = 0; slice < 5; slice++) {
                run.next(100).forEach(store::append);
                assertEquals(100, recorder.drain());
                // flushed: what is drained can be read while the run goes on
                assertEquals(recorder.recorded() + 1, Files.readAllLines(file).size());
            }
            assertEquals(0, recorder.drain());
            run.next(7).forEach(store::append);
        }
        assertEquals(store.query(TimeRange.ALL, e -> true), TraceFile.read(file).events());
    }
}
