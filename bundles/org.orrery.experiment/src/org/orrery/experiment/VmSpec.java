package org.orrery.experiment;

import java.util.Objects;

/**
 * A VM of a scenario.
 *
 * @param id          stable id, the telemetry subject (e.g. {@code vm/web-1})
 * @param memoryBytes memory a migration has to move, bytes
 * @param host        id of the host it starts on
 */
public record VmSpec(String id, long memoryBytes, String host) {

    public VmSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(host, "host");
        if (memoryBytes <= 0) {
            throw new IllegalArgumentException("memory of " + id + " must be positive: " + memoryBytes);
        }
    }
}
