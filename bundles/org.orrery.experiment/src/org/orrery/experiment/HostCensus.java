package org.orrery.experiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.orrery.sim.EventHandler;
import org.orrery.sim.Simulation;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;

/**
 * Reports, from time 0 and every interval after, a METRIC per host with the number of VMs placed
 * on it ({@link Attribute#VM_COUNT}), read from a placement map the run keeps up to date. Hosts
 * report in the order given, so the trace does not depend on hashing.
 */
final class HostCensus implements EventHandler {

    private final List<String> hosts;
    private final Map<String, String> placement;
    private final long interval;

    /** @param placement VM to host, changed by the run as migrations complete */
    HostCensus(List<String> hosts, Map<String, String> placement, long interval) {
        this.hosts = List.copyOf(hosts);
        this.placement = placement;
        this.interval = interval;
    }

    void start(Simulation simulation) {
        simulation.schedule(0, this);
    }

    @Override
    public void fire(Simulation simulation) {
        Map<String, Long> counts = new HashMap<>();
        for (String host : placement.values()) {
            counts.merge(host, 1L, Long::sum);
        }
        for (String host : hosts) {
            simulation.emit(EventKind.METRIC, host, Map.of(Attribute.VM_COUNT, counts.getOrDefault(host, 0L)));
        }
        simulation.schedule(interval, this);
    }
}
