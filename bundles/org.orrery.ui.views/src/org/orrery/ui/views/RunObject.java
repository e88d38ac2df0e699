package org.orrery.ui.views;

import java.util.Objects;

/**
 * A model object picked in a live view (an event-log row, a timeline lane, a chart series), by the
 * stable id telemetry names it with. Live views put it in their selection (an
 * {@code IStructuredSelection} of RunObjects); the diagram editor listens for it and selects the
 * figure of the element with that id, so a click in a view shows the object in the deployment.
 *
 * @param id the subject id, as in {@code TelemetryEvent.subject()}
 */
public record RunObject(String id) {

    public RunObject {
        Objects.requireNonNull(id, "id");
    }
}
