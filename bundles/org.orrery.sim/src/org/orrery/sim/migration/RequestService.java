package org.orrery.sim.migration;

/**
 * A single-threaded request server reached over a round trip, like the Redis nodes of Shrinker:
 * requests are served one after another in arrival order, each taking {@code serviceTime}. A
 * client sends a batch pipelined (all requests before any reply) and has all replies one round
 * trip plus the queueing and service time later. Clients of one server queue behind each other.
 */
final class RequestService {

    private final long roundTrip;
    private final long serviceTime;
    private long busyUntil;
    private long served;

    RequestService(long roundTrip, long serviceTime) {
        this.roundTrip = roundTrip;
        this.serviceTime = serviceTime;
    }

    /** When the replies to {@code requests} pipelined requests sent at {@code now} are all back. */
    long submit(long now, long requests) {
        if (requests <= 0) {
            return now;
        }
        long arrival = now + roundTrip / 2;
        long begin = Math.max(arrival, busyUntil);
        busyUntil = begin + requests * serviceTime;
        served += requests;
        return busyUntil + (roundTrip - roundTrip / 2);
    }

    /** Requests served so far. */
    long served() {
        return served;
    }
}
