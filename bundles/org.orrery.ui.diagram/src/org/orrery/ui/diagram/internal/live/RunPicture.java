package org.orrery.ui.diagram.internal.live;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

/**
 * What the diagram shows of a run, read from its telemetry: every migration (started, its last
 * round and progress, how it ended) and every host's latest load. It reads only the events
 * appended since the last call, so a tick costs what arrived since the previous one; a store that
 * shrank (a replay scrubbed back) is read again from its start.
 */
final class RunPicture {

    /** One migration of a VM as far as the events tell it. */
    static final class Migration {
        final String vm;
        final String source;
        final String destination;
        int round;
        double sent;
        double remaining = Double.NaN;
        /** {@code null} while under way, else MIGRATION_END or MIGRATION_FAILED. */
        EventKind outcome;
        String reason;

        Migration(String vm, String source, String destination, double memory) {
            this.vm = vm;
            this.source = source;
            this.destination = destination;
            this.remaining = memory;
        }

        /** Sent over sent and still to send, 0 to 1. */
        double progress() {
            if (outcome == EventKind.MIGRATION_END) {
                return 1;
            }
            double total = sent + (Double.isNaN(remaining) ? 0 : remaining);
            return total <= 0 ? 0 : Math.min(1, sent / total);
        }
    }

    /** A host's latest load figures; NaN where the run did not say. */
    static final class Load {
        double vms = Double.NaN;
        double cpu = Double.NaN;
    }

    private final Map<String, Migration> migrations = new LinkedHashMap<>();
    private final Map<String, Load> loads = new HashMap<>();
    private TelemetryStore store;
    private int read;

    /**
     * Reads what {@code newStore} gained since the last call.
     *
     * @return whether anything the diagram shows may have changed
     */
    boolean update(TelemetryStore newStore) {
        int size = newStore.size();
        if (newStore != store || size < read) {
            store = newStore;
            read = 0;
            migrations.clear();
            loads.clear();
            if (size == 0) {
                return true;
            }
        }
        if (size == read) {
            return false;
        }
        for (int i = read; i < size; i++) {
            take(newStore.get(i));
        }
        read = size;
        return true;
    }

    void clear() {
        store = null;
        read = 0;
        migrations.clear();
        loads.clear();
    }

    Map<String, Migration> migrations() {
        return migrations;
    }

    Map<String, Load> loads() {
        return loads;
    }

    private void take(TelemetryEvent e) {
        switch (e.kind()) {
            case MIGRATION_START -> migrations.put(e.subject(), new Migration(e.subject(), e.text(Attribute.SOURCE),
                    e.text(Attribute.DESTINATION), e.number(Attribute.MEMORY, Double.NaN)));
            case MIGRATION_ROUND -> {
                Migration m = migrations.get(e.subject());
                if (m != null && m.outcome == null) {
                    m.round = (int) e.number(Attribute.ITERATION, m.round + 1);
                    m.sent += e.number(Attribute.BYTES_SENT, 0);
                    m.remaining = e.number(Attribute.BYTES_REMAINING, m.remaining);
                }
            }
            case MIGRATION_END, MIGRATION_FAILED -> {
                Migration m = migrations.get(e.subject());
                if (m != null && m.outcome == null) {
                    m.outcome = e.kind();
                    m.reason = e.text(Attribute.REASON);
                    if (e.kind() == EventKind.MIGRATION_END) {
                        m.sent = e.number(Attribute.TOTAL_BYTES, m.sent);
                        m.remaining = 0;
                    }
                }
            }
            case METRIC -> metric(e);
            default -> {
                // other kinds do not show in the diagram
            }
        }
    }

    private void metric(TelemetryEvent e) {
        double vms = e.number(Attribute.VM_COUNT, Double.NaN);
        double cpu = e.number(Attribute.CPU_LOAD, Double.NaN);
        if (e.subject().startsWith("host/") && (!Double.isNaN(vms) || !Double.isNaN(cpu))) {
            Load load = loads.computeIfAbsent(e.subject(), s -> new Load());
            load.vms = Double.isNaN(vms) ? load.vms : vms;
            load.cpu = Double.isNaN(cpu) ? load.cpu : cpu;
            return;
        }
        // A real migration's job statistics come as METRICs of the VM between its rounds.
        Migration m = migrations.get(e.subject());
        double processed = e.number(LIBVIRT_BYTES_PROCESSED, Double.NaN);
        if (m != null && m.outcome == null && !Double.isNaN(processed)) {
            m.sent = processed;
            m.remaining = e.number(Attribute.BYTES_REMAINING, m.remaining);
            m.round = (int) e.number(Attribute.ITERATION, m.round);
        }
    }

    /** The libvirt engine's name for bytes sent so far (LibvirtTelemetry.BYTES_PROCESSED; the diagram does not see libvirt). */
    static final String LIBVIRT_BYTES_PROCESSED = "bytesProcessed";
}
