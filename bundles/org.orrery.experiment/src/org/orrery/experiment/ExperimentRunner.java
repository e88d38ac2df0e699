package org.orrery.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.orrery.sim.Simulation;
import org.orrery.sim.SimulationDriver;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryStore;

/**
 * Runs the built-in demonstration {@link Experiment} (a {@link Scenario} of random migrations) on
 * the simulator, as fast as possible, into a telemetry store the caller owns (and may read while
 * the run writes it). Experiments from model files run through {@link PlanRun}.
 * <p>
 * The run reports: at time 0 a PLACEMENT per VM; MIGRATION_* events and LIFECYCLE/PLACEMENT
 * changes from each migration; every sample interval, starting at 0, a METRIC per host with its
 * number of VMs ({@link Attribute#VM_COUNT}). Migrations still in flight at the end are cut off
 * there.
 */
public final class ExperimentRunner {

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
        new HostCensus(scenario.hosts(), placement, scenario.sampleInterval()).start(simulation);

        SimulationDriver driver = new SimulationDriver(simulation, experiment.duration());
        Drive.run(driver, monitor);
        return new ExperimentResult(experiment, simulation.isCancelled(), simulation.now(), workload.started(),
                workload.completed(), telemetry.size() - eventsBefore);
    }
}
