package org.orrery.sim.migration;

import org.orrery.sim.memory.GuestMemory;

/**
 * The pre-copy loop both semantics share: round 1 sends all of memory while the guest runs; each
 * later round sends the pages dirtied during the one before (the textbook recursion, each round
 * about dirty rate / bandwidth times the previous); then the guest pauses and the rest goes
 * (the switchover). When to stop is what {@link QemuPreCopyProcess} and
 * {@link XenPreCopyProcess} decide differently.
 * <p>
 * Rounds are passes over the dirty pages: pages dirtied while a round runs are all sent in the
 * next one, even those the round had not reached yet (a page dirtied twice is sent once per
 * round). Dirtying is read from the guest's memory profile, slowed by the current throttle.
 */
abstract class PreCopyProcess implements MigrationProcess {

    protected final MigrationContext context;
    protected final GuestMemory memory;
    protected final WireFormat wire;
    protected final PageTransport transport;
    private final double bandwidthLimit;
    private long roundStart;
    private long roundPages;
    private double roundVolume;
    private boolean switchedOver;
    /** Fraction of the guest's CPU time taken away (QEMU's auto-converge); 0 otherwise. */
    protected double throttle;

    PreCopyProcess(MigrationContext context, WireFormat wire, PageTransport transport, double bandwidthLimit) {
        this.context = context;
        this.memory = context.request().memory();
        this.wire = wire;
        this.transport = transport;
        this.bandwidthLimit = bandwidthLimit;
    }

    /** Starts the first round after {@code setupTime} nanoseconds. */
    final PreCopyProcess begin(long setupTime) {
        context.schedule(setupTime, sim -> startRound(true, 0));
        return this;
    }

    @Override
    public final double bytesSent() {
        return transport.totalSent();
    }

    @Override
    public final void cancel() {
        cancelTimers();
        transport.cancel();
    }

    /** Number of the current round, counting from 1. */
    final int roundNumber() {
        return context.rounds() + 1;
    }

    /** Pages the current round carries. */
    final long roundPages() {
        return roundPages;
    }

    /** Wire bytes the current round carries. */
    final double roundVolume() {
        return roundVolume;
    }

    /** The live-round rate limit. */
    final double bandwidthLimit() {
        return bandwidthLimit;
    }

    /** Whether the guest has been paused for the switchover. */
    final boolean switchedOver() {
        return switchedOver;
    }

    final void startRound(boolean wholeMemory, long dirtyPages) {
        roundStart = context.now();
        roundPages = wholeMemory ? wire.pages(memory) : dirtyPages;
        transport.sendRound(wholeMemory, dirtyPages, bandwidthLimit, this::roundSent);
        roundVolume = transport.unsent();
        roundStarted();
    }

    /** Distinct bytes the guest dirtied since the current round started, at the current throttle. */
    final long dirtiedBytes() {
        return memory.dirtiedBytes(roundStart, context.now(), 1 - throttle);
    }

    /** Pages the guest dirtied since the current round started. */
    final long dirtyPages() {
        return wire.pagesOf(dirtiedBytes());
    }

    /** Wire bytes pending now: what the round has left plus what was dirtied since it began. */
    final double pendingBytes(long dirtyPages) {
        return transport.unsent() + transport.dirtyBytes(dirtyPages);
    }

    /**
     * Reports the current round (complete, or cut short by a switchover) as a MIGRATION_ROUND:
     * what it sent, what is pending, the guest's dirty rate over it and the measured bandwidth.
     */
    final void reportRound(long dirtyPages) {
        long elapsed = context.now() - roundStart;
        double dirtyRate = elapsed > 0 ? dirtiedBytes() / (elapsed / 1e9) : memory.dirtyRate(context.now()) * (1 - throttle);
        double bandwidth = transport.rate();
        double pending = pendingBytes(dirtyPages);
        RoundReport report = new RoundReport(Math.round(transport.roundSent()), Math.round(pending), dirtyRate,
                bandwidth);
        report = transport.roundPages().map(report::withPages).orElse(report);
        context.round(throttling() ? report.withThrottle(throttle) : report);
    }

    /**
     * Pauses the guest and sends what is pending at {@code cap}; the VM resumes at the destination
     * once it has all landed.
     */
    final void switchover(String reason, long dirtyPages, double cap) {
        switchedOver = true;
        cancelTimers();
        double pending = pendingBytes(dirtyPages);
        double rate = Math.min(cap, context.network().bottleneck(context.request().route()));
        context.pause(reason, Math.round(pending),
                RoundReport.downtimeAt(pending, rate) + context.network().latency(context.request().route()));
        transport.finish(dirtyPages, cap, () -> context.complete(reason));
    }

    private void roundSent() {
        long dirty = dirtyPages();
        reportRound(dirty);
        roundEnded(dirty);
    }

    /** Called once a round has started. */
    abstract void roundStarted();

    /** Called once a round's last byte has left and it has been reported; decide what comes next. */
    abstract void roundEnded(long dirtyPages);

    /** Unschedules the semantics' own timers. */
    abstract void cancelTimers();

    /** Whether round reports carry the guest's throttle. */
    boolean throttling() {
        return false;
    }
}
