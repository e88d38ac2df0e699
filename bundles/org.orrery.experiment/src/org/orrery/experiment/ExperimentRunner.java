package org.orrery.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.orrery.sim.EventHandler;
import org.orrery.sim.RunOutcome;
import org.orrery.sim.Simulation;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryStore;

/**
 * Runs an {@link Experiment} on the simulator, as fast as possible, into a telemetry store the
 * caller owns (and may read while the run writes it).
 * <p>
 * The run reports: at time 0 a PLACEMENT per VM; MIGRATION_* events and LIFECYCLE/PLACEMENT
 * changes from each migration; every sample interval, starting at 0, a METRIC per host whose
 * {@code value} is its number of VMs. Migrations still in flight at the end are cut off there.
 */
public final class ExperimentRunner {

    /** The run advances in this many slices, between which the monitor is consulted. */
    private static final int SLICES = 100;

    private ExperimentRunner() {
    }

    /** Runs {@code experiment} to its duration or until {@code monitor} cancels it. */
    public static ExperimentResult run(Experiment experiment, TelemetryStore telemetry, RunMonitor monitor) {
        Scenario scenario = experiment.scenario();
        int eventsBefore = telemetry.size();
        Simulation simulation = new Simulation(experiment.seed(), telemetry);

        Map<String, String> placement = new LinkedHashMap<>();
        for (VmSpec vm : scenario.vms()) {
            placement.put(vm.id(), vm.host());
            simulation.emit(EventKind.PLACEMENT, vm.id(), Map.of(Attribute.HOST, vm.host()));
        }
        RandomMigrations workload = new RandomMigrations(simulation, scenario, placement);
        simulation.schedule(0, new EventHandler() {
            @Override
            public void fire(Simulation sim) {
                for (String host : scenario.hosts()) {
                    long count = placement.values().stream().filter(host::equals).count();
                    sim.emit(EventKind.METRIC, host, Map.of(Attribute.VALUE, count));
                }
                sim.schedule(scenario.sampleInterval(), this);
            }
        });

        long duration = experiment.duration();
        long slice = Math.max(1, duration / SLICES);
        RunOutcome outcome = RunOutcome.TIME_REACHED;
        while (simulation.now() < duration && outcome != RunOutcome.CANCELLED) {
            if (monitor.isCancelled()) {
                simulation.cancel();
                break;
            }
            outcome = simulation.runUntil(Math.min(duration, simulation.now() + slice));
            monitor.progressed(simulation.now(), duration);
        }
        return new ExperimentResult(experiment, simulation.isCancelled(), simulation.now(), workload.started(),
                workload.completed(), telemetry.size() - eventsBefore);
    }
}
