package org.orrery.ui.views.internal.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.ui.views.internal.timeline.MigrationEvents.MB;
import static org.orrery.ui.views.internal.timeline.MigrationEvents.S;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orrery.telemetry.MigrationRecord;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.replay.Replay;

/** The timeline's model on hand-made event sequences, without a display. */
class TimelineModelTest {

    /** A converging pre-copy: three rounds, each as long as its events say, then the downtime and the totals. */
    @Test
    void roundsBeginWhereThePreviousEndedAndTheTotalsComeFromTheEnd() {
        MigrationEvents ev = new MigrationEvents().start(10, "vm/web", "pre-copy", 8, 125)
                .round(14, "vm/web", 1, 500, 32, 8, 125).round(14.25, "vm/web", 2, 32, 2, 8, 125)
                .round(14.27, "vm/web", 3, 2, 1, 8, 125).switchover(14.27, "vm/web", 1, "downtime-target")
                .running(14.29, "vm/web").end(14.29, "vm/web", 10, 535, 20_000_000L, 3);
        TimelineModel model = new TimelineModel();
        model.setStore(ev.store());
        assertTrue(model.refresh());

        assertEquals(1, model.lanes().size());
        MigrationLane lane = model.lanes().get(0);
        assertEquals("vm/web", lane.subject());
        assertEquals("pre-copy", lane.algorithm());
        List<Round> rounds = lane.rounds();
        assertEquals(3, rounds.size());
        assertEquals(10 * S, rounds.get(0).start());
        assertEquals(4 * S, rounds.get(0).duration());
        assertEquals(14 * S, rounds.get(1).start(), "round 2 starts where round 1 ended");
        assertEquals(250_000_000L, rounds.get(1).duration());
        assertEquals(500 * MB, rounds.get(0).bytesSent());
        assertEquals(32 * MB, rounds.get(0).bytesRemaining());
        assertEquals(8.0 / 125, rounds.get(0).dirtyRatio(), 1e-12);
        assertFalse(rounds.get(0).nonConverging());
        assertEquals(Math.round(14.27 * S), lane.switchoverTime());
        assertEquals(Math.round(14.29 * S), lane.downtimeEnd(), "downtime ends when the VM runs again");
        assertEquals(MigrationRecord.Outcome.COMPLETED, lane.outcome());
        assertEquals(535 * MB, lane.totalBytes());
        assertEquals(Math.round(4.29 * S), lane.totalTime());
        assertEquals(20_000_000L, lane.downtime());
        assertEquals(3, lane.totalRounds());
        assertEquals(300_000_000L, lane.maxDowntime());
        assertEquals(-1, lane.openRoundStart(model.now()), "nothing runs after the end");
        String[] totals = TimelineText.totals(lane, model.now());
        assertEquals("535.0 MB", totals[0]);
        assertEquals("4.29 s \u00b7 \u2193 20 ms", totals[1]);
        assertEquals("rounds: 3", totals[2]);
        assertFalse(model.refresh(), "nothing new: nothing changed");
    }

    /** Read as it is written: each refresh reads only the new events; the round in progress ends now. */
    @Test
    void readsOnlyNewEventsAndTheRunningRoundGrowsWithTheRun() {
        MigrationEvents ev = new MigrationEvents().start(10, "vm/db", "pre-copy", 100, 125);
        TimelineModel model = new TimelineModel();
        model.setStore(ev.store());
        model.refresh();
        MigrationLane lane = model.lanes().get(0);
        assertEquals(1, model.scanned());
        assertEquals(-1, lane.openRoundStart(model.now()), "no time has passed yet");

        ev.metric(12);
        assertTrue(model.refresh(), "the run's time moved");
        assertEquals(2, model.scanned());
        assertEquals(10 * S, lane.openRoundStart(model.now()));
        assertEquals(12 * S, model.now());
        assertEquals(12 * S, lane.endOr(model.now()), "a running lane reaches to now");

        ev.round(14, "vm/db", 1, 500, 400, 100, 125).metric(15);
        model.refresh(1);
        assertEquals(3, model.scanned(), "the budget reads one event");
        assertTrue(model.behind());
        assertEquals(1, lane.rounds().size());
        model.refresh();
        assertFalse(model.behind());
        assertEquals(14 * S, lane.openRoundStart(model.now()), "round 2 runs from round 1's end");
        assertEquals(15 * S, lane.endOr(model.now()));
        assertEquals(MigrationRecord.Outcome.UNFINISHED, lane.outcome());
        assertEquals("running: round 2", TimelineText.totals(lane, model.now())[0]);
        assertEquals("5.00 s elapsed", TimelineText.totals(lane, model.now())[1]);
        assertEquals("500.0 MB sent in done rounds", TimelineText.totals(lane, model.now())[2]);
    }

    /**
     * Concurrent migrations interleave their events yet each lane gets only its own; a VM migrated
     * again gets a new lane; lanes agree with {@link MigrationRecord#collect} on the same store.
     */
    @Test
    void concurrentMigrationsGetOneLaneEachAndAgreeWithTheRecords() {
        MigrationEvents ev = new MigrationEvents().start(1, "vm/a", "pre-copy", 1, 10).start(1, "vm/b", "pre-copy", 1, 10)
                .round(3, "vm/b", 1, 20, 2, 1, 10).round(4, "vm/a", 1, 30, 3, 1, 10).round(4.2, "vm/b", 2, 2, 0, 1, 10)
                .switchover(4.2, "vm/b", 0, "downtime-target").running(4.25, "vm/b").end(4.25, "vm/b", 1, 22, 50_000_000L, 2)
                .round(4.4, "vm/a", 2, 3, 0, 1, 10).switchover(4.4, "vm/a", 0, "downtime-target").running(4.41, "vm/a")
                .end(4.41, "vm/a", 1, 33, 10_000_000L, 2).start(6, "vm/a", "pre-copy", 1, 10)
                .round(9, "vm/a", 1, 30, 3, 1, 10).metric(10);
        TimelineModel model = new TimelineModel();
        model.setStore(ev.store());
        model.refresh();
        List<MigrationRecord> records = MigrationRecord.collect(ev.store());
        assertEquals(3, model.lanes().size());
        assertEquals(records.size(), model.lanes().size());
        for (int i = 0; i < records.size(); i++) {
            MigrationLane lane = model.lanes().get(i);
            MigrationRecord r = records.get(i);
            assertEquals(r.subject(), lane.subject());
            assertEquals(r.rounds().size(), lane.rounds().size(), "rounds of lane " + i);
            assertEquals(r.outcome(), lane.outcome());
            assertEquals(r.startTime(), lane.startTime());
            for (int k = 0; k < r.rounds().size(); k++) {
                assertEquals(r.roundStart(k), lane.rounds().get(k).start(), "start of round " + k + " of lane " + i);
                assertEquals(r.rounds().get(k).time(), lane.rounds().get(k).end());
            }
        }
        assertEquals(3 * S, model.lanes().get(1).rounds().get(0).end(), "vm/b's first round is its own");
        assertEquals(1 * S, model.lanes().get(0).rounds().get(0).start());
        assertEquals(9 * S, model.lanes().get(2).openRoundStart(model.now()), "the second move of vm/a runs on");
        assertEquals(1 * S, model.firstStart());
        assertEquals(10 * S, model.lastEnd());
    }

    /** Rounds whose guest dirties at least as fast as the bandwidth are flagged; 80% and more is amber. */
    @Test
    void flagsRoundsThatCannotConverge() {
        MigrationEvents ev = new MigrationEvents().start(0, "vm/db", "pre-copy", 130, 125)
                .round(4, "vm/db", 1, 500, 520, 130, 125).round(8, "vm/db", 2, 500, 500, 125, 125)
                .round(12, "vm/db", 3, 500, 400, 110, 125).round(13, "vm/db", 4, 400, 40, 50, 125)
                .failed(20, "vm/db", "timeout", 1900, 4);
        TimelineModel model = new TimelineModel();
        model.setStore(ev.store());
        model.refresh();
        MigrationLane lane = model.lanes().get(0);
        List<Round> r = lane.rounds();
        assertTrue(r.get(0).nonConverging(), "130 > 125 MB/s");
        assertTrue(r.get(1).nonConverging(), "equal rates do not converge either");
        assertFalse(r.get(2).nonConverging());
        assertTrue(r.get(2).nearlyNonConverging(), "88% of the bandwidth");
        assertFalse(r.get(3).nearlyNonConverging());
        assertTrue(lane.everNonConverging());
        assertEquals(MigrationRecord.Outcome.FAILED, lane.outcome());
        assertEquals("timeout", lane.endReason());
        assertEquals("failed: timeout", TimelineText.totals(lane, model.now())[0]);
        assertTrue(TimelineText.round(lane, r.get(0)).contains("NOT CONVERGING"));
        assertTrue(TimelineText.round(lane, r.get(0)).contains("dirty rate 130.0 MB/s vs bandwidth 125.0 MB/s (104%)"),
                TimelineText.round(lane, r.get(0)));
        assertTrue(TimelineText.lane(lane, model.now()).contains("FAILED at 20.000000 s: timeout"));
    }

    /** Rounds too narrow to draw apart merge: the whole span, the largest bytes, the worst rate, pages summed. */
    @Test
    void narrowRoundsMergeIntoOneSegment() {
        MigrationEvents ev = new MigrationEvents().start(0, "vm/a", "shrinker", 1, 10).pages(1, "vm/a", 1, 10, 20, 1)
                .round(2, "vm/a", 2, 30, 5, 12, 10).round(3, "vm/a", 3, 5, 2, 1, 10);
        TimelineModel model = new TimelineModel();
        model.setStore(ev.store());
        model.refresh();
        Round merged = Round.merge(model.lanes().get(0).rounds());
        assertEquals(0, merged.start());
        assertEquals(3 * S, merged.end());
        assertEquals(30 * MB, merged.bytesSent(), "the largest round's bytes");
        assertEquals(2 * MB, merged.bytesRemaining(), "what the last left");
        assertTrue(merged.nonConverging(), "the worst rate of the three");
        assertEquals(10, merged.pagesFull(), "counted pages add up; rounds without counts add nothing");
        assertEquals(3, merged.iteration());
    }

    /** Post-copy pushes after the switchover (rounds start when the VM resumed); stop-and-copy has no rounds. */
    @Test
    void postCopyRoundsFollowTheResumeAndStopAndCopyIsAllDowntime() {
        MigrationEvents ev = new MigrationEvents().start(0, "vm/p", "post-copy", 10, 100)
                .switchover(0.5, "vm/p", 1000, "post-copy").running(0.6, "vm/p")
                .round(1.6, "vm/p", 1, 100, 900, 10, 100).start(1, "vm/s", "stop-and-copy", 10, 100)
                .switchover(1, "vm/s", 1000, "stop-and-copy").metric(2);
        TimelineModel model = new TimelineModel();
        model.setStore(ev.store());
        model.refresh();
        MigrationLane post = model.lanes().get(0);
        assertTrue(post.isPostCopy());
        Round push = post.rounds().get(0);
        assertTrue(push.afterSwitchover());
        assertEquals(600_000_000L, push.start(), "the push round begins when the VM resumed");
        assertFalse(push.nonConverging(), "post-copy cannot fail to converge");
        assertEquals(600_000_000L, post.downtimeEnd());
        assertEquals(1_600_000_000L, post.openRoundStart(model.now()), "the push goes on");
        assertEquals(0, post.liveRounds());

        MigrationLane stop = model.lanes().get(1);
        assertTrue(stop.rounds().isEmpty());
        assertEquals(-1, stop.downtimeEnd(), "still paused");
        assertEquals(-1, stop.openRoundStart(model.now()), "no live round while paused");
        assertEquals("paused for the switchover", TimelineText.totals(stop, model.now())[0]);
    }

    /** Shrinker rounds count full, deduplicated and pulled pages. */
    @Test
    void keepsShrinkerPageClasses() {
        MigrationEvents ev = new MigrationEvents().start(30, "vm/vm01", "shrinker", 0, 12.5)
                .pages(71, "vm/vm01", 1, 7211, 13269, 21);
        TimelineModel model = new TimelineModel();
        model.setStore(ev.store());
        model.refresh();
        MigrationLane lane = model.lanes().get(0);
        Round r = lane.rounds().get(0);
        assertTrue(lane.hasPageClasses());
        assertEquals(7211, r.pagesFull());
        assertEquals(13269, r.pagesDeduplicated());
        assertEquals(21, r.pagesPulled());
        assertEquals(20501, r.classifiedPages());
        assertTrue(TimelineText.round(lane, r).contains("pages: full 7,211, deduplicated 13,269, pulled 21, zero 1,000"),
                TimelineText.round(lane, r));
    }

    /** A replay scrubbed back shrinks the store: the model starts over and shows only what is left. */
    @Test
    void startsOverWhenAReplayGoesBack() {
        MigrationEvents ev = new MigrationEvents().start(1, "vm/a", "pre-copy", 1, 10).round(2, "vm/a", 1, 10, 5, 1, 10)
                .round(3, "vm/a", 2, 5, 2, 1, 10).round(4, "vm/a", 3, 2, 1, 1, 10)
                .switchover(4, "vm/a", 1, "downtime-target").end(4.1, "vm/a", 1, 18, 100_000_000L, 3);
        Replay replay = new Replay(ev.store());
        TimelineModel model = new TimelineModel();
        model.setStore(replay.store());
        replay.scrubTo(Long.MAX_VALUE);
        model.refresh();
        assertEquals(3, model.lanes().get(0).rounds().size());
        assertEquals(MigrationRecord.Outcome.COMPLETED, model.lanes().get(0).outcome());

        replay.scrubTo(Math.round(2.5 * S));
        assertTrue(model.refresh());
        assertEquals(1, model.restarts());
        assertEquals(1, model.lanes().size());
        MigrationLane lane = model.lanes().get(0);
        assertEquals(1, lane.rounds().size(), "only the rounds up to 2.5 s");
        assertEquals(MigrationRecord.Outcome.UNFINISHED, lane.outcome());
        assertEquals(2, model.scanned());

        assertTrue(replay.stepForward());
        model.refresh();
        assertEquals(3, model.scanned(), "a step shows one more event");
        assertEquals(2, model.lanes().get(0).rounds().size());
        assertEquals(1, model.restarts(), "growing again needs no restart");

        while (replay.stepBackward()) {
            // back to before the first event
        }
        model.refresh();
        assertTrue(model.lanes().isEmpty());
        assertEquals(-1, model.now());
    }

    /** A cluster move (its own subject, its VMs' hosts as lists) is a lane of its own without rounds. */
    @Test
    void aClusterMoveIsAGroupLane() {
        MigrationEvents ev = new MigrationEvents();
        ev.store().append(new org.orrery.telemetry.TelemetryEvent(S, org.orrery.telemetry.EventKind.MIGRATION_START,
                "cluster/move", java.util.Map.of(org.orrery.telemetry.Attribute.SOURCE, "host/a host/c",
                        org.orrery.telemetry.Attribute.DESTINATION, "host/b", org.orrery.telemetry.Attribute.ALGORITHM,
                        "shrinker")));
        ev.start(1, "vm/a", "shrinker", 0, 10).metric(3);
        TimelineModel model = new TimelineModel();
        model.setStore(ev.store());
        model.refresh();
        MigrationLane cluster = model.lanes().get(0);
        assertTrue(cluster.isGroup());
        assertFalse(model.lanes().get(1).isGroup());
        assertEquals(-1, cluster.openRoundStart(model.now()), "a cluster has no rounds of its own");
        assertEquals(S, model.lanes().get(1).openRoundStart(model.now()));
        assertEquals("moving its VMs", TimelineText.totals(cluster, model.now())[0]);
        assertEquals("a, c \u2192 b  \u00b7  shrinker", TimelineText.route(cluster));
    }

    /** A second start without an end cuts the first lane off where the second begins, as the records do. */
    @Test
    void aNewStartSupersedesAnUnendedOne() {
        TelemetryStore store = new MigrationEvents().start(1, "vm/a", "pre-copy", 1, 10).round(2, "vm/a", 1, 10, 5, 1, 10)
                .start(5, "vm/a", "pre-copy", 1, 10).store();
        TimelineModel model = new TimelineModel();
        model.setStore(store);
        model.refresh();
        assertEquals(2, model.lanes().size());
        MigrationLane first = model.lanes().get(0);
        assertTrue(first.superseded());
        assertEquals(5 * S, first.endTime());
        assertEquals(MigrationRecord.collect(store).get(0).endTime(0), first.endTime());
        assertEquals(-1, first.openRoundStart(model.now()));
    }
}
