package org.orrery.ui.views;

import java.util.Objects;

import org.orrery.telemetry.TelemetryStore;

/**
 * A run the live views show: its telemetry and where it came from (a simulation with its seed,
 * a libvirt host, a recording).
 *
 * @param name   what the views title the run with
 * @param origin "simulation", "libvirt" or "replay"
 * @param seed   the simulation seed, or -1 for runs that have none
 * @param store  the run's telemetry, possibly still being written
 */
public record RunSession(String name, String origin, long seed, TelemetryStore store) {

    public RunSession {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(store, "store");
    }
}
