package org.orrery.sim.migration;

import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * Parameters of actor migration between actor runtimes (COS, cos.md). cos.md gives only the
 * resulting times (LAN: empty actor 150-160 ms, 100 KB actor 240-250 ms; WAN Urbana -> Paris ->
 * Tokyo: 3-7 s and 25-30 s), so the defaults are fitted to them and are assumptions.
 *
 * @param runtimeOverhead   fixed cost of a move in the runtimes (capture, name-service work,
 *                          restart), nanoseconds
 * @param controlRoundTrips protocol messages that each wait for an answer (migration request,
 *                          acknowledgements, name-service update), in round trips of the route
 * @param serializationRate rate at which the runtimes serialize and rebuild actor state, bytes per second
 * @param messageBytes      the state travels in messages of this size, each waiting for its
 *                          acknowledgement (stop-and-wait), bytes
 */
@Describes
public record ActorMigrationParameters(
        @Parameter(value = "fixed cost of a move in the actor runtimes", unit = "ns",
                source = "fitted to cos.md: LAN empty actor 150-160 ms", assumption = true) long runtimeOverhead,
        @Parameter(value = "protocol messages that wait for an answer", unit = "round trips",
                source = "fitted to cos.md: WAN empty actor 3-7 s", assumption = true) int controlRoundTrips,
        @Parameter(value = "rate of serializing and rebuilding actor state", unit = "B/s",
                source = "fitted to cos.md: LAN 100 KB actor 240-250 ms", assumption = true) double serializationRate,
        @Parameter(value = "state travels in messages of this size, each acknowledged before the next", unit = "B",
                source = "one TCP segment; fitted to cos.md: WAN 100 KB actor 25-30 s", assumption = true)
        int messageBytes) {

    public ActorMigrationParameters {
        if (runtimeOverhead < 0 || controlRoundTrips < 0 || !(serializationRate > 0) || messageBytes <= 0) {
            throw new IllegalArgumentException("actor migration parameters out of range");
        }
    }

    /** 153 ms overhead, 10 round trips, 1.35 MB/s serialization, 1,460-byte messages. */
    public static ActorMigrationParameters defaults() {
        return new ActorMigrationParameters(153_000_000L, 10, 1.35e6, 1460);
    }
}
