package org.orrery.ui.views;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.orrery.telemetry.TelemetryStore;

/**
 * A run the live views show: its telemetry and where it came from (a simulation with its seed,
 * a libvirt host, a recording).
 *
 * @param name   what the views title the run with
 * @param origin "simulation", "sweep" (one run of a parameter sweep), "libvirt" or "replay"
 * @param seed   the simulation seed, or -1 for runs that have none
 * @param store  the run's telemetry, possibly still being written
 * @param about  what the run rests on beyond its telemetry, as a saved recording's run description
 *               carries it (JSON values: e.g. a phone run's {@code phones} with each parameter's
 *               value, {@code override} and {@code model} value, and its {@code overrides}); empty
 *               when there is nothing more
 */
public record RunSession(String name, String origin, long seed, TelemetryStore store, Map<String, Object> about) {

    public RunSession {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(store, "store");
        about = Collections.unmodifiableMap(new LinkedHashMap<>(about));
    }

    /** A run with nothing to say beyond its telemetry. */
    public RunSession(String name, String origin, long seed, TelemetryStore store) {
        this(name, origin, seed, store, Map.of());
    }

    /** The same run shown from {@code other} (e.g. a finished run replayed to a point). */
    public RunSession withStore(TelemetryStore other) {
        return new RunSession(name, origin, seed, other, about);
    }
}
