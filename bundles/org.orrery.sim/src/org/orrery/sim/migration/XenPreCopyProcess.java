package org.orrery.sim.migration;

/**
 * Pre-copy as Xen 3.x does it (violin.md): no downtime target. After each live round it stops
 * when the round cap is reached, when the round sent fewer than the minimum pages, or when all
 * rounds together sent more than a multiple of the VM's pages; the guest then pauses and the
 * pages it dirtied during the last round go. The downtime is whatever that last copy takes, so a
 * guest with a hot working set that never shrinks below it pays about the hot set over the
 * bandwidth.
 */
final class XenPreCopyProcess extends PreCopyProcess {

    /** Switchover reason: the round cap. */
    static final String REASON_ROUND_CAP = "round-cap";
    /** Switchover reason: a round sent fewer than the minimum pages. */
    static final String REASON_MIN_PAGES = "min-pages";
    /** Switchover reason: the total-data cap. */
    static final String REASON_DATA_CAP = "data-cap";

    private final XenParameters parameters;
    private long pagesSent;

    XenPreCopyProcess(MigrationContext context, XenParameters parameters, PageTransport transport) {
        super(context, parameters.wire(), transport, parameters.bandwidthLimit());
        this.parameters = parameters;
    }

    @Override
    void roundStarted() {
        // Xen decides only at round ends
    }

    @Override
    void roundEnded(long dirtyPages) {
        pagesSent += roundPages();
        String reason = null;
        if (context.rounds() >= parameters.maxIterations()) {
            reason = REASON_ROUND_CAP;
        } else if (roundPages() < parameters.minPagesPerRound()) {
            reason = REASON_MIN_PAGES;
        } else if (pagesSent > parameters.maxSentFactor() * wire.pages(memory)) {
            reason = REASON_DATA_CAP;
        }
        if (reason == null) {
            startRound(false, dirtyPages);
        } else {
            switchover(reason, dirtyPages, bandwidthLimit());
        }
    }

    @Override
    void cancelTimers() {
        // no timers
    }
}
