package org.orrery.sim.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.orrery.sim.Simulation;

/**
 * Flow-level network model of one simulation: transfers ({@link Flow}s) over routes of shared
 * {@link Link}s, each getting its max-min fair share of bandwidth.
 * <p>
 * Rates come from progressive filling: all flows' rates rise together until a link is full or a
 * flow reaches its cap; those flows keep that rate, and the rest keep rising. When a flow starts,
 * ends or is cancelled, only the flows connected to it through shared links (its component) are
 * recomputed, so unrelated transfers on a large network cost nothing; within the component each
 * flow's progress is settled to the current time and its completion event moved if its rate
 * changed.
 * <p>
 * Determinism: a component is explored and filled in the order flows started (each link keeps
 * its flows in start order, and the search begins at the links of the flow that changed), so the
 * same run reschedules the same events in the same order. Nothing iterates a hash order.
 * <p>
 * Model assumptions: a flow's data leaves at its rate from the moment it starts (no slow start,
 * no handshake; a protocol that needs round trips adds them itself), and reaches the far end
 * {@link #latency(Route)} later; links are full duplex only if modelled as two links.
 * <p>
 * Link changes: {@link #setLink} gives a link another bandwidth or latency in this network from
 * now on. The flows already crossing it are settled to now at their old rates, their max-min
 * shares are recomputed with the new capacity, and their completions moved: a transfer of X bytes
 * at B1 for t1 and then at B2 ends at t1 + (X - B1 t1) / B2. A new latency applies to whatever
 * leaves a source from now on (the mechanisms ask {@link #latency(Route)} when their data has left);
 * data already on the wire lands as it was going to. A {@link Link}'s own values are its values at
 * the start of a run.
 */
public final class FlowNetwork {

    static final double NANOS_PER_SECOND = 1e9;
    /** Relative slack when comparing fill levels, so rounding never leaves a link "almost" full. */
    private static final double LEVEL_SLACK = 1e-12;

    private final Simulation simulation;
    private final Map<Link, LinkState> states = new IdentityHashMap<>();
    private final List<Flow> componentFlows = new ArrayList<>();
    private final List<LinkState> componentLinks = new ArrayList<>();
    private final ArrayDeque<LinkState> frontier = new ArrayDeque<>();
    private int epoch;
    private long nextSerial;

    /** A network with no flows, driven by {@code simulation}'s clock and event queue. */
    public FlowNetwork(Simulation simulation) {
        this.simulation = Objects.requireNonNull(simulation, "simulation");
    }

    /** The simulation whose clock the flows follow. */
    public Simulation simulation() {
        return simulation;
    }

    /** Starts an uncapped flow of {@code bytes} over {@code route}; see {@link #start(double, Route, double, Consumer)}. */
    public Flow start(double bytes, Route route, Consumer<Flow> whenSent) {
        return start(bytes, route, Double.POSITIVE_INFINITY, whenSent);
    }

    /**
     * Starts a flow now.
     *
     * @param bytes    amount to send, not negative (0 completes at once, later this instant)
     * @param route    the links it crosses
     * @param rateCap  its own rate limit, bytes per second, positive ({@code +Infinity} for none)
     * @param whenSent called, inside the simulation, when the last byte has left the source; the
     *                 data lands {@link #latency(Route)} later
     */
    public Flow start(double bytes, Route route, double rateCap, Consumer<Flow> whenSent) {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(whenSent, "whenSent");
        if (!(bytes >= 0) || Double.isInfinite(bytes)) {
            throw new IllegalArgumentException("flow size must be finite and not negative: " + bytes);
        }
        if (!(rateCap > 0)) {
            throw new IllegalArgumentException("rate cap must be positive: " + rateCap);
        }
        Flow flow = new Flow(this, nextSerial++, bytes, route, rateCap, whenSent, simulation.now());
        for (int i = 0; i < route.size(); i++) {
            state(route.link(i)).flows.add(flow);
        }
        recomputeAround(flow);
        return flow;
    }

    /**
     * Changes {@code link}'s bandwidth and latency in this network from now on (see the class
     * comment): the flows crossing it get their new max-min shares at once.
     *
     * @param bytesPerSecond new capacity, bytes per second, positive and finite
     * @param latency        new one-way latency, nanoseconds, not negative
     */
    public void setLink(Link link, double bytesPerSecond, long latency) {
        Objects.requireNonNull(link, "link");
        if (!(bytesPerSecond > 0) || Double.isInfinite(bytesPerSecond)) {
            throw new IllegalArgumentException("bandwidth of " + link.id() + " must be positive and finite: "
                    + bytesPerSecond);
        }
        if (latency < 0) {
            throw new IllegalArgumentException("latency of " + link.id() + " must not be negative: " + latency);
        }
        LinkState state = state(link);
        state.latency = latency;
        if (state.capacity == bytesPerSecond) {
            return;
        }
        // settle at the old capacity: collect and settle before the capacity changes
        int mark = ++epoch;
        seed(state, mark);
        collectComponent(mark);
        for (Flow flow : componentFlows) {
            settle(flow);
        }
        state.capacity = bytesPerSecond;
        refillComponent();
    }

    /** {@code link}'s capacity in this network now, bytes per second. */
    public double bandwidth(Link link) {
        LinkState state = states.get(link);
        return state == null ? link.bytesPerSecond() : state.capacity;
    }

    /** {@code link}'s one-way latency in this network now, nanoseconds. */
    public long latency(Link link) {
        LinkState state = states.get(link);
        return state == null ? link.latency() : state.latency;
    }

    /** One-way latency of {@code route} now: the sum of its links' {@link #latency(Link)}, nanoseconds. */
    public long latency(Route route) {
        long sum = 0;
        for (int i = 0; i < route.size(); i++) {
            sum = Math.addExact(sum, latency(route.link(i)));
        }
        return sum;
    }

    /** Round trip of a small message over {@code route} now: twice its one-way latency, nanoseconds. */
    public long roundTrip(Route route) {
        return 2 * latency(route);
    }

    /** The smallest capacity on {@code route} now: what one flow alone on it would get, bytes per second. */
    public double bottleneck(Route route) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < route.size(); i++) {
            min = Math.min(min, bandwidth(route.link(i)));
        }
        return min;
    }

    /** Bytes that have crossed {@code link} so far in this network (settled to the current time). */
    public double carried(Link link) {
        LinkState state = states.get(link);
        if (state == null) {
            return 0;
        }
        for (Flow flow : state.flows) {
            settle(flow);
        }
        return state.carried;
    }

    /** Sum of the rates of the flows crossing {@code link}, bytes per second. */
    public double load(Link link) {
        LinkState state = states.get(link);
        double sum = 0;
        if (state != null) {
            for (Flow flow : state.flows) {
                sum += flow.rate;
            }
        }
        return sum;
    }

    /** Number of flows crossing {@code link} now. */
    public int flowsOn(Link link) {
        LinkState state = states.get(link);
        return state == null ? 0 : state.flows.size();
    }

    void cancel(Flow flow) {
        if (!flow.active) {
            return;
        }
        settle(flow);
        detach(flow);
        simulation.unschedule(flow.completion);
        flow.completion = null;
        recomputeAround(flow);
    }

    void shrink(Flow flow, double bytes) {
        if (!(bytes >= 0)) {
            throw new IllegalArgumentException("bytes must not be negative: " + bytes);
        }
        if (!flow.active) {
            return;
        }
        settle(flow);
        double drop = Math.min(flow.remaining, bytes);
        flow.remaining -= drop;
        flow.dropped += drop;
        reschedule(flow);
    }

    private LinkState state(Link link) {
        return states.computeIfAbsent(link, LinkState::new);
    }

    private void complete(Flow flow) {
        settle(flow);
        flow.remaining = 0;
        flow.completion = null;
        detach(flow);
        recomputeAround(flow);
        flow.whenSent.accept(flow);
    }

    private void detach(Flow flow) {
        flow.active = false;
        for (int i = 0; i < flow.route.size(); i++) {
            states.get(flow.route.link(i)).flows.remove(flow);
        }
    }

    /** Moves the flow's progress to now at its current rate, and counts the bytes on its links. */
    private void settle(Flow flow) {
        long now = simulation.now();
        if (now == flow.lastUpdate) {
            return;
        }
        double moved = Math.min(flow.remaining, flow.rate * ((now - flow.lastUpdate) / NANOS_PER_SECOND));
        flow.remaining -= moved;
        flow.lastUpdate = now;
        for (int i = 0; i < flow.route.size(); i++) {
            states.get(flow.route.link(i)).carried += moved;
        }
    }

    /**
     * Recomputes the rates of every active flow connected to {@code changed}'s links (the flow
     * itself included when active) and reschedules the completions whose rate changed.
     */
    private void recomputeAround(Flow changed) {
        int mark = ++epoch;
        for (int i = 0; i < changed.route.size(); i++) {
            seed(states.get(changed.route.link(i)), mark);
        }
        collectComponent(mark);
        for (Flow flow : componentFlows) {
            settle(flow);
        }
        refillComponent();
    }

    /**
     * Max-min shares for the collected component, whose flows are settled to now; reschedules the
     * completions whose rate changed, and clears the component.
     */
    private void refillComponent() {
        if (componentFlows.isEmpty()) {
            componentLinks.clear();
            return;
        }
        fill();
        for (Flow flow : componentFlows) {
            boolean rateChanged = flow.newRate != flow.rate;
            flow.rate = flow.newRate;
            if (rateChanged || flow.completion == null) {
                reschedule(flow);
            }
        }
        componentFlows.clear();
        componentLinks.clear();
    }

    /** Puts {@code link} on the frontier of the component being collected under {@code mark}. */
    private void seed(LinkState link, int mark) {
        if (link.mark != mark) {
            link.mark = mark;
            frontier.add(link);
        }
    }

    /**
     * Collects the links and active flows connected to the seeded links, breadth-first from them
     * in seeding order and each link's flows in start order, so the order is deterministic.
     */
    private void collectComponent(int mark) {
        while (!frontier.isEmpty()) {
            LinkState link = frontier.poll();
            componentLinks.add(link);
            for (Flow flow : link.flows) {
                if (flow.mark == mark) {
                    continue;
                }
                flow.mark = mark;
                componentFlows.add(flow);
                for (int i = 0; i < flow.route.size(); i++) {
                    seed(states.get(flow.route.link(i)), mark);
                }
            }
        }
    }

    /** Progressive filling over the collected component; leaves each flow's share in newRate. */
    private void fill() {
        for (LinkState link : componentLinks) {
            link.spare = link.capacity;
            link.unfrozen = link.flows.size();
        }
        for (Flow flow : componentFlows) {
            flow.frozen = false;
        }
        int left = componentFlows.size();
        double previous = 0;
        while (left > 0) {
            double level = Double.POSITIVE_INFINITY;
            for (LinkState link : componentLinks) {
                if (link.unfrozen > 0) {
                    level = Math.min(level, link.spare / link.unfrozen);
                }
            }
            for (Flow flow : componentFlows) {
                if (!flow.frozen) {
                    level = Math.min(level, flow.cap);
                }
            }
            // Levels only rise; rounding in the spare capacities must not make one fall.
            level = Math.max(level, previous);
            previous = level;
            double limit = level * (1 + LEVEL_SLACK);
            for (Flow flow : componentFlows) {
                if (!flow.frozen && flow.cap <= limit) {
                    left -= freeze(flow, flow.cap);
                }
            }
            for (LinkState link : componentLinks) {
                if (link.unfrozen > 0 && link.spare / link.unfrozen <= limit) {
                    for (Flow flow : link.flows) {
                        if (!flow.frozen) {
                            left -= freeze(flow, level);
                        }
                    }
                }
            }
        }
    }

    private int freeze(Flow flow, double rate) {
        flow.frozen = true;
        flow.newRate = rate;
        for (int i = 0; i < flow.route.size(); i++) {
            LinkState link = states.get(flow.route.link(i));
            link.spare = Math.max(0, link.spare - rate);
            link.unfrozen--;
        }
        return 1;
    }

    private void reschedule(Flow flow) {
        if (flow.completion != null) {
            simulation.unschedule(flow.completion);
        }
        double seconds = flow.remaining / flow.rate;
        long delay = flow.remaining <= 0 ? 0 : (long) Math.ceil(seconds * NANOS_PER_SECOND);
        flow.completion = simulation.schedule(delay, sim -> complete(flow));
    }

    /** What the network knows about one link in this run. */
    private static final class LinkState {
        final Link link;
        final List<Flow> flows = new ArrayList<>(4);
        /** Capacity in this run, bytes per second: the link's own until {@link #setLink} changes it. */
        double capacity;
        /** One-way latency in this run, nanoseconds. */
        long latency;
        double carried;
        int mark;
        double spare;
        int unfrozen;

        LinkState(Link link) {
            this.link = link;
            this.capacity = link.bytesPerSecond();
            this.latency = link.latency();
        }
    }
}
