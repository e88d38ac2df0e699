package org.orrery.telemetry.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.SeriesKey;
import org.orrery.telemetry.SyntheticRun;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;

/** Scrub, step and speed show exactly the events they promise, paced by a clock the test turns. */
class ReplayTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong wall = new AtomicLong(1_000 * SECOND);
    private TelemetryStore recording;
    private List<TelemetryEvent> events;
    private Replay replay;

    @BeforeEach
    void record() {
        recording = new TelemetryStore();
        events = new SyntheticRun(21, 3, 4).next(3_000);
        events.forEach(recording::append);
        replay = new Replay(recording, wall::get);
    }

    private List<TelemetryEvent> shown() {
        return replay.store().query(TimeRange.ALL, e -> true);
    }

    private List<TelemetryEvent> upTo(long t) {
        return events.stream().filter(e -> e.time() <= t).toList();
    }

    @Test
    void aNewReplayShowsNothingAndIsPaused() {
        assertEquals(0, replay.store().size());
        assertFalse(replay.isPlaying());
        assertEquals(events.get(0).time(), replay.startTime());
        assertEquals(events.get(events.size() - 1).time(), replay.endTime());
        assertTrue(replay.store().isReadOnly());
    }

    @Test
    void scrubbingToATimeShowsExactlyTheEventsAtOrBeforeIt() {
        long end = replay.endTime();
        for (long t : new long[] {end / 2, end / 5, end, end / 3 + 1, replay.startTime()}) {
            replay.scrubTo(t);
            assertEquals(t, replay.position());
            assertEquals(upTo(t), shown(), "at " + t);
        }
        // at an event's exact time, all events of that time are shown
        long tied = events.get(1234).time();
        replay.scrubTo(tied);
        assertEquals(upTo(tied), shown());
        assertEquals(tied, replay.store().endTime());
        // beyond the ends, clamped
        replay.scrubTo(Long.MAX_VALUE);
        assertEquals(events, shown());
        replay.scrubTo(-5);
        assertEquals(upTo(replay.startTime()), shown());
    }

    @Test
    void steppingShowsOneEventMoreOrLessAndPauses() {
        assertTrue(replay.stepForward());
        assertEquals(events.subList(0, 1), shown());
        assertTrue(replay.stepForward());
        assertEquals(events.subList(0, 2), shown());
        assertEquals(events.get(1).time(), replay.position());
        assertTrue(replay.stepBackward());
        assertEquals(events.subList(0, 1), shown());
        assertTrue(replay.stepBackward());
        assertEquals(0, replay.store().size());
        assertFalse(replay.stepBackward());

        replay.play();
        int playing = replay.store().size();
        assertTrue(replay.stepForward());
        assertFalse(replay.isPlaying(), "a step pauses");
        assertEquals(events.subList(0, playing + 1), shown());

        replay.scrubTo(replay.endTime());
        assertFalse(replay.stepForward(), "nothing left to show");
        assertTrue(replay.stepBackward());
        assertEquals(events.size() - 1, replay.store().size());
    }

    @Test
    void playingAdvancesWithTheWallClockTimesTheSpeed() {
        long start = replay.startTime();
        replay.play();
        replay.update();
        assertEquals(upTo(start), shown(), "play starts at the first event");

        wall.addAndGet(SECOND / 1000);
        assertTrue(replay.update() || shown().size() == upTo(start + SECOND / 1000).size());
        assertEquals(start + SECOND / 1000, replay.position(), "real time: 1 ms of wall clock is 1 ms of run");
        assertEquals(upTo(replay.position()), shown());

        replay.setSpeed(10);
        wall.addAndGet(SECOND / 1000);
        replay.update();
        assertEquals(start + SECOND / 1000 + SECOND / 100, replay.position(), "10x: 1 ms of wall clock is 10 ms");
        assertEquals(upTo(replay.position()), shown());

        replay.setSpeed(0.1);
        wall.addAndGet(SECOND / 100);
        replay.update();
        assertEquals(start + SECOND / 1000 + SECOND / 100 + SECOND / 1000, replay.position(),
                "0.1x: 10 ms of wall clock is 1 ms");

        replay.pause();
        long paused = replay.position();
        wall.addAndGet(100 * SECOND);
        assertFalse(replay.update());
        assertEquals(paused, replay.position(), "a paused replay does not move");

        // scrubbing while playing keeps playing from the new place
        replay.play();
        replay.scrubTo(replay.endTime() / 2);
        wall.addAndGet(SECOND / 1000);
        replay.update();
        assertEquals(replay.endTime() / 2 + SECOND / 10000, replay.position());
        assertEquals(upTo(replay.position()), shown());
    }

    @Test
    void playingPastTheEndStopsThereAndAsFastAsPossibleJumpsToIt() {
        replay.play();
        wall.addAndGet(Long.MAX_VALUE / 4);
        replay.update();
        assertEquals(events, shown());
        assertFalse(replay.isPlaying());
        assertTrue(replay.isAtEnd());

        replay.play();
        assertEquals(upTo(replay.startTime()), shown(), "play at the end starts over");
        replay.setSpeed(Double.POSITIVE_INFINITY);
        replay.update();
        assertEquals(events, shown());
        assertThrows(IllegalArgumentException.class, () -> replay.setSpeed(0));
    }

    @Test
    void queriesOnTheShownStoreSeeOnlyWhatIsShown() {
        replay.scrubTo(replay.endTime() / 2);
        SeriesKey load = new SeriesKey("host/h1", EventKind.METRIC, "cpuLoad");
        long count = upTo(replay.position()).stream()
                .filter(e -> e.subject().equals("host/h1") && e.kind() == EventKind.METRIC).count();
        assertEquals(count, replay.store().fetchXy(load, TimeRange.ALL, 1).counts()[0]);
        Object last = upTo(replay.position()).stream()
                .filter(e -> e.subject().equals("host/h1") && e.kind() == EventKind.METRIC)
                .reduce((a, b) -> b).orElseThrow().attributes().get("cpuLoad");
        assertEquals(last, replay.store().fetchXy(load, TimeRange.ALL, 1).values()[0]);
    }
}
