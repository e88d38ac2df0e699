package org.orrery.experiment.results;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * The recorded event trace: JSON lines (UTF-8, one object per line, {@code \n} line ends). The
 * first line describes the run, every other line is one event in time order:
 * <pre>
 * {"format":"orrery-trace","version":1,"run":{"duration":600000000000,"scenario":"demo","seed":1}}
 * {"time":8589934592,"kind":"MIGRATION_ROUND","subject":"vm/web-1","attributes":{"bytesRemaining":107374182,...}}
 * </pre>
 * Object keys of {@code run} and {@code attributes} are sorted, so a run writes the same bytes
 * every time. Whole numbers ({@link Long}) are written without a decimal point, fractional ones
 * ({@link Double}) always with one or an exponent ({@link Double#toString(double)}), so reading
 * gives back the same types; NaN and infinities, which JSON lacks, become the strings
 * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. Other attribute values are written as
 * strings. FORMATS.md in this bundle says the same for people without the source.
 */
public final class TraceFile {

    /** The name results use for the trace. */
    public static final String FILE_NAME = "trace.jsonl";
    /** The format's name in the first line. */
    public static final String FORMAT = "orrery-trace";
    /** Version of this layout; a reader refuses others. */
    public static final int VERSION = 1;

    /** A trace read back: the run description and the events. */
    public record Trace(Map<String, Object> run, List<TelemetryEvent> events) {
    }

    private TraceFile() {
    }

    /** Writes the run description {@code run} and every event of {@code store} to {@code file}. */
    public static void write(Path file, Map<String, Object> run, TelemetryStore store) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(256);
            line.append("{\"format\":");
            JsonText.appendString(line, FORMAT);
            line.append(",\"version\":").append(VERSION).append(",\"run\":");
            JsonText.appendObject(line, new TreeMap<>(run));
            out.append(line).append("}\n");
            int n = store.size();
            for (int i = 0; i < n; i++) {
                TelemetryEvent e = store.get(i);
                line.setLength(0);
                line.append("{\"time\":").append(e.time()).append(",\"kind\":");
                JsonText.appendString(line, e.kind().name());
                line.append(",\"subject\":");
                JsonText.appendString(line, e.subject());
                line.append(",\"attributes\":");
                JsonText.appendObject(line, new TreeMap<>(e.attributes()));
                out.append(line).append("}\n");
            }
        }
    }

    /**
     * Reads a trace written by {@link #write}.
     *
     * @throws IOException when the file cannot be read or is not a trace of this version; the
     *                     message names the line
     */
    public static Trace read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                throw new IOException(file + " is empty, not an Orrery trace");
            }
            Map<String, Object> header = parseLine(file, 1, first);
            if (!FORMAT.equals(header.get("format")) || !Long.valueOf(VERSION).equals(header.get("version"))
                    || !(header.get("run") instanceof Map<?, ?>)) {
                throw new IOException(file + " is not an Orrery trace of version " + VERSION);
            }
            List<TelemetryEvent> events = new ArrayList<>();
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                events.add(toEvent(file, lineNumber, parseLine(file, lineNumber, line)));
            }
            return new Trace(Collections.unmodifiableMap(stringKeyed(header.get("run"))), List.copyOf(events));
        }
    }

    private static Map<String, Object> parseLine(Path file, int lineNumber, String line) throws IOException {
        try {
            return JsonText.parseObject(line);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ", line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static TelemetryEvent toEvent(Path file, int lineNumber, Map<String, Object> o) throws IOException {
        try {
            return new TelemetryEvent((Long) o.get("time"), EventKind.valueOf((String) o.get("kind")),
                    (String) o.get("subject"), stringKeyed(o.get("attributes")));
        } catch (RuntimeException e) {
            throw new IOException(file + ", line " + lineNumber + ": not an event: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeyed(Object map) {
        return map == null ? Map.of() : new LinkedHashMap<>((Map<String, Object>) map);
    }
}
