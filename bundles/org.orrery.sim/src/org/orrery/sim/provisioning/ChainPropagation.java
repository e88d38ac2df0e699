package org.orrery.sim.provisioning;

import java.util.function.Consumer;

import org.orrery.sim.network.FlowNetwork;
import org.orrery.sim.network.Route;
import org.orrery.sim.network.Topology;
import org.orrery.sim.param.Describes;
import org.orrery.sim.param.Parameter;

/**
 * Broadcast chain (riteau.md): the repository sends the image once to the first host, which
 * forwards it to the next while still receiving, and so on (pipelined). Each hop starts once the
 * first chunk has reached it and cannot finish before the hop feeding it, so with equal links
 * T(n) ~= S / B + (n - 1) x (chunk / B + hop latency). Decompression is not modelled.
 */
public final class ChainPropagation implements ImagePropagation {

    /**
     * Parameters of the chain.
     *
     * @param chunkBytes unit a host forwards as soon as it has received it, bytes
     */
    @Describes
    public record Parameters(
            @Parameter(value = "unit a host forwards as soon as it has it", unit = "B",
                    source = "riteau.md: pipelined chain; unit not given", assumption = true) long chunkBytes) {

        public Parameters {
            if (chunkBytes <= 0) {
                throw new IllegalArgumentException("chunk must be positive: " + chunkBytes);
            }
        }
    }

    private final Parameters parameters;

    /** A chain forwarding 1 MiB chunks. */
    public ChainPropagation() {
        this(new Parameters(1 << 20));
    }

    /** A chain with the given parameters. */
    public ChainPropagation(Parameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "chain";
    }

    @Override
    public void propagate(FlowNetwork network, Topology topology, PropagationRequest request,
            Consumer<PropagationResult> whenDone) {
        PropagationProgress progress = new PropagationProgress(network.simulation(), name(), request, whenDone);
        Hop[] hops = new Hop[request.hosts().size()];
        for (int i = 0; i < hops.length; i++) {
            hops[i] = new Hop(progress, i, i == 0 ? null : hops[i - 1]);
        }
        hop(network, topology, request, hops, 0);
    }

    /** Starts hop {@code index} now; the next hop starts once the first chunk has crossed this one. */
    private void hop(FlowNetwork network, Topology topology, PropagationRequest request, Hop[] hops, int index) {
        String from = index == 0 ? request.repository() : request.hosts().get(index - 1);
        Route route = topology.route(from, request.hosts().get(index));
        hops[index].progress.started(index, from);
        network.start(request.bytes(), route, done -> network.simulation().schedule(network.latency(route),
                sim -> hops[index].landed()));
        if (index + 1 < hops.length) {
            long firstChunk = route.link(0).transferTime(Math.min(parameters.chunkBytes(), request.bytes()))
                    + network.latency(route);
            network.simulation().schedule(firstChunk, sim -> hop(network, topology, request, hops, index + 1));
        }
    }

    /**
     * One hop of the chain. A host has the whole image once its own transfer has landed and the
     * host feeding it had the whole image (a forwarder cannot send what it has not received).
     */
    private static final class Hop {
        final PropagationProgress progress;
        final int index;
        final Hop feeder;
        Hop fed;
        boolean landed;
        boolean complete;

        Hop(PropagationProgress progress, int index, Hop feeder) {
            this.progress = progress;
            this.index = index;
            this.feeder = feeder;
            if (feeder != null) {
                feeder.fed = this;
            }
        }

        void landed() {
            landed = true;
            maybeComplete();
        }

        private void maybeComplete() {
            if (complete || !landed || (feeder != null && !feeder.complete)) {
                return;
            }
            complete = true;
            progress.arrived(index);
            if (fed != null) {
                fed.maybeComplete();
            }
        }
    }
}
