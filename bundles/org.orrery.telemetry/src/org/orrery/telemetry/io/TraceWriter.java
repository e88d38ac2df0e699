package org.orrery.telemetry.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.orrery.telemetry.TelemetryEvent;

/**
 * Writes an Orrery trace ({@link TraceFile}) event by event: the header line when opened, one
 * line per {@link #write}. Keys are sorted, so the same events give the same bytes.
 */
public final class TraceWriter implements AutoCloseable {

    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);
    private long written;

    /**
     * Creates (or replaces) {@code file} and writes its header.
     *
     * @param run what describes the run (scenario, seed, duration, ...), written sorted by key
     */
    public TraceWriter(Path file, Map<String, ?> run) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        line.append("{\"format\":");
        Json.appendString(line, TraceFile.FORMAT);
        line.append(",\"version\":").append(TraceFile.VERSION).append(",\"run\":");
        Json.append(line, new TreeMap<>(run));
        out.append(line).append("}\n");
    }

    /** Appends one event line. */
    public void write(TelemetryEvent e) throws IOException {
        line.setLength(0);
        line.append("{\"time\":").append(e.time()).append(",\"kind\":");
        Json.appendString(line, e.kind().name());
        line.append(",\"subject\":");
        Json.appendString(line, e.subject());
        line.append(",\"attributes\":");
        Json.append(line, new TreeMap<>(e.attributes()));
        out.append(line).append("}\n");
        written++;
    }

    /** Events written so far. */
    public long written() {
        return written;
    }

    /** Pushes what is buffered to the file, so a reader sees every event written so far. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
