package org.orrery.telemetry.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

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
 * <p>
 * {@link #write(Path, TelemetryStore, List)} writes chosen series of several lanes into one file
 * instead (what the Charts view exports), with the subject and kind as columns.
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
        return safeName(subject) + "__" + kind.name() + ".csv";
    }

    /**
     * {@code text} fit for a file name on any system: every byte of its UTF-8 outside
     * {@code [A-Za-z0-9._-]} written as {@code %XX} ({@code vm/web-1} becomes {@code vm%2Fweb-1}).
     */
    public static String safeName(String text) {
        StringBuilder name = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-') {
                name.append(c);
            } else {
                name.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return name.toString();
    }

    /**
     * Writes the chosen {@code series} (of any subjects and kinds) into one file, e.g. what a
     * chart shows. Header {@code time_ns,subject,kind} then the series' attribute names, in the
     * order first named; one row per event of each series' lane that has one of those
     * attributes, lane after lane (in the order first named), in time order within a lane; a
     * cell is empty where the row's lane is not asked for that attribute or its event lacks it.
     * A subject holding a comma or a quote is quoted as RFC 4180 says.
     */
    public static void write(Path file, TelemetryStore store, List<SeriesKey> series) throws IOException {
        Map<SeriesKey.Lane, Set<String>> lanes = new LinkedHashMap<>();
        Set<String> columns = new LinkedHashSet<>();
        for (SeriesKey key : series) {
            lanes.computeIfAbsent(key.lane(), lane -> new LinkedHashSet<>()).add(key.attribute());
            columns.add(key.attribute());
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.append(TIME_COLUMN).append(",subject,kind");
            for (String column : columns) {
                out.append(',').append(column);
            }
            out.append('\n');
            StringBuilder row = new StringBuilder();
            for (Map.Entry<SeriesKey.Lane, Set<String>> lane : lanes.entrySet()) {
                String prefix = quoted(lane.getKey().subject()) + "," + lane.getKey().kind().name();
                Set<String> wanted = lane.getValue();
                forEachRow(store, lane.getKey(), e -> {
                    if (wanted.stream().noneMatch(a -> e.attributes().get(a) instanceof Number)) {
                        return null;
                    }
                    row.setLength(0);
                    row.append(e.time()).append(',').append(prefix);
                    for (String column : columns) {
                        row.append(',');
                        if (wanted.contains(column)) {
                            number(row, e.attributes().get(column));
                        }
                    }
                    return row;
                }, out);
            }
        }
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
            forEachRow(store, lane, e -> {
                row.setLength(0);
                row.append(e.time());
                for (String column : columns) {
                    number(row.append(','), e.attributes().get(column));
                }
                return row;
            }, out);
        }
    }

    /** Writes the row {@code format} makes of each event of {@code lane} (none when it gives null). */
    private static void forEachRow(TelemetryStore store, SeriesKey.Lane lane,
            Function<TelemetryEvent, CharSequence> format, BufferedWriter out) throws IOException {
        IOException[] failure = new IOException[1];
        store.forEach(lane, TimeRange.ALL, e -> {
            CharSequence row = failure[0] == null ? format.apply(e) : null;
            if (row != null) {
                try {
                    out.append(row).append('\n');
                } catch (IOException x) {
                    failure[0] = x;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** A number cell: whole numbers as integers, fractional ones as {@link Double#toString}; else empty. */
    private static void number(StringBuilder row, Object value) {
        if (value instanceof Number n) {
            row.append(n instanceof Double || n instanceof Float ? Double.toString(n.doubleValue())
                    : Long.toString(n.longValue()));
        }
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
