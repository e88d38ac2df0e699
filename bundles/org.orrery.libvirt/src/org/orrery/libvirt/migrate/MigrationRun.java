package org.orrery.libvirt.migrate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.orrery.libvirt.ConnectionManager;
import org.orrery.libvirt.DomainState;
import org.orrery.libvirt.DomainSummary;
import org.orrery.libvirt.HypervisorConnection;
import org.orrery.libvirt.HypervisorException;
import org.orrery.libvirt.JobProgress;
import org.orrery.libvirt.LibvirtTelemetry;
import org.orrery.libvirt.MigrationSettings;
import org.orrery.libvirt.internal.Messages;
import org.orrery.libvirt.migrate.MigrationOutcome.Result;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;

/**
 * One migration on its thread: the blocking libvirt call here, a poller of the job's statistics
 * beside it, then the check of where the VM runs and the outcome.
 * <p>
 * libvirt's memory iteration counts QEMU's dirty-bitmap synchronisations; a MIGRATION_ROUND is
 * written each time it advances (the round that ended), and once more for the round under way at
 * the switchover, so a completed migration always has at least one.
 */
final class MigrationRun implements Runnable {

    private static final String ALGORITHM = "qemu-precopy";
    private static final long NANOS_PER_MILLI = 1_000_000;
    private static final long BYTES_PER_MIB = 1024 * 1024;

    private final ConnectionManager manager;
    private final MigrationHandle handle;
    private final MigrationSettings settings;
    private final Consumer<MigrationOutcome> whenDone;
    private final String subject;
    // written by the poller thread, read after it stopped
    private long iteration;
    private long roundStartProcessed;
    private long lastProcessed;
    private boolean switchedOver;
    private boolean downtimeSet;
    private boolean pollFailed;
    private JobProgress last;
    private long started;

    MigrationRun(ConnectionManager manager, MigrationHandle handle, MigrationSettings settings,
            Consumer<MigrationOutcome> whenDone) {
        this.manager = manager;
        this.handle = handle;
        this.settings = settings;
        this.whenDone = whenDone;
        this.subject = LibvirtTelemetry.vm(handle.domain());
    }

    @Override
    public void run() {
        started = manager.now();
        MigrationOutcome outcome;
        try {
            outcome = migrate();
        } catch (RuntimeException e) {
            outcome = new MigrationOutcome(Result.FAILED, null, String.valueOf(e), manager.now() - started, -1,
                    iteration, lastProcessed);
        }
        try {
            whenDone.accept(outcome);
        } finally {
            handle.finish(outcome);
        }
    }

    private MigrationOutcome migrate() {
        String name = handle.domain();
        HypervisorConnection source;
        HypervisorConnection destination;
        try {
            source = manager.connect(handle.source());
            destination = manager.connect(handle.destination());
            DomainSummary domain = source.domain(name);
            if (!domain.active()) {
                return failed(NLS.bind(Messages.Migrate_notRunning, name, handle.sourceName()), handle.source(), false);
            }
            start(domain);
        } catch (HypervisorException e) {
            return failed(e.getMessage(), null, false);
        }
        handle.cancelWith(() -> abort(source, name));
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "orrery-migration-poll-" + name);
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> poll(source), settings.pollMillis(), settings.pollMillis(),
                TimeUnit.MILLISECONDS);
        HypervisorException failure = null;
        try {
            source.migrate(name, destination, settings);
        } catch (HypervisorException e) {
            failure = e;
        } finally {
            poller.shutdown();
            try {
                poller.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            handle.cancelWith(() -> {
            });
        }
        return failure == null ? completed(destination) : afterFailure(failure);
    }

    private void start(DomainSummary domain) {
        Map<String, Object> a = new HashMap<>();
        a.put(Attribute.SOURCE, handle.source());
        a.put(Attribute.DESTINATION, handle.destination());
        a.put(Attribute.ALGORITHM, ALGORITHM);
        a.put(Attribute.MEMORY, domain.memoryKiB() * 1024);
        a.put(Attribute.DIRTY_RATE, 0.0); // unknown until QEMU has measured it: the rounds carry it
        double limit = settings.bandwidthMiBps() * (double) BYTES_PER_MIB;
        a.put(Attribute.BANDWIDTH, limit);
        if (settings.bandwidthMiBps() > 0) {
            a.put(Attribute.BANDWIDTH_LIMIT, limit);
        }
        if (settings.maxDowntimeMs() > 0) {
            a.put(Attribute.MAX_DOWNTIME, settings.maxDowntimeMs() * NANOS_PER_MILLI);
        }
        emit(EventKind.MIGRATION_START, a);
    }

    /** One read of the job's statistics, on the poller's thread. */
    private void poll(HypervisorConnection source) {
        String name = handle.domain();
        try {
            Optional<JobProgress> read = source.jobProgress(name, false);
            if (read.isEmpty() || !read.get().active()) {
                return;
            }
            JobProgress p = read.get();
            handle.progressed(p);
            if (!downtimeSet && settings.maxDowntimeMs() > 0) {
                source.setMaxDowntime(name, settings.maxDowntimeMs());
                downtimeSet = true;
            }
            if (settings.timeoutSeconds() > 0 && p.elapsedMillis() > settings.timeoutSeconds() * 1000) {
                abort(source, name);
            }
            if (iteration > 0 && p.iteration() > iteration) {
                round(p);
            }
            if (iteration == 0 || p.iteration() > iteration) {
                iteration = p.iteration();
            }
            last = p;
            lastProcessed = Math.max(lastProcessed, p.memoryProcessed());
            Map<String, Object> a = new HashMap<>();
            a.put(Attribute.ITERATION, p.iteration());
            a.put(LibvirtTelemetry.BYTES_PROCESSED, p.dataProcessed());
            a.put(Attribute.BYTES_REMAINING, p.dataRemaining());
            a.put(Attribute.DIRTY_RATE, Math.max(0, p.dirtyRateBytesPerSecond()));
            a.put(Attribute.BANDWIDTH, (double) Math.max(0, p.bytesPerSecond()));
            a.put(Attribute.EXPECTED_DOWNTIME, Math.max(0, p.downtimeMillis()) * NANOS_PER_MILLI);
            emit(EventKind.METRIC, a);
            if (!switchedOver && source.domain(name).state() == DomainState.PAUSED) {
                switchover(p);
            }
        } catch (HypervisorException e) {
            // the job may have ended between two calls; the blocking call reports real failures
        } catch (RuntimeException e) {
            // an exception would end the poller's schedule for good: report it once, go on polling
            if (!pollFailed) {
                pollFailed = true;
                emit(EventKind.MESSAGE, Map.of(Attribute.TEXT, "reading the job statistics failed: " + e,
                        Attribute.EVENT, "error"));
            }
        }
    }

    /** The round {@link #iteration} ended; {@code p} are the statistics read just after. */
    private void round(JobProgress p) {
        long processed = p.memoryProcessed();
        Map<String, Object> a = new HashMap<>();
        a.put(Attribute.ITERATION, iteration);
        a.put(Attribute.BYTES_SENT, Math.max(0, processed - roundStartProcessed));
        a.put(Attribute.BYTES_REMAINING, Math.max(0, p.memoryRemaining()));
        a.put(Attribute.DIRTY_RATE, Math.max(0, p.dirtyRateBytesPerSecond()));
        a.put(Attribute.BANDWIDTH, (double) Math.max(0, p.bytesPerSecond()));
        a.put(Attribute.EXPECTED_DOWNTIME, Math.max(0, p.downtimeMillis()) * NANOS_PER_MILLI);
        emit(EventKind.MIGRATION_ROUND, a);
        roundStartProcessed = processed;
    }

    private void switchover(JobProgress p) {
        switchedOver = true;
        emit(EventKind.MIGRATION_SWITCHOVER, Map.of(Attribute.BYTES_REMAINING, Math.max(0, p.memoryRemaining()),
                Attribute.EXPECTED_DOWNTIME, Math.max(0, p.downtimeMillis()) * NANOS_PER_MILLI,
                Attribute.REASON, "downtime-target"));
    }

    private MigrationOutcome completed(HypervisorConnection destination) {
        String name = handle.domain();
        JobProgress done = null;
        try {
            done = destination.jobProgress(name, true).orElse(null);
        } catch (HypervisorException e) {
            // the final figures are a nicety: the migration itself succeeded
        }
        // the round under way at the switchover ended too; with no statistics read at all (a
        // migration faster than one poll) the final figures stand for it
        JobProgress basis = last != null ? last : done;
        if (iteration == 0) {
            iteration = Math.max(1, basis == null ? 1 : basis.iteration());
        }
        round(basis != null ? basis : new JobProgress(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0));
        if (!switchedOver && last != null) {
            switchover(last);
        }
        long total = manager.now() - started;
        long downtime = done == null ? -1 : done.downtimeMillis();
        long bytes = done == null ? lastProcessed : done.dataProcessed();
        long rounds = done == null ? iteration : done.iteration();
        emit(EventKind.PLACEMENT, Map.of(Attribute.HOST, handle.destination()));
        emit(EventKind.MIGRATION_END, Map.of(Attribute.TOTAL_BYTES, bytes, Attribute.TOTAL_TIME, total,
                Attribute.DOWNTIME, Math.max(0, downtime) * NANOS_PER_MILLI, Attribute.ROUNDS, rounds,
                Attribute.REASON, "downtime-target"));
        String where = handle.destination();
        String shownWhere = handle.destinationName();
        String message;
        try {
            DomainSummary there = destination.domain(name);
            String seconds = String.format(java.util.Locale.ROOT, "%.1f", total / 1e9);
            message = there.active() ? NLS.bind(Messages.Migrate_completed, new Object[] {name, shownWhere, seconds,
                Math.max(0, downtime)}) : NLS.bind(Messages.Migrate_completedNotRunning, name, shownWhere);
            if (!there.active()) {
                where = null;
            }
        } catch (HypervisorException e) {
            message = NLS.bind(Messages.Migrate_completedUnchecked, new Object[] {name, shownWhere, e.getMessage()});
        }
        return new MigrationOutcome(Result.COMPLETED, where, message, total, downtime, rounds, bytes);
    }

    /**
     * After a failed or cancelled migration: where does the VM run, is anything half-defined? Asks
     * through the manager's current connections: the ones the migration used may have been dropped
     * (a monitor noticed the host die) and a host that came back has a new one.
     */
    private MigrationOutcome afterFailure(HypervisorException failure) {
        String name = handle.domain();
        boolean cancelled = failure.reason() == HypervisorException.Reason.CANCELLED || handle.isCancelRequested();
        StringBuilder message = new StringBuilder(cancelled ? NLS.bind(Messages.Migrate_cancelled, name)
                : failure.getMessage());
        String runningOn = null;
        if (isRunning(handle.source(), name, message, handle.sourceName())) {
            runningOn = handle.source();
            message.append(' ').append(NLS.bind(Messages.Migrate_stillOnSource, handle.sourceName()));
        }
        try {
            Optional<DomainSummary> copy = manager.connect(handle.destination()).findDomain(name);
            if (copy.isPresent() && copy.get().active() && runningOn == null) {
                runningOn = handle.destination();
                message.append(' ').append(NLS.bind(Messages.Migrate_onDestinationAnyway, handle.destinationName()));
            } else if (copy.isPresent()) {
                message.append(' ').append(NLS.bind(Messages.Migrate_leftover, name, handle.destinationName()));
            } else {
                message.append(' ').append(NLS.bind(Messages.Migrate_nothingLeft, handle.destinationName()));
            }
        } catch (HypervisorException e) {
            message.append(' ').append(NLS.bind(Messages.Migrate_destinationUnchecked, handle.destinationName(),
                    e.getMessage()));
        }
        if (runningOn == null) {
            message.append(' ').append(Messages.Migrate_lost);
        }
        emit(EventKind.MIGRATION_FAILED, Map.of(Attribute.REASON, cancelled ? "cancelled" : failure.getMessage(),
                Attribute.TOTAL_BYTES, lastProcessed, Attribute.ROUNDS, iteration));
        return new MigrationOutcome(cancelled ? Result.CANCELLED : Result.FAILED, runningOn, message.toString(),
                manager.now() - started, -1, iteration, lastProcessed);
    }

    private boolean isRunning(String uri, String name, StringBuilder message, String shownAs) {
        try {
            return manager.connect(uri).findDomain(name).map(DomainSummary::active).orElse(false);
        } catch (HypervisorException e) {
            message.append(' ').append(NLS.bind(Messages.Migrate_sourceUnchecked, shownAs, e.getMessage()));
            return false;
        }
    }

    private MigrationOutcome failed(String message, String runningOn, boolean cancelled) {
        emit(EventKind.MIGRATION_FAILED, Map.of(Attribute.REASON, message, Attribute.TOTAL_BYTES, 0L,
                Attribute.ROUNDS, 0L));
        return new MigrationOutcome(cancelled ? Result.CANCELLED : Result.FAILED, runningOn, message,
                manager.now() - started, -1, 0, 0);
    }

    private static void abort(HypervisorConnection source, String name) {
        try {
            source.abortJob(name);
        } catch (HypervisorException e) {
            // no job (it just ended) or the host is gone: the blocking call reports how it ended
        }
    }

    private void emit(EventKind kind, Map<String, Object> attributes) {
        manager.telemetry().append(new TelemetryEvent(manager.now(), kind, subject, attributes));
    }
}
