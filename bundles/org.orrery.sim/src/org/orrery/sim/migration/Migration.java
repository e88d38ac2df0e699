package org.orrery.sim.migration;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.orrery.sim.Entity;
import org.orrery.sim.SimEvent;
import org.orrery.sim.Simulation;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.LifecycleState;

/**
 * One VM migration in progress: plays its {@link MigrationAlgorithm} out over the request's link
 * and reports, about the VM's subject, MIGRATION_START, one MIGRATION_ROUND per live round,
 * MIGRATION_SWITCHOVER, then MIGRATION_END (or MIGRATION_FAILED when aborted), with LIFECYCLE
 * paused/running and PLACEMENT at the destination around the switchover.
 * <p>
 * Model, and its assumptions:
 * <ul>
 * <li>A round of b bytes takes b / bandwidth (the sender streams; latency does not slow it).</li>
 * <li>While it runs, the guest dirties {@code dirtyRate} bytes per second of memory; what remains
 * after a round is what was left unsent plus what was dirtied, capped at the memory size (a page
 * dirtied twice is sent once).</li>
 * <li>At switchover the VM pauses; the rest takes remaining / bandwidth plus one link latency for
 * the last byte to land before the VM resumes at the destination. That interval is the downtime.</li>
 * </ul>
 */
public final class Migration extends Entity {

    private final MigrationRequest request;
    private final MigrationAlgorithm algorithm;
    private final Consumer<MigrationResult> whenDone;
    private final long start;
    private int rounds;
    private long bytesSent;
    private long bytesRemaining;
    private long pausedAt = -1;
    private SimEvent pending;
    private MigrationResult result;

    private Migration(Simulation simulation, MigrationRequest request, MigrationAlgorithm algorithm,
            Consumer<MigrationResult> whenDone) {
        super(simulation, request.vm());
        this.request = request;
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.whenDone = Objects.requireNonNull(whenDone, "whenDone");
        this.start = simulation.now();
        this.bytesRemaining = request.memoryBytes();
    }

    /** Starts a migration now. */
    public static Migration start(Simulation simulation, MigrationRequest request, MigrationAlgorithm algorithm) {
        return start(simulation, request, algorithm, result -> {
        });
    }

    /**
     * Starts a migration now; {@code whenDone} is called, inside the simulation, when it completes
     * or is aborted.
     */
    public static Migration start(Simulation simulation, MigrationRequest request, MigrationAlgorithm algorithm,
            Consumer<MigrationResult> whenDone) {
        Migration migration = new Migration(simulation, request, algorithm, whenDone);
        migration.emit(EventKind.MIGRATION_START, Map.of(
                Attribute.SOURCE, request.source(),
                Attribute.DESTINATION, request.destination(),
                Attribute.ALGORITHM, algorithm.name(),
                Attribute.MEMORY, request.memoryBytes(),
                Attribute.DIRTY_RATE, request.dirtyRate(),
                Attribute.BANDWIDTH, request.link().bytesPerSecond()));
        migration.nextStep();
        return migration;
    }

    /** The migration's request. */
    public MigrationRequest request() {
        return request;
    }

    /** The outcome, once the migration completed or was aborted. */
    public Optional<MigrationResult> result() {
        return Optional.ofNullable(result);
    }

    /**
     * Abandons the migration: the VM keeps (or resumes) running on the source. Reports
     * MIGRATION_FAILED with {@code reason}.
     *
     * @return false when it had already ended
     */
    public boolean abort(String reason) {
        if (result != null) {
            return false;
        }
        simulation().unschedule(pending);
        if (pausedAt >= 0) {
            emit(EventKind.LIFECYCLE, Map.of(Attribute.STATE, LifecycleState.RUNNING, Attribute.HOST, request.source()));
        }
        emit(EventKind.MIGRATION_FAILED, Map.of(Attribute.REASON, reason, Attribute.TOTAL_BYTES, bytesSent,
                Attribute.ROUNDS, (long) rounds));
        finish(new MigrationResult(request, algorithm.name(), start, simulation().now(), bytesSent,
                pausedAt >= 0 ? simulation().now() - pausedAt : 0, rounds, reason, false));
        return true;
    }

    private void nextStep() {
        MigrationStep step = algorithm.next(
                new MigrationProgress(request, rounds, bytesSent, bytesRemaining, simulation().now() - start));
        switch (step) {
            case MigrationStep.LiveRound round -> liveRound(round.bytes());
            case MigrationStep.Switchover switchover -> switchover(switchover.reason());
        }
    }

    private void liveRound(long bytes) {
        if (bytes <= 0 || bytes > bytesRemaining) {
            throw new IllegalStateException(algorithm.name() + " asked for a live round of " + bytes
                    + " bytes with " + bytesRemaining + " remaining");
        }
        long duration = request.link().transferTime(bytes);
        pending = schedule(duration, sim -> roundDone(bytes, duration));
    }

    private void roundDone(long bytes, long duration) {
        rounds++;
        bytesSent += bytes;
        long dirtied = Math.round(request.dirtyRate() * duration / 1e9);
        bytesRemaining = Math.min(request.memoryBytes(), bytesRemaining - bytes + dirtied);
        emit(EventKind.MIGRATION_ROUND, Map.of(
                Attribute.ITERATION, (long) rounds,
                Attribute.BYTES_SENT, bytes,
                Attribute.BYTES_REMAINING, bytesRemaining,
                Attribute.DIRTY_RATE, request.dirtyRate(),
                Attribute.BANDWIDTH, request.link().bytesPerSecond(),
                Attribute.EXPECTED_DOWNTIME, downtimeFor(bytesRemaining)));
        nextStep();
    }

    private void switchover(String reason) {
        pausedAt = simulation().now();
        emit(EventKind.LIFECYCLE, Map.of(Attribute.STATE, LifecycleState.PAUSED, Attribute.HOST, request.source()));
        emit(EventKind.MIGRATION_SWITCHOVER, Map.of(Attribute.BYTES_REMAINING, bytesRemaining,
                Attribute.EXPECTED_DOWNTIME, downtimeFor(bytesRemaining), Attribute.REASON, reason));
        long lastBytes = bytesRemaining;
        pending = schedule(downtimeFor(lastBytes), sim -> completed(lastBytes, reason));
    }

    private void completed(long lastBytes, String reason) {
        bytesSent += lastBytes;
        bytesRemaining = 0;
        long now = simulation().now();
        emit(EventKind.PLACEMENT, Map.of(Attribute.HOST, request.destination()));
        emit(EventKind.LIFECYCLE, Map.of(Attribute.STATE, LifecycleState.RUNNING, Attribute.HOST, request.destination()));
        emit(EventKind.MIGRATION_END, Map.of(
                Attribute.TOTAL_BYTES, bytesSent,
                Attribute.TOTAL_TIME, now - start,
                Attribute.DOWNTIME, now - pausedAt,
                Attribute.ROUNDS, (long) rounds,
                Attribute.REASON, reason));
        finish(new MigrationResult(request, algorithm.name(), start, now, bytesSent, now - pausedAt, rounds, reason,
                true));
    }

    private long downtimeFor(long bytes) {
        return request.link().transferTime(bytes) + request.link().latency();
    }

    private void finish(MigrationResult outcome) {
        result = outcome;
        pending = null;
        whenDone.accept(outcome);
    }
}
