package org.orrery.sim.migration;

import java.util.Objects;

import org.orrery.sim.network.Link;

/**
 * What to migrate, from where to where, over what.
 *
 * @param vm          telemetry subject of the VM (e.g. {@code vm/web-1})
 * @param source      id of the host the VM leaves
 * @param destination id of the host the VM goes to
 * @param memoryBytes memory the VM has to move, bytes (the non-zero memory, where zero pages are cheap)
 * @param dirtyRate   rate at which the running guest writes to memory not yet re-sent, bytes per second
 * @param link        the link the transfer uses, whole
 */
public record MigrationRequest(String vm, String source, String destination, long memoryBytes, double dirtyRate,
        Link link) {

    public MigrationRequest {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(link, "link");
        if (memoryBytes <= 0) {
            throw new IllegalArgumentException("memory must be positive: " + memoryBytes);
        }
        if (!(dirtyRate >= 0) || Double.isInfinite(dirtyRate)) {
            throw new IllegalArgumentException("dirty rate must be finite and not negative: " + dirtyRate);
        }
        if (source.equals(destination)) {
            throw new IllegalArgumentException("source and destination are the same host: " + source);
        }
    }
}
