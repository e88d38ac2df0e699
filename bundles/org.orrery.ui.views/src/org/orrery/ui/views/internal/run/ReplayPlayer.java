package org.orrery.ui.views.internal.run;

import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.replay.Replay;

/** Plays a recording (a saved trace, or a finished simulation) back into the views. */
final class ReplayPlayer implements RunPlayer {

    private final Replay replay;
    private final TelemetryStore recording;
    private boolean stopped;

    /** @param recording the store {@code replay} plays */
    ReplayPlayer(Replay replay, TelemetryStore recording) {
        this.replay = replay;
        this.recording = recording;
    }

    @Override
    public TelemetryStore recording() {
        return recording;
    }

    Replay replay() {
        return replay;
    }

    @Override
    public TelemetryStore store() {
        return replay.store();
    }

    @Override
    public State state() {
        if (stopped) {
            return State.STOPPED;
        }
        if (replay.isPlaying()) {
            return State.PLAYING;
        }
        if (replay.isAtEnd()) {
            return State.FINISHED;
        }
        return replay.shownEvents() == 0 ? State.READY : State.PAUSED;
    }

    @Override
    public String failure() {
        return null;
    }

    @Override
    public long position() {
        return replay.position();
    }

    @Override
    public long startTime() {
        return replay.startTime();
    }

    @Override
    public long endTime() {
        return replay.endTime();
    }

    @Override
    public void play() {
        stopped = false;
        replay.play();
    }

    @Override
    public void pause() {
        replay.pause();
    }

    @Override
    public void step() {
        stopped = false;
        replay.stepForward();
    }

    @Override
    public void setSpeed(double speed) {
        replay.setSpeed(speed);
    }

    @Override
    public boolean canScrub() {
        return true;
    }

    @Override
    public void scrubTo(long time) {
        stopped = false;
        replay.scrubTo(time);
    }

    @Override
    public void stepBack() {
        stopped = false;
        replay.stepBackward();
    }

    @Override
    public void stop() {
        // A replay has nothing to cancel: stop pauses it where it is.
        replay.pause();
        stopped = true;
    }

    @Override
    public boolean update() {
        return replay.update();
    }

    @Override
    public void dispose() {
        replay.pause();
    }
}
