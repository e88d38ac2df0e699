package org.orrery.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MigrationRecordTest {

    private static TelemetryEvent event(long t, EventKind kind, String vm) {
        return new TelemetryEvent(t, kind, vm, Map.of(Attribute.SOURCE, "host/a"));
    }

    @Test
    void eventsOfEachSubjectArePairedIntoWholeMigrations() {
        TelemetryStore store = new TelemetryStore();
        store.append(event(0, EventKind.MIGRATION_ROUND, "vm/x")); // a round without a start is ignored
        store.append(event(1, EventKind.MIGRATION_START, "vm/a"));
        store.append(event(2, EventKind.MIGRATION_START, "vm/b"));
        store.append(event(3, EventKind.MIGRATION_ROUND, "vm/a"));
        store.append(event(4, EventKind.MIGRATION_ROUND, "vm/b"));
        store.append(event(5, EventKind.MIGRATION_ROUND, "vm/a"));
        store.append(event(6, EventKind.MIGRATION_SWITCHOVER, "vm/a"));
        store.append(event(7, EventKind.MIGRATION_END, "vm/a"));
        store.append(event(8, EventKind.MIGRATION_FAILED, "vm/b"));
        store.append(event(9, EventKind.MIGRATION_START, "vm/a"));
        store.append(event(10, EventKind.MIGRATION_START, "vm/a"));
        store.append(event(11, EventKind.METRIC, "vm/a"));

        List<MigrationRecord> all = MigrationRecord.collect(store);
        assertEquals(List.of("vm/a", "vm/b", "vm/a", "vm/a"), all.stream().map(MigrationRecord::subject).toList());
        MigrationRecord a = all.get(0);
        assertEquals(MigrationRecord.Outcome.COMPLETED, a.outcome());
        assertEquals(List.of(3L, 5L), a.rounds().stream().map(TelemetryEvent::time).toList());
        assertEquals(1, a.roundStart(0));
        assertEquals(3, a.roundStart(1));
        assertEquals(6, a.switchover().time());
        assertEquals(7, a.endTime(100));
        assertEquals("host/a", a.startText(Attribute.SOURCE));
        assertEquals(MigrationRecord.Outcome.FAILED, all.get(1).outcome());
        assertNull(all.get(1).switchover());
        assertEquals(MigrationRecord.Outcome.UNFINISHED, all.get(2).outcome());
        assertEquals(10, all.get(2).endTime(100), "cut where the next start of the same VM came");
        assertEquals(100, all.get(3).endTime(100), "still running at the end of the events");
    }
}
