package org.orrery.telemetry;

import java.util.List;

/**
 * The events of one lane (or of several lanes of one subject) in a range at a resolution, what a
 * timeline row of that many pixels draws. When the range holds more events than the resolution,
 * each bucket keeps its first event of each lane and the rest are counted in {@code omitted};
 * zooming in (a shorter range) shows them.
 *
 * @param subject the subject of the row
 * @param events  events shown, in store order
 * @param omitted events inside the range that were left out
 */
public record EventRow(String subject, List<TelemetryEvent> events, int omitted) {

    public EventRow {
        events = List.copyOf(events);
    }
}
