package org.orrery.telemetry.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.MigrationRecord;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/**
 * Exports a run's migrations and metrics as a Chrome trace-event JSON file, which Perfetto
 * (ui.perfetto.dev) and chrome://tracing open as a timeline.
 * <p>
 * Layout: process 1 "Migrations" has one thread per migrated VM (named by its subject). Each
 * migration is a complete event ({@code "ph":"X"}) from its start to its end or failure, with the
 * start and end attributes as arguments; nested in it, one slice per live round (from the end of
 * the previous round, or the start, to the round's end; its attributes as arguments) and a
 * "downtime" slice from the switchover to the end ({@link MigrationRecord} pairs the events). A
 * failure adds an instant event; a migration still running when the trace ends is cut there and
 * marked {@code "outcome":"unfinished"}. The
 * bytes remaining after each round are also a counter ({@code "ph":"C"}) per VM. Process 2
 * "Metrics" holds one counter per METRIC subject with its numeric attributes.
 * <p>
 * Times are microseconds with three decimals (exact nanoseconds). One trace event per line.
 * FORMATS.md in this bundle describes the same.
 */
public final class ChromeTrace {

    /** The usual name of the export in a results directory. */
    public static final String FILE_NAME = "migrations.trace.json";

    private static final int MIGRATIONS_PID = 1;
    private static final int METRICS_PID = 2;

    private ChromeTrace() {
    }

    /** Writes the export of {@code store} to {@code file} (created or replaced). */
    public static void write(Path file, TelemetryStore store) throws IOException {
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(metadata("process_name", MIGRATIONS_PID, 0, "Migrations"));
        events.add(metadata("process_name", METRICS_PID, 0, "Metrics"));
        Map<String, Integer> threads = new LinkedHashMap<>();
        long traceEnd = Math.max(0, store.endTime());
        for (MigrationRecord m : MigrationRecord.collect(store)) {
            int tid = threads.computeIfAbsent(m.subject(), s -> {
                events.add(metadata("thread_name", MIGRATIONS_PID, threads.size() + 1, s));
                return threads.size() + 1;
            });
            migration(events, m, tid, traceEnd);
        }
        store.forEach(TimeRange.ALL, e -> e.kind() == EventKind.METRIC, e -> {
            Map<String, Object> numbers = numbers(e);
            if (!numbers.isEmpty()) {
                events.add(counter(e.subject(), METRICS_PID, e.time(), numbers));
            }
        });
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.append("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"format\":\"orrery-chrome-trace\",\"version\":1},"
                    + "\"traceEvents\":[\n");
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < events.size(); i++) {
                line.setLength(0);
                Json.append(line, events.get(i));
                out.append(line).append(i + 1 < events.size() ? ",\n" : "\n");
            }
            out.append("]}\n");
        }
    }

    /** The slices and counters of one migration, on thread {@code tid}. */
    private static void migration(List<Map<String, Object>> events, MigrationRecord m, int tid, long traceEnd) {
        long end = m.endTime(traceEnd);
        Map<String, Object> args = new TreeMap<>(m.start().attributes());
        if (m.end() != null) {
            args.putAll(m.end().attributes());
        }
        args.put("outcome", m.outcome().name().toLowerCase(Locale.ROOT));
        String name = "migrate " + Objects.toString(m.startText(Attribute.SOURCE), "?") + " -> "
                + Objects.toString(m.startText(Attribute.DESTINATION), "?");
        events.add(slice(name, "migration", tid, m.startTime(), end, args));
        for (int i = 0; i < m.rounds().size(); i++) {
            TelemetryEvent round = m.rounds().get(i);
            events.add(slice("round " + round.attributes().getOrDefault(Attribute.ITERATION, i + 1), "migration.round",
                    tid, m.roundStart(i), round.time(), new TreeMap<>(round.attributes())));
        }
        if (m.switchover() != null) {
            events.add(slice("downtime", "migration.downtime", tid, m.switchover().time(), end,
                    new TreeMap<>(m.switchover().attributes())));
        }
        if (m.outcome() == MigrationRecord.Outcome.FAILED) {
            Map<String, Object> instant = base("failed: " + Objects.toString(m.end().text(Attribute.REASON), "?"),
                    "migration", "i", MIGRATIONS_PID, tid, end);
            instant.put("s", "t");
            events.add(instant);
        }
        for (TelemetryEvent round : m.rounds()) {
            Object remaining = round.attributes().get(Attribute.BYTES_REMAINING);
            if (remaining instanceof Number) {
                events.add(counter(m.subject() + " remaining", MIGRATIONS_PID, round.time(),
                        Map.of("bytes", remaining)));
            }
        }
    }

    private static Map<String, Object> numbers(TelemetryEvent e) {
        Map<String, Object> numbers = new TreeMap<>();
        e.attributes().forEach((k, v) -> {
            if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                numbers.put(k, v);
            }
        });
        return numbers;
    }

    private static Map<String, Object> slice(String name, String category, int tid, long from, long to,
            Map<String, Object> args) {
        Map<String, Object> event = base(name, category, "X", MIGRATIONS_PID, tid, from);
        event.put("dur", micros(Math.max(0, to - from)));
        event.put("args", args);
        return event;
    }

    private static Map<String, Object> counter(String name, int pid, long time, Map<String, Object> values) {
        Map<String, Object> event = base(name, "counter", "C", pid, 0, time);
        event.put("args", values);
        return event;
    }

    private static Map<String, Object> metadata(String what, int pid, int tid, String name) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("name", what);
        event.put("ph", "M");
        event.put("pid", pid);
        event.put("tid", tid);
        event.put("args", Map.of("name", name));
        return event;
    }

    private static Map<String, Object> base(String name, String category, String phase, int pid, int tid,
            long time) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("name", name);
        event.put("cat", category);
        event.put("ph", phase);
        event.put("pid", pid);
        event.put("tid", tid);
        event.put("ts", micros(time));
        return event;
    }

    /** Nanoseconds as microseconds with exactly three decimals, which {@link Json} writes as a plain number. */
    private static BigDecimal micros(long nanos) {
        return BigDecimal.valueOf(nanos, 3);
    }
}
