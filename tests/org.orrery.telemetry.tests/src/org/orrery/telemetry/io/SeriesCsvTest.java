package org.orrery.telemetry.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

/** Each CSV file parses back into exactly the numbers of its lane. */
class SeriesCsvTest {

    @TempDir
    Path dir;

    @Test
    void everyLaneWithNumbersParsesBackFromItsFile() throws Exception {
        // small limits: the files are written from spilled data too
        TelemetryStore store = new TelemetryStore(new StoreLimits(4_096, 500, dir));
        List<TelemetryEvent> events = new SyntheticRun(4, 3, 5).next(20_000);
        events.forEach(store::append);
        store.append(new TelemetryEvent(store.endTime(), EventKind.MESSAGE, "words/only", Map.of("text", "hi")));
        Path out = Files.createDirectory(dir.resolve("series"));
        List<Path> files = SeriesCsv.write(out, store);

        assertEquals(3 + 5, files.size(), "3 host METRIC lanes, 5 VM MIGRATION_ROUND lanes; none without numbers");
        assertEquals(files.stream().sorted().toList(), files);
        assertFalse(Files.exists(out.resolve(SeriesCsv.fileName("words/only", EventKind.MESSAGE))));
        Path rounds = out.resolve("vm%2Fv2__MIGRATION_ROUND.csv");
        assertTrue(files.contains(rounds), files.toString());
        assertEquals("time_ns,bytesRemaining,bytesSent,dirtyRate,iteration", Files.readAllLines(rounds).get(0));

        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split(",");
            assertEquals(SeriesCsv.TIME_COLUMN, header[0]);
            assertEquals(Arrays.stream(header).skip(1).sorted().toList(), Arrays.asList(header).subList(1, header.length));
            String name = file.getFileName().toString();
            String subject = java.net.URLDecoder.decode(name.substring(0, name.indexOf("__")), "UTF-8");
            EventKind kind = EventKind.valueOf(name.substring(name.indexOf("__") + 2, name.length() - 4));
            List<TelemetryEvent> lane = store.query(TimeRange.ALL, e -> e.subject().equals(subject) && e.kind() == kind);
            assertEquals(lane.size(), lines.size() - 1, file.toString());
            for (int i = 0; i < lane.size(); i++) {
                String[] cells = lines.get(i + 1).split(",", -1);
                assertEquals(header.length, cells.length);
                assertEquals(lane.get(i).time(), Long.parseLong(cells[0]));
                List<Object> parsed = new ArrayList<>();
                List<Object> stored = new ArrayList<>();
                for (int c = 1; c < header.length; c++) {
                    Object value = lane.get(i).attributes().get(header[c]);
                    stored.add(value);
                    parsed.add(cells[c].isEmpty() ? null
                            : value instanceof Double ? (Object) Double.parseDouble(cells[c])
                                    : (Object) Long.parseLong(cells[c]));
                }
                assertEquals(stored, parsed, file + " row " + (i + 1));
            }
        }
        store.close();
    }

    @Test
    void chosenSeriesOfSeveralLanesGoIntoOneFileRowForEvent() throws Exception {
        TelemetryStore store = new TelemetryStore();
        store.append(new TelemetryEvent(10, EventKind.METRIC, "host/a", Map.of("vms", 3L, "cpuLoad", 0.5)));
        store.append(new TelemetryEvent(20, EventKind.MIGRATION_ROUND, "vm/x,1", Map.of("bytesRemaining", 7L,
                "dirtyRate", 1.25e7)));
        store.append(new TelemetryEvent(30, EventKind.METRIC, "host/a", Map.of("cpuLoad", 0.25)));
        store.append(new TelemetryEvent(40, EventKind.MIGRATION_ROUND, "vm/x,1", Map.of("bytesRemaining", 5L)));
        store.append(new TelemetryEvent(50, EventKind.METRIC, "host/b", Map.of("vms", 1L)));
        Path file = dir.resolve("chart.csv");
        SeriesCsv.write(file, store, List.of(new org.orrery.telemetry.SeriesKey("vm/x,1", EventKind.MIGRATION_ROUND,
                "bytesRemaining"), new org.orrery.telemetry.SeriesKey("host/a", EventKind.METRIC, "vms"),
                new org.orrery.telemetry.SeriesKey("vm/x,1", EventKind.MIGRATION_ROUND, "dirtyRate")));
        // host/a's second sample has no VM count (only cpuLoad, not chosen): no row for it; host/b not chosen
        assertEquals(List.of("time_ns,subject,kind,bytesRemaining,vms,dirtyRate",
                "20,\"vm/x,1\",MIGRATION_ROUND,7,,1.25E7",
                "40,\"vm/x,1\",MIGRATION_ROUND,5,,",
                "10,host/a,METRIC,,3,"), Files.readAllLines(file));
        assertEquals("vm%2Fx%2C1", SeriesCsv.safeName("vm/x,1"));
        store.close();
    }
}
