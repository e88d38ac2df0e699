package org.orrery.sim.provisioning;

import java.util.function.Consumer;

import org.orrery.sim.network.FlowNetwork;
import org.orrery.sim.network.Topology;

/**
 * A way of bringing a VM image from its repository to the hosts that will run it (riteau.md's
 * provisioning pipeline, whose bottleneck this is). Implementations move the bytes over the flow
 * network, so they compete with whatever else crosses the same links, and report PROVISIONING
 * events (phase {@code propagate}, started and done) about each receiving host.
 */
public interface ImagePropagation {

    /** Short name, e.g. {@code scp}. */
    String name();

    /** Starts propagating now; {@code whenDone} is called, inside the simulation, once every host has the image. */
    void propagate(FlowNetwork network, Topology topology, PropagationRequest request,
            Consumer<PropagationResult> whenDone);
}
