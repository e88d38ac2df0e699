package org.orrery.ui.views.internal.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.MigrationRecord;
import org.orrery.telemetry.TelemetryEvent;

/**
 * One migration of the timeline, grown event by event by {@link TimelineModel}: what the
 * MIGRATION_START said, the rounds so far, the switchover, when the VM ran again, and how it
 * ended. Pairs events as {@link MigrationRecord#collect} does, so a lane and a record of the same
 * run agree.
 */
public final class MigrationLane {

    /**
     * Subject group of a whole-cluster move (the experiment bridge names them {@code cluster/STEP};
     * the simulator's ClusterMigration reports START and END about it, its VMs their own rounds).
     */
    static final String CLUSTER_GROUP = "cluster/";
    /** End reason of a cluster move whose VMs all arrived (ClusterMigration.REASON). */
    static final String CLUSTER_REASON = "cluster";

    private final int index;
    private final String subject;
    private final long start;
    private final String source;
    private final String destination;
    private final String algorithm;
    private final long memory;
    private final double startDirtyRate;
    private final double startBandwidth;
    private final long maxDowntime;
    private final double bandwidthLimit;
    private final List<Round> rounds = new ArrayList<>();
    private TelemetryEvent switchover;
    private long resumedAt = -1;
    private TelemetryEvent end;
    private long supersededAt = -1;

    MigrationLane(int index, TelemetryEvent start) {
        this.index = index;
        this.subject = start.subject();
        this.start = start.time();
        this.source = nonNull(start.text(Attribute.SOURCE));
        this.destination = nonNull(start.text(Attribute.DESTINATION));
        this.algorithm = nonNull(start.text(Attribute.ALGORITHM));
        this.memory = Round.whole(start, Attribute.MEMORY);
        this.startDirtyRate = start.number(Attribute.DIRTY_RATE, Double.NaN);
        this.startBandwidth = start.number(Attribute.BANDWIDTH, Double.NaN);
        this.maxDowntime = Round.whole(start, Attribute.MAX_DOWNTIME);
        this.bandwidthLimit = start.number(Attribute.BANDWIDTH_LIMIT, Double.NaN);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    void addRound(TelemetryEvent e) {
        long from = rounds.isEmpty() ? start : rounds.get(rounds.size() - 1).end();
        boolean after = switchover != null;
        if (after) {
            // post-copy: the push runs once the VM has resumed at the destination
            from = Math.max(from, resumedAt >= 0 ? resumedAt : switchover.time());
        }
        rounds.add(Round.of(e, Math.min(from, e.time()), after));
    }

    void switchover(TelemetryEvent e) {
        switchover = e;
    }

    /** A LIFECYCLE event about the subject: the first "running" after the switchover ends the downtime. */
    void lifecycle(TelemetryEvent e) {
        if (switchover != null && resumedAt < 0 && end == null && "running".equalsIgnoreCase(e.text(Attribute.STATE))) {
            resumedAt = e.time();
        }
    }

    void end(TelemetryEvent e) {
        end = e;
    }

    void supersede(long time) {
        supersededAt = time;
    }

    /**
     * Whether this lane sums up a move of several VMs (a cluster) rather than one VM's memory: it
     * has no rounds of its own, only a span and totals over its VMs' lanes.
     */
    public boolean isGroup() {
        return subject.startsWith(CLUSTER_GROUP) || CLUSTER_REASON.equals(endReason())
                || source.trim().contains(" ") || destination.trim().contains(" ");
    }

    /** Position of the lane in start order, from 0. */
    public int index() {
        return index;
    }

    /** The migrated VM's subject id (e.g. {@code vm/web}): what a click selects. */
    public String subject() {
        return subject;
    }

    public String source() {
        return source;
    }

    public String destination() {
        return destination;
    }

    public String algorithm() {
        return algorithm;
    }

    /** Memory to move, bytes; -1 unknown. */
    public long memory() {
        return memory;
    }

    /** Dirty rate when it started, B/s (NaN unknown). */
    public double startDirtyRate() {
        return startDirtyRate;
    }

    /** Bandwidth when it started, B/s (NaN unknown). */
    public double startBandwidth() {
        return startBandwidth;
    }

    /** The downtime the algorithm aims at, ns; -1 when it has none (e.g. stop-and-copy). */
    public long maxDowntime() {
        return maxDowntime;
    }

    /** Bandwidth cap of the migration, B/s; NaN when none. */
    public double bandwidthLimit() {
        return bandwidthLimit;
    }

    public long startTime() {
        return start;
    }

    /** The rounds reported so far, in order. */
    public List<Round> rounds() {
        return Collections.unmodifiableList(rounds);
    }

    /** Rounds before the switchover (live pre-copy rounds). */
    public int liveRounds() {
        int n = 0;
        for (Round r : rounds) {
            if (!r.afterSwitchover()) {
                n++;
            }
        }
        return n;
    }

    public boolean hasSwitchover() {
        return switchover != null;
    }

    /** When the VM paused for the last copy, ns; -1 before. */
    public long switchoverTime() {
        return switchover == null ? -1 : switchover.time();
    }

    /** Bytes left to send when it paused; -1 unknown. */
    public long switchoverBytes() {
        return switchover == null ? -1 : Round.whole(switchover, Attribute.BYTES_REMAINING);
    }

    /** Downtime expected at the switchover, ns; -1 unknown. */
    public long expectedDowntime() {
        return switchover == null ? -1 : Round.whole(switchover, Attribute.EXPECTED_DOWNTIME);
    }

    /** Why it switched over ({@code downtime-target}, {@code round-cap}, ...), or "". */
    public String switchoverReason() {
        return switchover == null ? "" : nonNull(switchover.text(Attribute.REASON));
    }

    /**
     * When the downtime ended, ns: the VM ran again at the destination (a LIFECYCLE running, else
     * the end's downtime), or -1 while it is still paused or never paused.
     */
    public long downtimeEnd() {
        if (switchover == null) {
            return -1;
        }
        if (resumedAt >= 0) {
            return resumedAt;
        }
        long d = downtime();
        return d >= 0 ? switchover.time() + d : end != null ? end.time() : -1;
    }

    /** Downtime the engine reported at the end, ns; -1 before the end or when not reported. */
    public long downtime() {
        return end == null ? -1 : Round.whole(end, Attribute.DOWNTIME);
    }

    /** How it ended so far. */
    public MigrationRecord.Outcome outcome() {
        if (end == null) {
            return MigrationRecord.Outcome.UNFINISHED;
        }
        return end.kind() == EventKind.MIGRATION_END ? MigrationRecord.Outcome.COMPLETED
                : MigrationRecord.Outcome.FAILED;
    }

    /** Whether a later start of the same subject cut it off without an end. */
    public boolean superseded() {
        return supersededAt >= 0;
    }

    /** When it ended (or was cut off), ns; -1 while it runs. */
    public long endTime() {
        return end != null ? end.time() : supersededAt;
    }

    /** Where it ends on the time axis: its end, or {@code now} while it runs. */
    public long endOr(long now) {
        long e = endTime();
        return e >= 0 ? e : Math.max(now, start);
    }

    /** Bytes sent in all, as the end reports them; while running, the rounds' sum. */
    public long totalBytes() {
        long reported = end == null ? -1 : Round.whole(end, Attribute.TOTAL_BYTES);
        return reported >= 0 ? reported : sentInRounds();
    }

    /** Sum of the rounds' bytes sent. */
    public long sentInRounds() {
        long sum = 0;
        for (Round r : rounds) {
            sum += Math.max(0, r.bytesSent());
        }
        return sum;
    }

    /** Total time as the end reports it, ns; else from start to the end (or -1 while it runs). */
    public long totalTime() {
        long reported = end == null ? -1 : Round.whole(end, Attribute.TOTAL_TIME);
        return reported >= 0 ? reported : endTime() >= 0 ? endTime() - start : -1;
    }

    /** Rounds as the end reports them, else the live rounds seen. */
    public long totalRounds() {
        long reported = end == null ? -1 : Round.whole(end, Attribute.ROUNDS);
        return reported >= 0 ? reported : liveRounds();
    }

    /** The reason the end or failure gave, or "". */
    public String endReason() {
        return end == null ? "" : nonNull(end.text(Attribute.REASON));
    }

    /** Whether any round's guest dirtied at least as fast as it could be sent. */
    public boolean everNonConverging() {
        for (Round r : rounds) {
            if (r.nonConverging()) {
                return true;
            }
        }
        return false;
    }

    /** Whether any round counted page classes (Shrinker, post-copy faults). */
    public boolean hasPageClasses() {
        for (Round r : rounds) {
            if (r.hasPageClasses()) {
                return true;
            }
        }
        return false;
    }

    /** Largest bytes sent or remaining of any round: the scale of the lane's bars. */
    public long largestRoundBytes() {
        long max = 0;
        for (Round r : rounds) {
            max = Math.max(max, Math.max(r.bytesSent(), r.bytesRemaining()));
        }
        return max;
    }

    /**
     * Start of the round in progress at {@code now} (after the last round, before any
     * switchover), or -1 when none is: the lane draws it growing with the run.
     */
    public long openRoundStart(long now) {
        if (endTime() >= 0 || isGroup()) {
            return -1;
        }
        long from;
        if (switchover == null) {
            from = rounds.isEmpty() ? start : rounds.get(rounds.size() - 1).end();
        } else {
            // only post-copy goes on sending after the VM resumed (its push, round by round)
            long resumed = downtimeEnd();
            if (resumed < 0 || !isPostCopy()) {
                return -1;
            }
            from = rounds.isEmpty() ? resumed : Math.max(resumed, rounds.get(rounds.size() - 1).end());
        }
        return now > from ? from : -1;
    }

    /** Whether memory moves after the switchover (post-copy): rounds after it are its push. */
    public boolean isPostCopy() {
        if (algorithm.contains("post")) {
            return true;
        }
        for (Round r : rounds) {
            if (r.afterSwitchover()) {
                return true;
            }
        }
        return false;
    }

    /** The round whose span contains {@code time}, or null. */
    public Round roundAt(long time) {
        for (Round r : rounds) {
            if (time >= r.start() && time <= r.end()) {
                return r;
            }
        }
        return null;
    }
}
