package org.orrery.sim.provisioning;

import java.util.function.Consumer;

import org.orrery.sim.network.FlowNetwork;
import org.orrery.sim.network.Topology;

/**
 * SCP from the repository to every host (riteau.md's baseline): the repository sends the whole
 * image once per host, so its uplink carries n x S and T(n) = n S / B when that uplink (bandwidth
 * B) is the bottleneck. Copies run all at once (sharing the uplink fairly) or one after another;
 * both give the same last arrival.
 */
public final class ScpPropagation implements ImagePropagation {

    private final boolean concurrent;

    /** All copies at once. */
    public ScpPropagation() {
        this(true);
    }

    /** @param concurrent true for all copies at once, false for one after another */
    public ScpPropagation(boolean concurrent) {
        this.concurrent = concurrent;
    }

    @Override
    public String name() {
        return "scp";
    }

    @Override
    public void propagate(FlowNetwork network, Topology topology, PropagationRequest request,
            Consumer<PropagationResult> whenDone) {
        PropagationProgress progress = new PropagationProgress(network.simulation(), name(), request, whenDone);
        if (concurrent) {
            for (int i = 0; i < request.hosts().size(); i++) {
                copy(network, topology, request, progress, i, false);
            }
        } else {
            copy(network, topology, request, progress, 0, true);
        }
    }

    private void copy(FlowNetwork network, Topology topology, PropagationRequest request, PropagationProgress progress,
            int index, boolean thenNext) {
        String host = request.hosts().get(index);
        var route = topology.route(request.repository(), host);
        progress.started(index, request.repository());
        network.start(request.bytes(), route, done -> network.simulation().schedule(network.latency(route), sim -> {
            progress.arrived(index);
            if (thenNext && index + 1 < request.hosts().size()) {
                copy(network, topology, request, progress, index + 1, true);
            }
        }));
    }
}
