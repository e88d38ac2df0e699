package org.orrery.telemetry.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/** The trace-event export parses as JSON and lays migrations out as nested slices, as Perfetto expects. */
class ChromeTraceTest {

    private static final long MS = 1_000_000L;

    @TempDir
    Path dir;

    @Test
    void migrationsBecomeNestedSlicesWithRoundsDowntimeAndCounters() throws Exception {
        TelemetryStore store = new TelemetryStore();
        store.append(new TelemetryEvent(0, EventKind.METRIC, "host/a", Map.of(Attribute.VM_COUNT, 2L)));
        store.append(new TelemetryEvent(10 * MS, EventKind.MIGRATION_START, "vm/web",
                Map.of(Attribute.SOURCE, "host/a", Attribute.DESTINATION, "host/b", Attribute.ALGORITHM, "pre-copy")));
        store.append(new TelemetryEvent(30 * MS, EventKind.MIGRATION_ROUND, "vm/web",
                Map.of(Attribute.ITERATION, 1L, Attribute.BYTES_SENT, 1000L, Attribute.BYTES_REMAINING, 300L)));
        store.append(new TelemetryEvent(40 * MS + 1, EventKind.MIGRATION_ROUND, "vm/web",
                Map.of(Attribute.ITERATION, 2L, Attribute.BYTES_SENT, 300L, Attribute.BYTES_REMAINING, 20L)));
        store.append(new TelemetryEvent(40 * MS + 1, EventKind.MIGRATION_SWITCHOVER, "vm/web",
                Map.of(Attribute.BYTES_REMAINING, 20L, Attribute.REASON, "downtime-target")));
        store.append(new TelemetryEvent(45 * MS, EventKind.MIGRATION_END, "vm/web",
                Map.of(Attribute.TOTAL_BYTES, 1320L, Attribute.DOWNTIME, 5 * MS - 1)));
        store.append(new TelemetryEvent(50 * MS, EventKind.MIGRATION_START, "vm/db",
                Map.of(Attribute.SOURCE, "host/b", Attribute.DESTINATION, "host/a")));
        store.append(new TelemetryEvent(60 * MS, EventKind.MIGRATION_FAILED, "vm/db",
                Map.of(Attribute.REASON, "link down")));
        store.append(new TelemetryEvent(70 * MS, EventKind.MIGRATION_START, "vm/web",
                Map.of(Attribute.SOURCE, "host/b", Attribute.DESTINATION, "host/a")));
        store.append(new TelemetryEvent(80 * MS, EventKind.METRIC, "host/a", Map.of(Attribute.VM_COUNT, 1L)));

        Path file = dir.resolve(ChromeTrace.FILE_NAME);
        ChromeTrace.write(file, store);
        Map<String, Object> root = Json.parseObject(Files.readString(file));
        assertEquals("ms", root.get("displayTimeUnit"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) root.get("traceEvents");

        List<Map<String, Object>> slices = events.stream().filter(e -> "X".equals(e.get("ph"))).toList();
        assertEquals(List.of("migrate host/a -> host/b", "round 1", "round 2", "downtime",
                "migrate host/b -> host/a", "migrate host/b -> host/a"),
                slices.stream().map(e -> e.get("name")).toList());
        Map<String, Object> first = slices.get(0);
        assertEquals(10_000.0, number(first.get("ts")));
        assertEquals(35_000.0, number(first.get("dur")));
        assertEquals("completed", args(first).get("outcome"));
        assertEquals("pre-copy", args(first).get("algorithm"));
        // rounds tile the migration from its start; microseconds keep the nanoseconds exact
        assertEquals(10_000.0, number(slices.get(1).get("ts")));
        assertEquals(20_000.0, number(slices.get(1).get("dur")));
        assertEquals(30_000.0, number(slices.get(2).get("ts")));
        assertEquals(10_000.001, number(slices.get(2).get("dur")));
        assertEquals(300L, args(slices.get(2)).get(Attribute.BYTES_SENT));
        assertEquals(40_000.001, number(slices.get(3).get("ts")));
        assertEquals(4_999.999, number(slices.get(3).get("dur")));
        for (Map<String, Object> inner : slices.subList(1, 4)) {
            assertTrue(number(inner.get("ts")) >= number(first.get("ts")));
            assertTrue(number(inner.get("ts")) + number(inner.get("dur"))
                    <= number(first.get("ts")) + number(first.get("dur")) + 1e-9, inner.toString());
            assertEquals(first.get("tid"), inner.get("tid"));
        }
        assertEquals("failed", args(slices.get(4)).get("outcome"));
        assertEquals("unfinished", args(slices.get(5)).get("outcome"));
        assertEquals(80_000.0, number(slices.get(5).get("ts")) + number(slices.get(5).get("dur")),
                "an unfinished migration is cut at the last event");
        assertTrue(events.stream().anyMatch(e -> "i".equals(e.get("ph")) && "failed: link down".equals(e.get("name"))));

        List<Map<String, Object>> threads = events.stream().filter(e -> "thread_name".equals(e.get("name"))).toList();
        assertEquals(List.of("vm/web", "vm/db"), threads.stream().map(e -> args(e).get("name")).toList());
        assertEquals(2, events.stream().filter(e -> "C".equals(e.get("ph")) && "vm/web remaining".equals(e.get("name")))
                .count());
        assertEquals(2, events.stream().filter(e -> "C".equals(e.get("ph")) && "host/a".equals(e.get("name"))).count());
        for (Map<String, Object> e : events) {
            assertTrue(e.containsKey("ph") && e.containsKey("pid") && e.containsKey("name"), e.toString());
        }
    }

    @Test
    void anEmptyStoreGivesAValidTraceWithOnlyMetadata() throws Exception {
        Path file = dir.resolve("empty.json");
        ChromeTrace.write(file, new TelemetryStore());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) Json.parseObject(Files.readString(file))
                .get("traceEvents");
        assertTrue(events.stream().allMatch(e -> "M".equals(e.get("ph"))));
    }

    private static double number(Object o) {
        return o instanceof BigDecimal d ? d.doubleValue() : ((Number) o).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> args(Map<String, Object> event) {
        return (Map<String, Object>) event.get("args");
    }
}
