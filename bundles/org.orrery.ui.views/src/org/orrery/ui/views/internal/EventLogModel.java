package org.orrery.ui.views.internal;

import java.util.Arrays;
import java.util.Locale;

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

    /** Scans new events; returns true when rows were added. */
    boolean refresh() {
        if (store == null) {
            return false;
        }
        int before = rowCount;
        int n = store.size();
        for (int i = scanned; i < n; i++) {
            if (matches(store.get(i))) {
                if (rowCount == rows.length) {
                    rows = Arrays.copyOf(rows, rows.length * 2);
                }
                rows[rowCount++] = i;
            }
        }
        scanned = n;
        return rowCount != before;
    }

    int rowCount() {
        return rowCount;
    }

    TelemetryEvent row(int row) {
        return store.get(rows[row]);
    }

    private boolean matches(TelemetryEvent e) {
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
