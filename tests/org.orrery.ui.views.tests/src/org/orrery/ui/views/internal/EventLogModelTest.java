package org.orrery.ui.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;

class EventLogModelTest {

    @Test
    void refreshScansOnlyNewEventsAndKeepsFilteredRowsInOrder() {
        TelemetryStore store = new TelemetryStore();
        EventLogModel model = new EventLogModel();
        model.setStore(store);
        model.setFilter("MIGRATION");
        store.append(new TelemetryEvent(1, EventKind.MIGRATION_START, "vm/a", Map.of()));
        store.append(new TelemetryEvent(2, EventKind.METRIC, "host/h", Map.of("value", 1.0)));
        assertTrue(model.refresh());
        assertEquals(1, model.rowCount());
        assertFalse(model.refresh(), "nothing new, nothing added");
        store.append(new TelemetryEvent(3, EventKind.MIGRATION_END, "vm/a", Map.of("bytes", 10L)));
        assertTrue(model.refresh());
        assertEquals(2, model.rowCount());
        assertEquals(EventKind.MIGRATION_END, model.row(1).kind());
        model.setFilter("bytes=10");
        model.refresh();
        assertEquals(1, model.rowCount(), "attributes are searched too");
    }

    @Test
    void attributesAreShownSortedWithWholeNumbersWithoutDecimals() {
        TelemetryEvent e = new TelemetryEvent(0, EventKind.MIGRATION_ROUND, "vm/a",
                Map.of("round", 3.0, "dirtyRate", 1.5, "bytesSent", 1048576L));
        assertEquals("bytesSent=1048576  dirtyRate=1.5  round=3", EventLogModel.formatAttributes(e));
        assertEquals("1.500000", EventLogModel.formatTime(1_500_000_000L));
    }
}
