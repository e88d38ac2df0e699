package org.orrery.sim.provisioning;

import java.util.List;

/**
 * When each host had the image.
 *
 * @param method  the propagation method's name
 * @param start   simulated time propagation started, nanoseconds
 * @param arrived for each host of the request, in its order, the time its copy was complete, nanoseconds
 */
public record PropagationResult(String method, long start, List<Long> arrived) {

    public PropagationResult {
        arrived = List.copyOf(arrived);
    }

    /** Time until the last host had the image: what a deployment waits for, nanoseconds. */
    public long makespan() {
        return arrived.stream().mapToLong(Long::longValue).max().orElse(start) - start;
    }
}
