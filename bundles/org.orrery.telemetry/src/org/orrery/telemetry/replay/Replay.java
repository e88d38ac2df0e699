package org.orrery.telemetry.replay;

import java.util.Objects;
import java.util.function.LongSupplier;

import org.orrery.telemetry.TelemetryStore;

/**
 * Plays a recorded run back into the live views: a cursor over the recording, and a read-only
 * store ({@link #store()}) that shows exactly the events before the cursor, so the views that
 * watch a live run watch a replay unchanged. Pure Java, no UI: a view's timer calls
 * {@link #update()} and repaints from the store as it does for a live run.
 * <p>
 * Semantics:
 * <ul>
 * <li>{@link #scrubTo(long) scrubTo(t)} shows exactly the events with time &lt;= t (t is clamped
 * to the recording's span); the replay keeps playing or stays paused.</li>
 * <li>{@link #stepForward()} shows one more event and {@link #stepBackward()} one fewer, and
 * pause; the position becomes the time of the last event shown (events at the same time as it
 * but after it follow with the next steps).</li>
 * <li>While playing, the position advances with the wall clock times the {@linkplain #setSpeed
 * speed} (1 = real time, 0.1 = ten times slower, {@link Double#POSITIVE_INFINITY} = to the end at
 * once), from where it was when play, a speed change or a scrub last anchored it. At the end of
 * the recording it pauses there.</li>
 * </ul>
 * The shown store can shrink (scrubbing or stepping back): views that remember indices start over
 * when its size goes down. Methods are safe to call from any thread; the store is read without
 * locks.
 */
public final class Replay {

    private final TelemetryStore recording;
    private final LongSupplier wallClock;
    private final TelemetryStore shown;
    private final long start;
    private final long end;
    private volatile int cursor;
    private long position;
    private boolean playing;
    private double speed = 1;
    private long anchorWall;
    private long anchorPosition;

    /** A paused replay of {@code recording} at its start (nothing shown), paced by {@link System#nanoTime()}. */
    public Replay(TelemetryStore recording) {
        this(recording, System::nanoTime);
    }

    /**
     * A paused replay of {@code recording} at its start, paced by {@code wallClock} (nanoseconds,
     * monotonic; tests pass their own).
     */
    public Replay(TelemetryStore recording, LongSupplier wallClock) {
        this.recording = Objects.requireNonNull(recording, "recording");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.shown = recording.window(() -> cursor);
        this.start = recording.size() == 0 ? 0 : recording.get(0).time();
        this.end = Math.max(start, recording.endTime());
        this.position = start;
        // before the first event: the position is its time, yet nothing is shown until play or a step
        this.cursor = 0;
    }

    /** The store the views read: the recording up to the cursor, read-only. */
    public TelemetryStore store() {
        return shown;
    }

    /** Time of the recording's first event (0 when empty). */
    public long startTime() {
        return start;
    }

    /** Time of the recording's last event. */
    public long endTime() {
        return end;
    }

    /** The replay's current time, nanoseconds of recorded time. */
    public synchronized long position() {
        return position;
    }

    /** Number of events shown. */
    public int shownEvents() {
        return cursor;
    }

    /** Number of events in the recording. */
    public int totalEvents() {
        return recording.size();
    }

    public synchronized boolean isPlaying() {
        return playing;
    }

    /** Whether everything is shown. */
    public synchronized boolean isAtEnd() {
        return cursor == recording.size();
    }

    public synchronized double speed() {
        return speed;
    }

    /**
     * Sets how fast playing goes: recorded time per wall-clock time, positive; infinity plays to
     * the end at the next {@link #update()}.
     */
    public synchronized void setSpeed(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + factor);
        }
        advance();
        speed = factor;
        anchor();
    }

    /**
     * Starts or continues playing from the current position (from the start when all is shown),
     * showing at once every event at or before it.
     */
    public synchronized void play() {
        show(isAtEnd() ? start : position);
        playing = true;
        anchor();
    }

    /** Stops where it is. */
    public synchronized void pause() {
        advance();
        playing = false;
    }

    /** Shows exactly the events with time &lt;= {@code time}. */
    public synchronized void scrubTo(long time) {
        show(Math.max(start, Math.min(end, time)));
        anchor();
    }

    /** Shows one more event and pauses; false when all are shown already. */
    public synchronized boolean stepForward() {
        advance();
        playing = false;
        if (cursor == recording.size()) {
            return false;
        }
        position = recording.get(cursor).time();
        cursor = cursor + 1;
        return true;
    }

    /** Hides the last event shown and pauses; false when none is shown. */
    public synchronized boolean stepBackward() {
        advance();
        playing = false;
        if (cursor == 0) {
            return false;
        }
        cursor = cursor - 1;
        position = cursor == 0 ? start : recording.get(cursor - 1).time();
        return true;
    }

    /**
     * Moves a playing replay to where the wall clock says; returns whether the events shown
     * changed. Call it on the views' timer; a paused replay does not move.
     */
    public synchronized boolean update() {
        int before = cursor;
        advance();
        return cursor != before;
    }

    private void advance() {
        if (!playing) {
            return;
        }
        long elapsed = wallClock.getAsLong() - anchorWall;
        double target = anchorPosition + elapsed * speed;
        if (target >= end || Double.isInfinite(speed)) {
            show(end);
            cursor = recording.size();
            playing = false;
            return;
        }
        show((long) target);
    }

    private void show(long time) {
        position = time;
        cursor = recording.firstIndexAfter(time);
    }

    private void anchor() {
        anchorWall = wallClock.getAsLong();
        anchorPosition = position;
    }
}
