package org.orrery.sim.network;

import java.util.function.Consumer;

import org.orrery.sim.SimEvent;

/**
 * A transfer of a known amount of data over a {@link Route}, in progress in a
 * {@link FlowNetwork}. Its rate is its max-min fair share of the links it crosses (at most its own
 * cap) and changes whenever a flow sharing one of those links starts or ends; the network then
 * moves its completion event. Obtained from {@link FlowNetwork#start}.
 */
public final class Flow {

    final FlowNetwork network;
    final Route route;
    final double size;
    final double cap;
    final Consumer<Flow> whenSent;
    final long serial;
    double remaining;
    /** Bytes dropped by {@link #shrink}: never sent. */
    double dropped;
    double rate;
    long lastUpdate;
    SimEvent completion;
    boolean active = true;
    /** Scratch state of the network's rate computation. */
    int mark;
    boolean frozen;
    double newRate;

    Flow(FlowNetwork network, long serial, double size, Route route, double cap, Consumer<Flow> whenSent, long now) {
        this.network = network;
        this.serial = serial;
        this.size = size;
        this.route = route;
        this.cap = cap;
        this.whenSent = whenSent;
        this.remaining = size;
        this.lastUpdate = now;
    }

    /** The route the flow crosses. */
    public Route route() {
        return route;
    }

    /** Bytes the flow carries in all. */
    public double size() {
        return size;
    }

    /** The flow's own rate limit, bytes per second ({@code +Infinity} when it has none). */
    public double cap() {
        return cap;
    }

    /** Current rate, bytes per second; the last rate it had once it ended. */
    public double rate() {
        return rate;
    }

    /** Bytes not yet sent, as of the simulation's current time. */
    public double remaining() {
        if (!active) {
            return remaining;
        }
        double elapsed = (network.simulation().now() - lastUpdate) / FlowNetwork.NANOS_PER_SECOND;
        return Math.max(0, remaining - rate * elapsed);
    }

    /** Bytes sent so far (what was dropped by {@link #shrink} does not count). */
    public double sent() {
        return size - dropped - remaining();
    }

    /** Whether the flow is still sending (neither finished nor cancelled). */
    public boolean isActive() {
        return active;
    }

    /** Stops the flow without calling its completion callback; its bandwidth goes to the others. */
    public void cancel() {
        network.cancel(this);
    }

    /**
     * Drops {@code bytes} of what is still to send: they went some other way (e.g. post-copy pages
     * a fault already fetched). The flow completes at once if nothing is left.
     */
    public void shrink(double bytes) {
        network.shrink(this, bytes);
    }

    @Override
    public String toString() {
        return "Flow#" + serial + "[" + route + ", " + remaining() + "/" + size + " B at " + rate + " B/s"
                + (active ? "" : ", done") + "]";
    }
}
