package org.orrery.ui.views.internal.timeline;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.TelemetryEvent;

/**
 * One live round of a migration as its MIGRATION_ROUND event reports it; the round began when the
 * previous one (or the migration, or for post-copy its switchover) ended.
 *
 * @param iteration        the engine's round number, from 1
 * @param start            when it began, ns
 * @param end              when it ended (the event's time), ns
 * @param bytesSent        bytes sent in it
 * @param bytesRemaining   dirty bytes left after it
 * @param dirtyRate        the guest's dirty rate, B/s
 * @param bandwidth        bandwidth the transfer had, B/s
 * @param expectedDowntime downtime a switchover right after it would cause, ns (-1 unknown)
 * @param pagesFull        pages sent whole (-1 when the engine does not count page classes)
 * @param pagesDeduplicated pages sent as a reference (Shrinker), -1 unknown
 * @param pagesPulled      pages the destination fetched itself, -1 unknown
 * @param pagesZero        zero pages, -1 unknown
 * @param throttle         auto-converge CPU throttle, a fraction, NaN when not reported
 * @param afterSwitchover  true for post-copy rounds: the VM already runs at the destination
 */
public record Round(long iteration, long start, long end, long bytesSent, long bytesRemaining, double dirtyRate,
        double bandwidth, long expectedDowntime, long pagesFull, long pagesDeduplicated, long pagesPulled,
        long pagesZero, double throttle, boolean afterSwitchover) {

    /** Dirty rate at or above this share of the bandwidth draws amber: close to not converging. */
    public static final double AMBER_RATIO = 0.8;
    /**
     * Dirty rate at or above this share of the bandwidth cannot converge. Not exactly 1: engines
     * report a guest that dirties exactly as fast as the link as 124999999.99999999 vs 125000000.
     */
    public static final double RED_RATIO = 1 - 1e-9;

    static Round of(TelemetryEvent e, long start, boolean afterSwitchover) {
        return new Round(whole(e, Attribute.ITERATION), start, e.time(), whole(e, Attribute.BYTES_SENT),
                whole(e, Attribute.BYTES_REMAINING), e.number(Attribute.DIRTY_RATE, Double.NaN),
                e.number(Attribute.BANDWIDTH, Double.NaN), whole(e, Attribute.EXPECTED_DOWNTIME),
                whole(e, Attribute.PAGES_FULL), whole(e, Attribute.PAGES_DEDUPLICATED),
                whole(e, Attribute.PAGES_PULLED), whole(e, Attribute.PAGES_ZERO),
                e.number(Attribute.THROTTLE, Double.NaN), afterSwitchover);
    }

    static long whole(TelemetryEvent e, String key) {
        double v = e.number(key, Double.NaN);
        return Double.isNaN(v) ? -1 : Math.round(v);
    }

    /**
     * Consecutive rounds drawn as one (they are too narrow apart): from the first's start to the
     * last's end, the largest bytes sent, what the last left, the rates of the round nearest to
     * not converging, page counts summed.
     */
    public static Round merge(java.util.List<Round> rounds) {
        Round first = rounds.get(0);
        Round last = rounds.get(rounds.size() - 1);
        Round worst = first;
        long sent = 0;
        long[] pages = new long[4];
        boolean[] counted = new boolean[4];
        for (Round r : rounds) {
            sent = Math.max(sent, r.bytesSent());
            if (!Double.isNaN(r.dirtyRatio()) && !(r.dirtyRatio() <= worst.dirtyRatio())) {
                worst = r;
            }
            long[] of = {r.pagesFull(), r.pagesDeduplicated(), r.pagesPulled(), r.pagesZero()};
            for (int k = 0; k < 4; k++) {
                if (of[k] >= 0) {
                    pages[k] += of[k];
                    counted[k] = true;
                }
            }
        }
        return new Round(last.iteration(), first.start(), last.end(), sent, last.bytesRemaining(), worst.dirtyRate(),
                worst.bandwidth(), last.expectedDowntime(), counted[0] ? pages[0] : -1, counted[1] ? pages[1] : -1,
                counted[2] ? pages[2] : -1, counted[3] ? pages[3] : -1, last.throttle(), last.afterSwitchover());
    }

    /** Its length, ns. */
    public long duration() {
        return end - start;
    }

    /** Dirty rate over bandwidth; NaN when either is unknown or the bandwidth is zero. */
    public double dirtyRatio() {
        return Double.isNaN(dirtyRate) || Double.isNaN(bandwidth) || bandwidth <= 0 ? Double.NaN : dirtyRate / bandwidth;
    }

    /**
     * Whether the guest dirtied memory at least as fast as it could be sent: pre-copy cannot
     * converge from such a round (post-copy rounds never count, their guest runs at the destination).
     */
    public boolean nonConverging() {
        return !afterSwitchover && dirtyRatio() >= RED_RATIO;
    }

    /** Whether it is close to not converging (amber) without being there. */
    public boolean nearlyNonConverging() {
        double r = dirtyRatio();
        return !afterSwitchover && r >= AMBER_RATIO && r < RED_RATIO;
    }

    /** Whether the engine counted page classes (full, deduplicated, pulled) for it. */
    public boolean hasPageClasses() {
        return pagesFull >= 0 || pagesDeduplicated >= 0 || pagesPulled >= 0;
    }

    /** Full, deduplicated and pulled pages together (unknown classes count 0). */
    public long classifiedPages() {
        return Math.max(0, pagesFull) + Math.max(0, pagesDeduplicated) + Math.max(0, pagesPulled);
    }
}
