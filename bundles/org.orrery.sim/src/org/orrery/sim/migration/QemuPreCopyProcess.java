package org.orrery.sim.migration;

import java.util.Locale;

import org.orrery.sim.SimEvent;

/**
 * Pre-copy as QEMU/KVM does it (qemu-precopy.md):
 * <ul>
 * <li>Live rounds run at the bandwidth limit; the final copy goes unlimited.</li>
 * <li>The switchover test is "pending &lt;= measured rate x max downtime" (the threshold). QEMU
 * applies it at dirty-bitmap syncs: at the end of each round, and inside a round once what the
 * round has left falls to the threshold, then every {@code syncInterval} while it stays there.
 * At a sync, pending = what the round has left + what the guest dirtied since the round began.
 * So an idle guest switches over with a whole threshold still to send, and its downtime is the
 * largest.</li>
 * <li>QEMU never gives up: a guest that dirties as fast as it is copied goes on forever. This
 * model reports it (a MESSAGE with reason {@link PreCopyMigration#WARNING_NON_CONVERGING}) once
 * {@code nonConvergenceRounds} rounds in a row failed to shrink, unless auto-converge can still
 * throttle harder; a management timeout, if set, then pauses the guest and sends the rest at the
 * limited rate.</li>
 * <li>A round cap, when set (QEMU has none), pauses the guest after that many rounds.</li>
 * <li>Auto-converge, when on: over periods of at least one second (checked at round ends), if
 * the guest dirtied more than {@code throttleTrigger} of what was sent, twice, the throttle rises
 * (first to {@code throttleInitial}, then by {@code throttleIncrement} up to {@code throttleMax})
 * and the guest's dirtying slows in proportion.</li>
 * </ul>
 */
final class QemuPreCopyProcess extends PreCopyProcess {

    /** Floor between two threshold checks, so a rate estimate that lags never spins. */
    private static final long MIN_CHECK = 1_000L;
    private static final long SECOND = 1_000_000_000L;

    private final QemuParameters parameters;
    private SimEvent check;
    private SimEvent timeout;
    private int roundsNotShrinking;
    private boolean reportedNonConvergence;
    private long periodStart;
    private double periodDirtied;
    private double periodSent;
    private int dirtyRateHighCount;

    QemuPreCopyProcess(MigrationContext context, QemuParameters parameters, PageTransport transport) {
        super(context, parameters.wire(), transport, parameters.bandwidthLimit());
        this.parameters = parameters;
        this.periodStart = context.now();
        if (parameters.managementTimeout() != QemuParameters.NO_TIMEOUT) {
            timeout = context.schedule(parameters.managementTimeout(), sim -> managementTimeout());
        }
    }

    @Override
    void roundStarted() {
        watchForThreshold();
    }

    @Override
    void roundEnded(long dirtyPages) {
        context.unschedule(check);
        double next = transport.dirtyBytes(dirtyPages);
        if (fitsThreshold(next)) {
            switchover(PreCopyMigration.REASON_DOWNTIME_TARGET, dirtyPages, Double.POSITIVE_INFINITY);
            return;
        }
        if (context.rounds() >= parameters.maxRounds()) {
            switchover(PreCopyMigration.REASON_ROUND_CAP, dirtyPages, Double.POSITIVE_INFINITY);
            return;
        }
        if (parameters.autoConverge()) {
            autoConverge(dirtiedBytes(), roundVolume());
        }
        watchConvergence(next);
        startRound(false, dirtyPages);
    }

    @Override
    void cancelTimers() {
        context.unschedule(check);
        context.unschedule(timeout);
        check = null;
        timeout = null;
    }

    @Override
    boolean throttling() {
        return parameters.autoConverge();
    }

    /** QEMU's threshold: the measured rate times the maximum downtime, bytes. */
    private double threshold() {
        return transport.rate() * (parameters.maxDowntime() / 1e9);
    }

    /** Whether {@code bytes} fit the threshold, forgiving the rounding of flow progress to whole nanoseconds. */
    private boolean fitsThreshold(double bytes) {
        return bytes <= threshold() * (1 + 1e-9) + 1;
    }

    /** Waits until what the round has left falls to the threshold, then syncs. */
    private void watchForThreshold() {
        double left = transport.unsent();
        if (fitsThreshold(left)) {
            sync();
            return;
        }
        long wait = (long) Math.ceil((left - threshold()) / transport.rate() * 1e9);
        check = context.schedule(Math.max(MIN_CHECK, wait), sim -> watchForThreshold());
    }

    /** A dirty-bitmap sync inside a round: switch over if everything pending fits the threshold. */
    private void sync() {
        long dirty = dirtyPages();
        if (fitsThreshold(pendingBytes(dirty))) {
            reportRound(dirty);
            switchover(PreCopyMigration.REASON_DOWNTIME_TARGET, dirty, Double.POSITIVE_INFINITY);
            return;
        }
        check = context.schedule(parameters.syncInterval(), sim -> sync());
    }

    private void managementTimeout() {
        timeout = null;
        if (switchedOver()) {
            return;
        }
        long dirty = dirtyPages();
        reportRound(dirty);
        // the management layer pauses the guest; QEMU keeps its limit for what is left
        switchover(PreCopyMigration.REASON_TIMEOUT, dirty, bandwidthLimit());
    }

    private void autoConverge(double dirtied, double sent) {
        periodDirtied += dirtied;
        periodSent += sent;
        if (context.now() - periodStart < SECOND) {
            return;
        }
        if (periodDirtied > parameters.throttleTrigger() * periodSent && ++dirtyRateHighCount >= 2) {
            dirtyRateHighCount = 0;
            throttle = throttle == 0 ? parameters.throttleInitial()
                    : Math.min(parameters.throttleMax(), throttle + parameters.throttleIncrement());
        }
        periodStart = context.now();
        periodDirtied = 0;
        periodSent = 0;
    }

    private void watchConvergence(double nextRound) {
        roundsNotShrinking = nextRound >= roundVolume() * (1 - 1e-9) ? roundsNotShrinking + 1 : 0;
        boolean canStillThrottle = parameters.autoConverge() && throttle < parameters.throttleMax();
        if (roundsNotShrinking >= parameters.nonConvergenceRounds() && !canStillThrottle && !reportedNonConvergence) {
            reportedNonConvergence = true;
            double dirtyRate = memory.dirtyRate(context.now()) * (1 - throttle);
            context.warn(PreCopyMigration.WARNING_NON_CONVERGING, String.format(Locale.ROOT,
                    "%s does not converge: it dirties %.1f MB/s while %.1f MB/s are copied; QEMU keeps copying"
                            + " until a management timeout or an abort",
                    context.request().vm(), dirtyRate / 1e6, transport.rate() / 1e6));
        }
    }
}
