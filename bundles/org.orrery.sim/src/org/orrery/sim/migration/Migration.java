package org.orrery.sim.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.orrery.sim.Entity;
import org.orrery.sim.network.FlowNetwork;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.LifecycleState;

/**
 * One migration in progress, and the handle a caller keeps: it reports, about the VM's subject,
 * MIGRATION_START, then whatever its {@link MigrationAlgorithm} does through its
 * {@link MigrationContext} (MIGRATION_ROUND per live round, LIFECYCLE paused and
 * MIGRATION_SWITCHOVER, PLACEMENT and LIFECYCLE running at the destination, MIGRATION_END), or
 * MIGRATION_FAILED when aborted. Transfers share the {@link FlowNetwork} with every other flow.
 */
public final class Migration extends Entity {

    private final FlowNetwork network;
    private final MigrationRequest request;
    private final MigrationAlgorithm algorithm;
    private final Consumer<MigrationResult> whenDone;
    private final long start;
    private MigrationProcess process;
    private int rounds;
    private long pausedAt = -1;
    private long resumedAt = -1;
    private MigrationResult result;

    private Migration(FlowNetwork network, MigrationRequest request, MigrationAlgorithm algorithm,
            Consumer<MigrationResult> whenDone) {
        super(network.simulation(), request.vm());
        this.network = network;
        this.request = request;
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.whenDone = Objects.requireNonNull(whenDone, "whenDone");
        this.start = network.simulation().now();
    }

    /** Starts a migration now over {@code network}. */
    public static Migration start(FlowNetwork network, MigrationRequest request, MigrationAlgorithm algorithm) {
        return start(network, request, algorithm, result -> {
        });
    }

    /**
     * Starts a migration now over {@code network}; {@code whenDone} is called, inside the
     * simulation, when it completes or is aborted.
     */
    public static Migration start(FlowNetwork network, MigrationRequest request, MigrationAlgorithm algorithm,
            Consumer<MigrationResult> whenDone) {
        Migration migration = new Migration(network, request, algorithm, whenDone);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(Attribute.SOURCE, request.source());
        attributes.put(Attribute.DESTINATION, request.destination());
        attributes.put(Attribute.ALGORITHM, algorithm.name());
        attributes.put(Attribute.MEMORY, request.memoryBytes());
        attributes.put(Attribute.DIRTY_RATE, request.memory().dirtyRate(migration.start));
        attributes.put(Attribute.BANDWIDTH, network.bottleneck(request.route()));
        attributes.putAll(algorithm.startAttributes());
        migration.emit(EventKind.MIGRATION_START, attributes);
        migration.process = Objects.requireNonNull(algorithm.start(new MigrationContext(migration)), "process");
        return migration;
    }

    /** The migration's request. */
    public MigrationRequest request() {
        return request;
    }

    /** The algorithm's name. */
    public String algorithm() {
        return algorithm.name();
    }

    /** The outcome, once the migration completed or was aborted. */
    public Optional<MigrationResult> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Abandons the migration: its transfers stop and the VM keeps (or resumes) running on the
     * source. Reports MIGRATION_FAILED with {@code reason}. A post-copy migration past its
     * switchover cannot fall back: the VM's memory is split between the hosts, so it is reported
     * crashed.
     *
     * @return false when it had already ended
     */
    public boolean abort(String reason) {
        if (result != null) {
            return false;
        }
        process.cancel();
        fail(reason);
        return true;
    }

    FlowNetwork network() {
        return network;
    }

    long startTime() {
        return start;
    }

    int rounds() {
        return rounds;
    }

    boolean isPaused() {
        return pausedAt >= 0 && resumedAt < 0;
    }

    void reportRound(RoundReport report) {
        checkRunning();
        rounds++;
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(Attribute.ITERATION, (long) rounds);
        attributes.put(Attribute.BYTES_SENT, report.bytesSent());
        attributes.put(Attribute.BYTES_REMAINING, report.bytesRemaining());
        attributes.put(Attribute.DIRTY_RATE, report.dirtyRate());
        attributes.put(Attribute.BANDWIDTH, report.bandwidth());
        attributes.put(Attribute.EXPECTED_DOWNTIME, report.expectedDowntime());
        report.pages().ifPresent(pages -> {
            attributes.put(Attribute.PAGES_FULL, pages.full());
            attributes.put(Attribute.PAGES_DEDUPLICATED, pages.deduplicated());
            attributes.put(Attribute.PAGES_PULLED, pages.pulled());
            attributes.put(Attribute.PAGES_ZERO, pages.zero());
        });
        report.throttle().ifPresent(throttle -> attributes.put(Attribute.THROTTLE, throttle));
        emit(EventKind.MIGRATION_ROUND, attributes);
    }

    void pause(String reason, long bytesRemaining, long expectedDowntime) {
        checkRunning();
        if (pausedAt >= 0) {
            throw new IllegalStateException(request.vm() + " is already paused for its switchover");
        }
        pausedAt = simulation().now();
        emit(EventKind.LIFECYCLE, Map.of(Attribute.STATE, LifecycleState.PAUSED, Attribute.HOST, request.source()));
        emit(EventKind.MIGRATION_SWITCHOVER, Map.of(Attribute.BYTES_REMAINING, bytesRemaining,
                Attribute.EXPECTED_DOWNTIME, expectedDowntime, Attribute.REASON, reason));
    }

    void resumeAtDestination() {
        checkRunning();
        if (pausedAt < 0 || resumedAt >= 0) {
            throw new IllegalStateException(request.vm() + " must be paused, and only once, before it resumes");
        }
        resumedAt = simulation().now();
        emit(EventKind.PLACEMENT, Map.of(Attribute.HOST, request.destination()));
        emit(EventKind.LIFECYCLE, Map.of(Attribute.STATE, LifecycleState.RUNNING, Attribute.HOST, request.destination()));
    }

    void complete(String reason) {
        checkRunning();
        if (resumedAt < 0) {
            resumeAtDestination();
        }
        long now = simulation().now();
        long totalBytes = Math.round(process.bytesSent());
        emit(EventKind.MIGRATION_END, Map.of(
                Attribute.TOTAL_BYTES, totalBytes,
                Attribute.TOTAL_TIME, now - start,
                Attribute.DOWNTIME, resumedAt - pausedAt,
                Attribute.ROUNDS, (long) rounds,
                Attribute.REASON, reason));
        finish(new MigrationResult(request, algorithm.name(), start, now, totalBytes, resumedAt - pausedAt, rounds,
                reason, true));
    }

    void fail(String reason) {
        checkRunning();
        long now = simulation().now();
        if (resumedAt >= 0) {
            emit(EventKind.LIFECYCLE, Map.of(Attribute.STATE, LifecycleState.CRASHED, Attribute.HOST,
                    request.destination()));
        } else if (pausedAt >= 0) {
            emit(EventKind.LIFECYCLE, Map.of(Attribute.STATE, LifecycleState.RUNNING, Attribute.HOST, request.source()));
        }
        long totalBytes = Math.round(process.bytesSent());
        emit(EventKind.MIGRATION_FAILED, Map.of(Attribute.REASON, reason, Attribute.TOTAL_BYTES, totalBytes,
                Attribute.ROUNDS, (long) rounds));
        long downtime = pausedAt < 0 ? 0 : (resumedAt >= 0 ? resumedAt : now) - pausedAt;
        finish(new MigrationResult(request, algorithm.name(), start, now, totalBytes, downtime, rounds, reason, false));
    }

    void warn(String reason, String text) {
        emit(EventKind.MESSAGE, Map.of(Attribute.REASON, reason, Attribute.TEXT, text));
    }

    private void checkRunning() {
        if (result != null) {
            throw new IllegalStateException("the migration of " + request.vm() + " has already ended");
        }
    }

    private void finish(MigrationResult outcome) {
        result = outcome;
        whenDone.accept(outcome);
    }
}
