package org.orrery.ui.views.internal.timeline;

import org.eclipse.osgi.util.NLS;
import org.orrery.telemetry.MigrationRecord;

/**
 * What the timeline says in words: lane labels and totals, and the exact numbers of a round or a
 * lane for the tooltip and the details line. Pure Java, so tests read the same text users do.
 */
public final class TimelineText {

    private TimelineText() {
    }

    /** Second label line: {@code a1 → b1 · pre-copy}. */
    public static String route(MigrationLane lane) {
        return NLS.bind(TimelineMessages.laneAlgorithm, new Object[] {TimelineFormat.shortIds(lane.source()),
            TimelineFormat.shortIds(lane.destination()), lane.algorithm()});
    }

    /** The totals at the lane's end: three short lines, the first the headline. */
    public static String[] totals(MigrationLane lane, long now) {
        // a cluster reports the most rounds any of its VMs took
        String rounds = NLS.bind(lane.isGroup() ? TimelineMessages.groupRounds : TimelineMessages.totalRounds,
                lane.totalRounds());
        return switch (lane.outcome()) {
            case COMPLETED -> new String[] {TimelineFormat.bytes(lane.totalBytes()),
                NLS.bind(TimelineMessages.totalTimes, TimelineFormat.duration(lane.totalTime()),
                        TimelineFormat.duration(lane.downtime())),
                rounds};
            case FAILED -> new String[] {NLS.bind(TimelineMessages.failedTotals, lane.endReason()),
                NLS.bind(TimelineMessages.failedSent, TimelineFormat.bytes(lane.totalBytes()),
                        TimelineFormat.duration(lane.totalTime())),
                rounds};
            case UNFINISHED -> lane.isGroup() ? new String[] {TimelineMessages.groupRunning,
                NLS.bind(TimelineMessages.elapsed, TimelineFormat.duration(lane.endOr(now) - lane.startTime())), ""}
                    : new String[] {
                lane.superseded() ? TimelineMessages.superseded
                        : lane.hasSwitchover() && lane.downtimeEnd() < 0 ? TimelineMessages.paused
                                : NLS.bind(TimelineMessages.runningRound,
                                        lane.liveRounds() + (lane.openRoundStart(now) >= 0 ? 1 : 0)),
                NLS.bind(TimelineMessages.elapsed, TimelineFormat.duration(lane.endOr(now) - lane.startTime())),
                NLS.bind(TimelineMessages.sentSoFar, TimelineFormat.bytes(lane.sentInRounds()))};
        };
    }

    /** The exact numbers of {@code round} of {@code lane}, one fact a line. */
    public static String round(MigrationLane lane, Round round) {
        StringBuilder sb = new StringBuilder();
        sb.append(NLS.bind(TimelineMessages.roundTitle, new Object[] {lane.subject(), round.iteration(),
            TimelineFormat.shortIds(lane.source()), TimelineFormat.shortIds(lane.destination())}));
        line(sb, NLS.bind(TimelineMessages.roundTime, new Object[] {TimelineFormat.exactDuration(round.start()),
            TimelineFormat.exactDuration(round.end()), TimelineFormat.exactDuration(round.duration())}));
        line(sb, NLS.bind(TimelineMessages.roundBytes, TimelineFormat.exactBytes(round.bytesSent()),
                TimelineFormat.exactBytes(round.bytesRemaining())));
        line(sb, NLS.bind(TimelineMessages.roundRates, new Object[] {TimelineFormat.rate(round.dirtyRate()),
            TimelineFormat.rate(round.bandwidth()), TimelineFormat.percent(round.dirtyRatio())}));
        if (round.expectedDowntime() >= 0) {
            line(sb, NLS.bind(TimelineMessages.roundDowntime, TimelineFormat.duration(round.expectedDowntime()),
                    TimelineFormat.duration(lane.maxDowntime())));
        }
        if (round.hasPageClasses()) {
            line(sb, NLS.bind(TimelineMessages.roundPages, new Object[] {TimelineFormat.count(round.pagesFull()),
                TimelineFormat.count(round.pagesDeduplicated()), TimelineFormat.count(round.pagesPulled()),
                TimelineFormat.count(round.pagesZero())}));
        }
        if (!Double.isNaN(round.throttle())) {
            line(sb, NLS.bind(TimelineMessages.roundThrottle, TimelineFormat.percent(round.throttle())));
        }
        if (round.nonConverging()) {
            line(sb, TimelineMessages.roundWarning);
        } else if (round.nearlyNonConverging()) {
            line(sb, NLS.bind(TimelineMessages.roundAmber, TimelineFormat.percent(round.dirtyRatio())));
        }
        return sb.toString();
    }

    /** The round in progress at {@code now}. */
    public static String openRound(MigrationLane lane, long now) {
        long from = lane.openRoundStart(now);
        return NLS.bind(TimelineMessages.openRound, new Object[] {lane.subject(), lane.rounds().size() + 1,
            TimelineFormat.exactDuration(from), TimelineFormat.duration(now - from)});
    }

    /** The downtime of {@code lane}: switchover, expected and maximum. */
    public static String downtime(MigrationLane lane, long now) {
        long end = lane.downtimeEnd();
        long length = end >= 0 ? end - lane.switchoverTime() : now - lane.switchoverTime();
        return NLS.bind(TimelineMessages.downtimeTitle, new Object[] {TimelineFormat.exactDuration(lane.switchoverTime()),
            TimelineFormat.duration(length), TimelineFormat.duration(lane.expectedDowntime()),
            TimelineFormat.duration(lane.maxDowntime())});
    }

    /** Everything about {@code lane}, one fact a line: the details shown on a click. */
    public static String lane(MigrationLane lane, long now) {
        StringBuilder sb = new StringBuilder();
        sb.append(NLS.bind(TimelineMessages.laneTitle, new Object[] {lane.subject(), lane.source(), lane.destination(),
            lane.algorithm()}));
        line(sb, NLS.bind(TimelineMessages.laneStart, new Object[] {TimelineFormat.exactDuration(lane.startTime()),
            TimelineFormat.exactBytes(lane.memory()), TimelineFormat.rate(lane.startDirtyRate()),
            TimelineFormat.rate(lane.startBandwidth())}));
        if (lane.maxDowntime() >= 0 || !Double.isNaN(lane.bandwidthLimit())) {
            line(sb, NLS.bind(TimelineMessages.laneParameters, TimelineFormat.duration(lane.maxDowntime()),
                    TimelineFormat.rate(lane.bandwidthLimit())));
        }
        if (lane.hasSwitchover()) {
            line(sb, NLS.bind(TimelineMessages.laneSwitchover, new Object[] {
                TimelineFormat.exactDuration(lane.switchoverTime()), lane.switchoverReason(),
                TimelineFormat.exactBytes(lane.switchoverBytes()), TimelineFormat.duration(lane.expectedDowntime())}));
        }
        if (lane.outcome() == MigrationRecord.Outcome.COMPLETED) {
            line(sb, NLS.bind(TimelineMessages.laneDowntime, new Object[] {TimelineFormat.exactDuration(lane.downtime()),
                TimelineFormat.duration(lane.expectedDowntime()), TimelineFormat.duration(lane.maxDowntime())}));
            line(sb, NLS.bind(TimelineMessages.laneEnd, new Object[] {TimelineFormat.exactDuration(lane.endTime()),
                TimelineFormat.exactBytes(lane.totalBytes()), TimelineFormat.exactDuration(lane.totalTime()),
                lane.totalRounds(), lane.endReason()}));
        } else if (lane.outcome() == MigrationRecord.Outcome.FAILED) {
            line(sb, NLS.bind(TimelineMessages.laneFailed, new Object[] {TimelineFormat.exactDuration(lane.endTime()),
                lane.endReason(), TimelineFormat.exactBytes(lane.totalBytes()), lane.totalRounds()}));
        } else {
            line(sb, NLS.bind(TimelineMessages.laneRunning, TimelineFormat.exactBytes(lane.sentInRounds()),
                    lane.liveRounds()));
        }
        if (lane.everNonConverging()) {
            line(sb, TimelineMessages.roundWarning);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String text) {
        sb.append('\n').append(text);
    }
}
