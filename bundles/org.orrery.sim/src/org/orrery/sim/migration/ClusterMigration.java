package org.orrery.sim.migration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.orrery.sim.Entity;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;

/**
 * Migration of a whole virtual cluster (a VIOLIN environment, a Shrinker cluster): one
 * {@link Migration} per VM, all with the same algorithm instance (so Shrinker's services are
 * shared), over routes that share links (typically one WAN router), at most
 * {@code maxConcurrent} at a time. Reports MIGRATION_START and MIGRATION_END (or
 * MIGRATION_FAILED) about the cluster's own subject, with its hosts as space-separated lists,
 * total memory and bytes, and the longest downtime; each VM reports its own migration.
 */
public final class ClusterMigration extends Entity {

    /** End reason of a cluster whose VMs all arrived. */
    public static final String REASON = "cluster";

    private final FlowNetwork network;
    private final List<MigrationRequest> requests;
    private final MigrationAlgorithm algorithm;
    private final ClusterParameters parameters;
    private final Consumer<MigrationResult> eachDone;
    private final Consumer<ClusterResult> whenDone;
    private final long start;
    private final List<Migration> migrations = new ArrayList<>();
    private final MigrationResult[] results;
    private int next;
    private int ended;
    private ClusterResult result;

    private ClusterMigration(FlowNetwork network, String cluster, List<MigrationRequest> requests,
            MigrationAlgorithm algorithm, ClusterParameters parameters, Consumer<MigrationResult> eachDone,
            Consumer<ClusterResult> whenDone) {
        super(network.simulation(), cluster);
        this.network = network;
        this.requests = List.copyOf(requests);
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.eachDone = Objects.requireNonNull(eachDone, "eachDone");
        this.whenDone = Objects.requireNonNull(whenDone, "whenDone");
        this.start = network.simulation().now();
        this.results = new MigrationResult[this.requests.size()];
        if (this.requests.isEmpty()) {
            throw new IllegalArgumentException("a cluster migration needs at least one VM: " + cluster);
        }
    }

    /**
     * Starts moving the cluster now.
     *
     * @param cluster  telemetry subject of the cluster (e.g. {@code violin/ve1})
     * @param requests one per VM, in the order they start
     * @param whenDone called, inside the simulation, once every VM's migration has ended
     */
    public static ClusterMigration start(FlowNetwork network, String cluster, List<MigrationRequest> requests,
            MigrationAlgorithm algorithm, ClusterParameters parameters, Consumer<ClusterResult> whenDone) {
        return start(network, cluster, requests, algorithm, parameters, vm -> {
        }, whenDone);
    }

    /**
     * Starts moving the cluster now, and tells {@code eachDone} as each VM's migration ends (a
     * caller keeping placements moves each VM when it arrives, not when the last one does).
     *
     * @param cluster  telemetry subject of the cluster (e.g. {@code violin/ve1})
     * @param requests one per VM, in the order they start
     * @param eachDone called, inside the simulation, when one VM's migration has ended, before
     *                 {@code whenDone} for the last one
     * @param whenDone called, inside the simulation, once every VM's migration has ended
     */
    public static ClusterMigration start(FlowNetwork network, String cluster, List<MigrationRequest> requests,
            MigrationAlgorithm algorithm, ClusterParameters parameters, Consumer<MigrationResult> eachDone,
            Consumer<ClusterResult> whenDone) {
        ClusterMigration move = new ClusterMigration(network, cluster, requests, algorithm, parameters, eachDone,
                whenDone);
        move.emit(EventKind.MIGRATION_START, Map.of(
                Attribute.SOURCE, move.hosts(true),
                Attribute.DESTINATION, move.hosts(false),
                Attribute.ALGORITHM, algorithm.name(),
                Attribute.MEMORY, move.requests.stream().mapToLong(MigrationRequest::memoryBytes).sum(),
                Attribute.DIRTY_RATE, move.requests.stream().mapToDouble(r -> r.memory().dirtyRate(move.start)).sum(),
                Attribute.BANDWIDTH, move.requests.stream().mapToDouble(r -> network.bottleneck(r.route())).min().orElse(0)));
        int first = parameters.maxConcurrent() == 0 ? move.requests.size()
                : Math.min(parameters.maxConcurrent(), move.requests.size());
        for (int i = 0; i < first; i++) {
            move.startNext();
        }
        return move;
    }

    /** The VMs' migrations started so far, in start order. */
    public List<Migration> migrations() {
        return List.copyOf(migrations);
    }

    /** The outcome, once every VM's migration has ended. */
    public Optional<ClusterResult> result() {
        return Optional.ofNullable(result);
    }

    private void startNext() {
        int index = next++;
        migrations.add(Migration.start(network, requests.get(index), algorithm, r -> ended(index, r)));
    }

    private void ended(int index, MigrationResult migration) {
        results[index] = migration;
        ended++;
        eachDone.accept(migration);
        if (next < requests.size()) {
            startNext();
        }
        if (ended < requests.size()) {
            return;
        }
        long outage = 0;
        for (MigrationResult r : results) {
            outage = Math.max(outage, parameters.applicationOutage(r.downtime()));
        }
        result = new ClusterResult(subject(), start, simulation().now(), List.of(results), outage);
        if (result.completed()) {
            emit(EventKind.MIGRATION_END, Map.of(
                    Attribute.TOTAL_BYTES, result.totalBytes(),
                    Attribute.TOTAL_TIME, result.totalTime(),
                    Attribute.DOWNTIME, result.maxDowntime(),
                    Attribute.ROUNDS, (long) maxRounds(),
                    Attribute.REASON, REASON));
        } else {
            emit(EventKind.MIGRATION_FAILED, Map.of(
                    Attribute.REASON, "some migrations of the cluster failed",
                    Attribute.TOTAL_BYTES, result.totalBytes(),
                    Attribute.ROUNDS, (long) maxRounds()));
        }
        whenDone.accept(result);
    }

    private int maxRounds() {
        int max = 0;
        for (MigrationResult r : results) {
            max = Math.max(max, r.rounds());
        }
        return max;
    }

    private String hosts(boolean sources) {
        LinkedHashSet<String> hosts = new LinkedHashSet<>();
        for (MigrationRequest r : requests) {
            hosts.add(sources ? r.source() : r.destination());
        }
        return String.join(" ", hosts);
    }
}
