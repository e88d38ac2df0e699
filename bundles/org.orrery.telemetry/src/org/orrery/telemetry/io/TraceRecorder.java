package org.orrery.telemetry.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.orrery.telemetry.TelemetryStore;

/**
 * Records a store to a trace file while it is written: each {@link #drain()} appends the events
 * that arrived since the last one, so a run can be saved as it goes (on a timer, or between the
 * slices a simulation advances in) and a crash loses at most the events since the last drain.
 * Call it from one thread at a time.
 */
public final class TraceRecorder implements AutoCloseable {

    private final TelemetryStore store;
    private final TraceWriter writer;
    private int next;

    /** Starts recording {@code store}, from its first event, into {@code file} (created or replaced). */
    public TraceRecorder(TelemetryStore store, Path file, Map<String, ?> run) throws IOException {
        this.store = store;
        this.writer = new TraceWriter(file, run);
    }

    /** Writes the events appended since the last drain and flushes; returns how many. */
    public int drain() throws IOException {
        int n = store.size();
        int from = next;
        for (int i = from; i < n; i++) {
            writer.write(store.get(i));
        }
        next = n;
        writer.flush();
        return n - from;
    }

    /** Events recorded so far. */
    public int recorded() {
        return next;
    }

    /** Drains the last events and closes the file. */
    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            writer.close();
        }
    }
}
