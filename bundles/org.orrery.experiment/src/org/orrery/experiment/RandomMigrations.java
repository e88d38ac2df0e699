package org.orrery.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.orrery.sim.RandomStream;
import org.orrery.sim.Simulation;
import org.orrery.sim.migration.Migration;
import org.orrery.sim.migration.MigrationRequest;
import org.orrery.sim.migration.MigrationResult;
import org.orrery.sim.network.FlowNetwork;

/**
 * The scenario's workload: after a random pause, migrate a random VM to a random other host, and
 * start over when it ends. Each choice draws from its own named stream, so changing how one is
 * made leaves the others' numbers alone.
 */
final class RandomMigrations {

    private final Scenario scenario;
    private final Map<String, String> placement;
    private final RandomStream gaps;
    private final RandomStream vmChoice;
    private final RandomStream hostChoice;
    private final RandomStream dirtyRates;
    private final FlowNetwork network;
    private int started;
    private int completed;

    /** @param placement VM id to host id, updated as migrations complete */
    RandomMigrations(Simulation simulation, Scenario scenario, Map<String, String> placement) {
        this.scenario = scenario;
        this.placement = placement;
        this.gaps = simulation.random("migration-gaps");
        this.vmChoice = simulation.random("migration-vm");
        this.hostChoice = simulation.random("migration-destination");
        this.dirtyRates = simulation.random("dirty-rate");
        this.network = new FlowNetwork(simulation);
        simulation.schedule(nextGap(), this::migrateOne);
    }

    int started() {
        return started;
    }

    int completed() {
        return completed;
    }

    private void migrateOne(Simulation simulation) {
        VmSpec vm = scenario.vms().get(vmChoice.nextInt(scenario.vms().size()));
        String from = placement.get(vm.id());
        List<String> others = new ArrayList<>(scenario.hosts());
        others.remove(from);
        String to = others.get(hostChoice.nextInt(others.size()));
        double dirtyRate = scenario.maxDirtyRate() > scenario.minDirtyRate()
                ? dirtyRates.nextDouble(scenario.minDirtyRate(), scenario.maxDirtyRate())
                : scenario.minDirtyRate();
        started++;
        Migration.start(network,
                new MigrationRequest(vm.id(), from, to, vm.memoryBytes(), dirtyRate, scenario.link()),
                scenario.algorithm(), result -> ended(simulation, result));
    }

    private void ended(Simulation simulation, MigrationResult result) {
        if (result.completed()) {
            completed++;
            placement.put(result.request().vm(), result.request().destination());
        }
        simulation.schedule(nextGap(), this::migrateOne);
    }

    private long nextGap() {
        return (long) (gaps.nextExponential() * scenario.meanGap());
    }
}
