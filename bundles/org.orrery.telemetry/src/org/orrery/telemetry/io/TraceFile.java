package org.orrery.telemetry.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.StoreLimits;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/**
 * The Orrery trace: a recorded run, as JSON lines (UTF-8, one object per line, {@code \n} line
 * ends). The first line describes the run, every other line is one event in time order:
 * <pre>
 * {"format":"orrery-trace","version":1,"run":{"duration":600000000000,"scenario":"demo","seed":1}}
 * {"time":8589934592,"kind":"MIGRATION_ROUND","subject":"vm/web-1","attributes":{"bytesRemaining":107374182,...}}
 * </pre>
 * Object keys of {@code run} and {@code attributes} are sorted, so a run writes the same bytes
 * every time. Numbers and special values follow {@link Json}, so reading gives back the same
 * types for {@link Long} and {@link Double} attributes. FORMATS.md in this bundle says the same
 * for people without the source.
 * <p>
 * Write with {@link TraceWriter} (event by event), {@link TraceRecorder} (following a store) or
 * {@link #write}; read with {@link #read}, which streams the file into a store (so a trace larger
 * than memory loads within the store's limits).
 */
public final class TraceFile {

    /** The name results use for the trace. */
    public static final String FILE_NAME = "trace.jsonl";
    /** The format's name in the first line. */
    public static final String FORMAT = "orrery-trace";
    /** Version of this layout; a reader refuses others. */
    public static final int VERSION = 1;

    /**
     * A trace read back.
     *
     * @param run   the run description of its first line
     * @param store its events, in a store of their own (close it when done)
     */
    public record Recording(Map<String, Object> run, TelemetryStore store) {

        /** All events, as a list: for small traces and tests. */
        public List<TelemetryEvent> events() {
            return store.query(TimeRange.ALL, e -> true);
        }
    }

    private TraceFile() {
    }

    /** Writes the run description {@code run} and every event of {@code store} to {@code file}. */
    public static void write(Path file, Map<String, ?> run, TelemetryStore store) throws IOException {
        new TraceRecorder(store, file, run).close();
    }

    /** Reads a trace into a store with the default limits; see {@link #read(Path, StoreLimits)}. */
    public static Recording read(Path file) throws IOException {
        return read(file, StoreLimits.defaults());
    }

    /**
     * Reads a trace into a new store with {@code limits}.
     *
     * @throws IOException when the file cannot be read or is not a trace of this version; the
     *                     message names the file and the line
     */
    public static Recording read(Path file, StoreLimits limits) throws IOException {
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
            TelemetryStore store = new TelemetryStore(limits);
            try {
                int lineNumber = 1;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lineNumber++;
                    store.append(toEvent(file, lineNumber, parseLine(file, lineNumber, line)));
                }
            } catch (IOException | RuntimeException e) {
                store.close();
                throw e;
            }
            return new Recording(Collections.unmodifiableMap(stringKeyed(header.get("run"))), store);
        }
    }

    private static Map<String, Object> parseLine(Path file, int lineNumber, String line) throws IOException {
        try {
            return Json.parseObject(line);
        } catch (IllegalArgumentException | ClassCastException e) {
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
