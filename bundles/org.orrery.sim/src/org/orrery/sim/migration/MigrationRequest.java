package org.orrery.sim.migration;

import java.util.Objects;

import org.orrery.sim.memory.GuestMemory;
import org.orrery.sim.memory.UniformDirtying;
import org.orrery.sim.network.Link;
import org.orrery.sim.network.Route;

/**
 * What to migrate, from where to where, over what.
 *
 * @param vm          telemetry subject of what moves (a VM, e.g. {@code vm/web-1}, or an actor)
 * @param source      id of the host it leaves
 * @param destination id of the host it goes to
 * @param memory      its memory: size, zero pages, dirtying
 * @param route       the links the transfer crosses, shared with whatever else uses them
 */
public record MigrationRequest(String vm, String source, String destination, GuestMemory memory, Route route) {

    public MigrationRequest {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(route, "route");
        if (source.equals(destination)) {
            throw new IllegalArgumentException("source and destination are the same host: " + source);
        }
    }

    /**
     * A VM whose memory is all in use and dirtied uniformly, over a single link.
     *
     * @param memoryBytes memory size, bytes
     * @param dirtyRate   distinct bytes the running guest dirties per second
     */
    public MigrationRequest(String vm, String source, String destination, long memoryBytes, double dirtyRate,
            Link link) {
        this(vm, source, destination, new UniformDirtying(memoryBytes, 0, dirtyRate), Route.of(link));
    }

    /** Memory size, bytes. */
    public long memoryBytes() {
        return memory.bytes();
    }
}
