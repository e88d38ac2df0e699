package org.orrery.ui.views.internal.run;

import java.nio.file.Path;
import java.util.Map;

import org.orrery.ui.testing.UiTestSupport;

/**
 * Run Control as the tests of other views' packages drive it (its controls are package-private):
 * choose a sample and an experiment, a seed and a speed, start, wait for the end, read what it says.
 */
public final class RunControlDriver {

    /** The fastest speed's index. */
    public static final int FASTEST = RunControlView.SPEEDS.length - 1;

    private final RunControlView view;

    private RunControlDriver(RunControlView view) {
        this.view = view;
    }

    /** Run Control in the active page (opened if needed). */
    public static RunControlDriver open() throws Exception {
        return new RunControlDriver(RunControlViewTest.view());
    }

    /** The shipped sample {@code name}'s file. */
    public static Path sample(String name) {
        return RunControlViewTest.sample(name);
    }

    public RunControlView view() {
        return view;
    }

    /** Chooses sample {@code sample}'s experiment {@code experiment}, seed and speed (as a user does). */
    public RunControlDriver choose(String sample, String experiment, String seed, int speed) {
        view.setModel(sample(sample));
        view.selectExperiment(experiment);
        if (seed != null) {
            view.setSeed(seed);
        }
        view.setSpeedIndex(speed);
        return this;
    }

    public void start() {
        view.start();
    }

    public void stop() {
        view.stop();
    }

    /** Waits until the run (or sweep) has ended and Run Control shows its end. */
    public void awaitEnd(long timeoutMs) {
        UiTestSupport.waitUntil("the run to end", timeoutMs, () -> !view.isRunning());
        UiTestSupport.pump(300);
    }

    public String state() {
        return view.stateText();
    }

    public String position() {
        return view.positionText();
    }

    public int bar() {
        return view.scrubSelection();
    }

    public String notes() {
        return view.notesText();
    }

    public String message() {
        return view.messageText();
    }

    public Map<String, Double> overrides() {
        return view.phoneOverrides();
    }

    public String overridesLine() {
        return view.overridesLine();
    }

    public boolean saveRecording(Path file) {
        return view.saveRecording(file);
    }

    public boolean openRecording(Path file) {
        return view.openRecording(file);
    }

    public boolean canScrub() {
        return view.player() != null && view.player().canScrub();
    }

    public void scrubToFraction(double fraction) {
        view.scrubToFraction(fraction);
    }

    public boolean playEnabled() {
        return view.playEnabled();
    }
}
