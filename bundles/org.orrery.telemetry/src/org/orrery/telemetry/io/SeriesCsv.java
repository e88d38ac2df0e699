package org.orrery.telemetry.io;

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
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.TreeEntry;

/**
 * One CSV file per series. A series here is a lane that carries numbers: the events of one
 * subject and one kind, e.g. the METRIC samples of {@code host/a} or the MIGRATION_ROUND events of
 * {@code vm/web-1}, with one column per numeric attribute.
 * <p>
 * File name: the subject, with every byte outside {@code [A-Za-z0-9._-]} written as {@code %XX}
 * (so {@code /} becomes {@code %2F}), then {@code __}, the kind, {@code .csv}; e.g.
 * {@code host%2Fa__METRIC.csv}. Content (UTF-8, {@code \n} line ends, no quoting: no cell holds a
 * comma): a header {@code time_ns,NAME,...} with the lane's numeric attribute names sorted, then
 * one row per event in time order; whole numbers as integers, fractional ones as
 * {@link Double#toString(double)} (e.g. {@code 1.25E7}), an attribute the event lacks as an empty
 * cell. Text attributes are in the trace only. FORMATS.md in this bundle says the same.
 */
public final class SeriesCsv {

    /** Column of the event time, nanoseconds. */
    public static final String TIME_COLUMN = "time_ns";

    private SeriesCsv() {
    }

    /**
     * Writes every lane of {@code store} that has a numeric attribute into {@code directory};
     * returns the files, sorted by name. Reads lane by lane through the store's index, so memory
     * use does not grow with the run.
     */
    public static List<Path> write(Path directory, TelemetryStore store) throws IOException {
        Map<SeriesKey.Lane, SortedSet<String>> columns = new LinkedHashMap<>();
        for (TreeEntry entry : store.tree()) {
            if (entry.series() != null) {
                columns.computeIfAbsent(entry.lane(), lane -> new TreeSet<>()).add(entry.attribute());
            }
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<SeriesKey.Lane, SortedSet<String>> lane : columns.entrySet()) {
            Path file = directory.resolve(fileName(lane.getKey().subject(), lane.getKey().kind()));
            write(file, store, lane.getKey(), lane.getValue());
            written.add(file);
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

    private static void write(Path file, TelemetryStore store, SeriesKey.Lane lane, SortedSet<String> columns)
            throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.append(TIME_COLUMN);
            for (String column : columns) {
                out.append(',').append(column);
            }
            out.append('\n');
            StringBuilder row = new StringBuilder();
            IOException[] failure = new IOException[1];
            store.forEach(lane, TimeRange.ALL, e -> {
                if (failure[0] == null) {
                    try {
                        out.append(row(row, e, columns)).append('\n');
                    } catch (IOException x) {
                        failure[0] = x;
                    }
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    private static StringBuilder row(StringBuilder row, TelemetryEvent e, SortedSet<String> columns) {
        row.setLength(0);
        row.append(e.time());
        for (String column : columns) {
            row.append(',');
            if (e.attributes().get(column) instanceof Number value) {
                row.append(value instanceof Double || value instanceof Float ? Double.toString(value.doubleValue())
                        : Long.toString(value.longValue()));
            }
        }
        return row;
    }
}
