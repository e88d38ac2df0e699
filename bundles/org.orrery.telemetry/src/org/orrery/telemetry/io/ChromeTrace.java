package org.orrery.telemetry.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
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
 * "downtime" slice from the switchover to the end. A failure adds an instant event; a migration
 * still running when the trace ends is cut there and marked {@code "outcome":"unfinished"}. The
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
        Map<String, Open> open = new HashMap<>();
        long end = Math.max(0, store.endTime());
        store.forEach(TimeRange.ALL, e -> true, e -> {
            switch (e.kind()) {
                case MIGRATION_START -> {
                    int tid = threads.computeIfAbsent(e.subject(), s -> {
                        events.add(metadata("thread_name", MIGRATIONS_PID, threads.size() + 1, s));
                        return threads.size() + 1;
                    });
                    Open previous = open.put(e.subject(), new Open(e, tid));
                    if (previous != null) {
                        // a new start without an end: close the old one where the new one begins
                        previous.close(events, e.time(), Map.of("outcome", "superseded"));
                    }
                }
                case MIGRATION_ROUND -> {
                    Open m = open.get(e.subject());
                    if (m != null) {
                        m.round(events, e);
                    }
                }
                case MIGRATION_SWITCHOVER -> {
                    Open m = open.get(e.subject());
                    if (m != null) {
                        m.switchover = e;
                    }
                }
                case MIGRATION_END, MIGRATION_FAILED -> {
                    Open m = open.remove(e.subject());
                    if (m != null) {
                        m.finish(events, e);
                    }
                }
                case METRIC -> {
                    Map<String, Object> numbers = numbers(e);
                    if (!numbers.isEmpty()) {
                        events.add(counter(e.subject(), METRICS_PID, e.time(), numbers));
                    }
                }
                default -> {
                    // other kinds have no place in this export yet
                }
            }
        });
        for (Open m : open.values().stream().sorted((a, b) -> Integer.compare(a.tid, b.tid)).toList()) {
            m.close(events, end, Map.of("outcome", "unfinished"));
        }
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

    /** A migration seen starting and not yet ended. */
    private static final class Open {
        final TelemetryEvent start;
        final int tid;
        final List<Map<String, Object>> rounds = new ArrayList<>();
        long roundStart;
        TelemetryEvent switchover;

        Open(TelemetryEvent start, int tid) {
            this.start = start;
            this.tid = tid;
            this.roundStart = start.time();
        }

        void round(List<Map<String, Object>> events, TelemetryEvent round) {
            String name = "round " + round.attributes().getOrDefault(Attribute.ITERATION, rounds.size() + 1);
            rounds.add(slice(name, "migration.round", tid, roundStart, round.time(), new TreeMap<>(round.attributes())));
            roundStart = round.time();
            Object remaining = round.attributes().get(Attribute.BYTES_REMAINING);
            if (remaining instanceof Number) {
                events.add(counter(start.subject() + " remaining", MIGRATIONS_PID, round.time(),
                        Map.of("bytes", remaining)));
            }
        }

        void finish(List<Map<String, Object>> events, TelemetryEvent end) {
            Map<String, Object> args = new TreeMap<>(end.attributes());
            args.put("outcome", end.kind() == EventKind.MIGRATION_END ? "completed" : "failed");
            close(events, end.time(), args);
            if (end.kind() == EventKind.MIGRATION_FAILED) {
                Map<String, Object> instant = base("failed: " + end.attributes().getOrDefault(Attribute.REASON, "?"),
                        "migration", "i", MIGRATIONS_PID, tid, end.time());
                instant.put("s", "t");
                events.add(instant);
            }
        }

        void close(List<Map<String, Object>> events, long end, Map<String, Object> endArgs) {
            Map<String, Object> args = new TreeMap<>(start.attributes());
            args.putAll(endArgs);
            String name = "migrate " + start.attributes().getOrDefault(Attribute.SOURCE, "?") + " -> "
                    + start.attributes().getOrDefault(Attribute.DESTINATION, "?");
            events.add(slice(name, "migration", tid, start.time(), end, args));
            events.addAll(rounds);
            if (switchover != null) {
                events.add(slice("downtime", "migration.downtime", tid, switchover.time(), end,
                        new TreeMap<>(switchover.attributes())));
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
