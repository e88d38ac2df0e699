package org.orrery.sim.provisioning;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

import org.orrery.sim.Simulation;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;

/**
 * Book-keeping of one propagation: reports each host's copy starting and ending, and hands the
 * result over once every host has its copy.
 */
final class PropagationProgress {

    /** Phase name reported in PROVISIONING events. */
    static final String PHASE = "propagate";

    private final Simulation simulation;
    private final String method;
    private final PropagationRequest request;
    private final Consumer<PropagationResult> whenDone;
    private final long start;
    private final long[] arrived;
    private int left;

    PropagationProgress(Simulation simulation, String method, PropagationRequest request,
            Consumer<PropagationResult> whenDone) {
        this.simulation = simulation;
        this.method = method;
        this.request = request;
        this.whenDone = whenDone;
        this.start = simulation.now();
        this.arrived = new long[request.hosts().size()];
        this.left = arrived.length;
    }

    /** Reports that host number {@code index} starts receiving, from {@code from}. */
    void started(int index, String from) {
        simulation.emit(EventKind.PROVISIONING, request.hosts().get(index), Map.of(Attribute.PHASE, PHASE,
                Attribute.STATE, "started", Attribute.BYTES, request.bytes(), Attribute.HOST, from));
    }

    /** Host number {@code index} has the whole image now. */
    void arrived(int index) {
        arrived[index] = simulation.now();
        simulation.emit(EventKind.PROVISIONING, request.hosts().get(index), Map.of(Attribute.PHASE, PHASE,
                Attribute.STATE, "done", Attribute.BYTES, request.bytes(), Attribute.HOST, request.hosts().get(index)));
        if (--left == 0) {
            whenDone.accept(new PropagationResult(method, start, Arrays.stream(arrived).boxed().toList()));
        }
    }
}
