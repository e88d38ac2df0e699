package org.orrery.ui.views.internal;

import java.util.Arrays;
import java.util.Locale;

import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * The rows of the event log: indices of the store's events that pass the filter. Each refresh
 * scans only the events appended since the last one, so a timer can call it cheaply however long
 * the run is.
 */
final class EventLogModel {

    private TelemetryStore store;
    private String filter = "";
    private EventKind kind;
    private String subject;
    private long from = Long.MIN_VALUE;
    private long to = Long.MAX_VALUE;
    private int[] rows = new int[1024];
    private int rowCount;
    private int scanned;

    void setStore(TelemetryStore store) {
        this.store = store;
        reset();
    }

    /** Case-insensitive substring matched against the subject, the kind and the attributes. */
    void setFilter(String filter) {
        String f = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        if (!f.equals(this.filter)) {
            this.filter = f;
            reset();
        }
    }

    /** Only events of {@code wanted}; null for every kind. */
    void setKind(EventKind wanted) {
        if (wanted != kind) {
            kind = wanted;
            reset();
        }
    }

    /** Only events about the object {@code id} (exact); null or blank for every object. */
    void setSubject(String id) {
        String s = id == null || id.isBlank() ? null : id.trim();
        if (!java.util.Objects.equals(s, subject)) {
            subject = s;
            reset();
        }
    }

    /** Only events from {@code start} to {@code end} inclusive, nanoseconds; MIN/MAX_VALUE for open ends. */
    void setTimeRange(long start, long end) {
        if (start != from || end != to) {
            from = start;
            to = end;
            reset();
        }
    }

    /**
     * Scans new events; returns true when the rows changed. A store that shrank (a replay scrubbed
     * back shows a shorter prefix of the same recording) keeps the rows still inside it.
     */
    boolean refresh() {
        if (store == null) {
            return false;
        }
        int n = store.size();
        boolean shrank = n < scanned;
        if (shrank) {
            int keep = Arrays.binarySearch(rows, 0, rowCount, n);
            rowCount = keep >= 0 ? keep : -keep - 1;
            scanned = n;
        }
        int before = rowCount;
        for (int i = scanned; i < n; i++) {
            if (matches(store.get(i))) {
                if (rowCount == rows.length) {
                    rows = Arrays.copyOf(rows, rows.length * 2);
                }
                rows[rowCount++] = i;
            }
        }
        scanned = n;
        return shrank || rowCount != before;
    }

    TelemetryStore store() {
        return store;
    }

    int rowCount() {
        return rowCount;
    }

    TelemetryEvent row(int row) {
        return store.get(rows[row]);
    }

    private boolean matches(TelemetryEvent e) {
        if (kind != null && e.kind() != kind || subject != null && !subject.equals(e.subject()) || e.time() < from
                || e.time() > to) {
            return false;
        }
        if (filter.isEmpty()) {
            return true;
        }
        return e.subject().toLowerCase(Locale.ROOT).contains(filter)
                || e.kind().name().toLowerCase(Locale.ROOT).contains(filter)
                || e.attributes().toString().toLowerCase(Locale.ROOT).contains(filter);
    }

    private void reset() {
        rowCount = 0;
        scanned = 0;
    }

    /** Seconds with microsecond precision: the log's time column. */
    static String formatTime(long nanos) {
        return String.format(Locale.ROOT, "%.6f", nanos / 1e9);
    }

    /** Attributes as {@code key=value} pairs in key order, numbers without needless decimals. */
    static String formatAttributes(TelemetryEvent e) {
        StringBuilder sb = new StringBuilder();
        e.attributes().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(en -> {
            if (sb.length() > 0) {
                sb.append("  ");
            }
            Object v = en.getValue();
            if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
                v = d.longValue();
            }
            sb.append(en.getKey()).append('=').append(v);
        });
        return sb.toString();
    }
}
