package org.orrery.sim;

import java.util.Map;
import java.util.Objects;

import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;

/**
 * A simulated thing that acts over time and reports about itself: a VM, a migration, a
 * controller. It binds a simulation and a telemetry subject so that mechanism code reads as
 * "schedule this, report that".
 */
public abstract class Entity {

    private final Simulation simulation;
    private final String subject;

    /**
     * @param simulation the simulation the entity lives in
     * @param subject    stable id of the model object the entity's telemetry is about (e.g.
     *                   {@code vm/web-1}); several entities may report about the same subject
     */
    protected Entity(Simulation simulation, String subject) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        this.subject = Objects.requireNonNull(subject, "subject");
    }

    /** The simulation the entity lives in. */
    public final Simulation simulation() {
        return simulation;
    }

    /** Stable id of the model object this entity reports about. */
    public final String subject() {
        return subject;
    }

    /** Schedules {@code handler} {@code delay} nanoseconds from now. */
    protected final SimEvent schedule(long delay, EventHandler handler) {
        return simulation.schedule(delay, handler);
    }

    /** Reports an event about this entity's subject at the current time. */
    protected final TelemetryEvent emit(EventKind kind, Map<String, Object> attributes) {
        return simulation.emit(kind, subject, attributes);
    }
}
