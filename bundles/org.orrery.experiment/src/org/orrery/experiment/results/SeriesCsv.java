package org.orrery.experiment.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * One CSV file per series. A series is the events of one subject and one kind that carry numbers,
 * e.g. the METRIC samples of {@code host/a} or the MIGRATION_ROUND events of {@code vm/web-1}.
 * <p>
 * File name: the subject, with every byte outside {@code [A-Za-z0-9._-]} written as {@code %XX}
 * (so {@code /} becomes {@code %2F}), then {@code __}, the kind, {@code .csv}; e.g.
 * {@code host%2Fa__METRIC.csv}. Content (UTF-8, {@code \n} line ends): a header
 * {@code time_ns,NAME,...} with the series' numeric attribute names sorted, then one row per event
 * in time order; whole numbers as integers, fractional ones as {@link Double#toString(double)}
 * (e.g. {@code 1.25E7}), an attribute the event lacks as an empty cell. Text attributes are in the
 * trace only.
 */
public final class SeriesCsv {

    /** Column of the event time, nanoseconds. */
    public static final String TIME_COLUMN = "time_ns";

    private record Key(String subject, EventKind kind) {
    }

    private SeriesCsv() {
    }

    /** Writes every series of {@code store} into {@code directory}; returns the files, sorted by name. */
    public static List<Path> write(Path directory, TelemetryStore store) throws IOException {
        Map<Key, List<TelemetryEvent>> series = new LinkedHashMap<>();
        int n = store.size();
        for (int i = 0; i < n; i++) {
            TelemetryEvent e = store.get(i);
            series.computeIfAbsent(new Key(e.subject(), e.kind()), k -> new ArrayList<>()).add(e);
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Key, List<TelemetryEvent>> entry : series.entrySet()) {
            SortedSet<String> columns = new TreeSet<>();
            for (TelemetryEvent e : entry.getValue()) {
                e.attributes().forEach((name, value) -> {
                    if (value instanceof Number) {
                        columns.add(name);
                    }
                });
            }
            if (!columns.isEmpty()) {
                Path file = directory.resolve(fileName(entry.getKey().subject(), entry.getKey().kind()));
                writeSeries(file, columns, entry.getValue());
                written.add(file);
            }
        }
        written.sort(null);
        return written;
    }

    /** The file name of the series of {@code kind} events about {@code subject}. */
    public static String fileName(String subject, EventKind kind) {
        StringBuilder name = new StringBuilder();
        for (byte b : subject.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-') {
                name.append(c);
            } else {
                name.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return name.append("__").append(kind.name()).append(".csv").toString();
    }

    private static void writeSeries(Path file, SortedSet<String> columns, List<TelemetryEvent> events)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.append(TIME_COLUMN);
            for (String column : columns) {
                out.append(',').append(column);
            }
            out.append('\n');
            StringBuilder row = new StringBuilder();
            for (TelemetryEvent e : events) {
                row.setLength(0);
                row.append(e.time());
                for (String column : columns) {
                    row.append(',');
                    if (e.attributes().get(column) instanceof Number value) {
                        row.append(value instanceof Double || value instanceof Float
                                ? Double.toString(value.doubleValue())
                                : Long.toString(value.longValue()));
                    }
                }
                out.append(row).append('\n');
            }
        }
    }
}
