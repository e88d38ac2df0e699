package org.orrery.sim.network;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The links a transfer crosses, in order, e.g. the source host's uplink, a WAN router and the
 * destination host's downlink. A flow on a route uses every link of it at the same rate; its
 * data reaches the far end {@link #latency()} after it leaves.
 */
public final class Route {

    private final Link[] links;
    private final long latency;
    private final double bottleneck;

    private Route(Link[] links) {
        if (links.length == 0) {
            throw new IllegalArgumentException("a route needs at least one link");
        }
        long sum = 0;
        double min = Double.POSITIVE_INFINITY;
        for (Link link : links) {
            Objects.requireNonNull(link, "link");
            sum = Math.addExact(sum, link.latency());
            min = Math.min(min, link.bytesPerSecond());
        }
        this.links = links;
        this.latency = sum;
        this.bottleneck = min;
    }

    /** A route over {@code links}, in the order data crosses them; at least one. */
    public static Route of(Link... links) {
        return new Route(links.clone());
    }

    /** A route over {@code links}, in the order data crosses them; at least one. */
    public static Route of(List<Link> links) {
        return new Route(links.toArray(Link[]::new));
    }

    /** The links, in order. */
    public List<Link> links() {
        return List.of(links);
    }

    /** Number of links. */
    public int size() {
        return links.length;
    }

    /** The i-th link. */
    public Link link(int i) {
        return links[i];
    }

    /** The last link: the one that delivers to the destination (e.g. its host's downlink). */
    public Link last() {
        return links[links.length - 1];
    }

    /**
     * One-way latency: the sum of the links' own latencies, nanoseconds. In a run where a link was
     * changed, {@link FlowNetwork#latency(Route)} gives the latency now.
     */
    public long latency() {
        return latency;
    }

    /** Round-trip time of a small message: twice the one-way latency, nanoseconds. */
    public long roundTrip() {
        return 2 * latency;
    }

    /**
     * The smallest of the links' own capacities: what one flow alone on the route gets, bytes per
     * second. In a run where a link was changed, {@link FlowNetwork#bottleneck(Route)} gives it now.
     */
    public double bottleneck() {
        return bottleneck;
    }

    @Override
    public String toString() {
        return "Route" + Arrays.stream(links).map(Link::id).toList();
    }
}
