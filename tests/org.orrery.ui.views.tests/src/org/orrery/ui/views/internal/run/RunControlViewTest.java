package org.orrery.ui.views.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.io.TraceFile;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/**
 * Run Control in the real workbench, on the shipped samples: starting an experiment, pausing,
 * stepping, speed, scrubbing a finished run, saving and reopening a recording, and bad input.
 */
class RunControlViewTest {

    private static final long SECOND = 1_000_000_000L;
    private static final int FASTEST = RunControlView.SPEEDS.length - 1;

    @AfterEach
    void noRun() throws Exception {
        RunControlView view = view();
        view.stop();
        RunSessions.show(null);
    }

    @Test
    void theSamplesAreListedWithTheirExperimentsAndTheExperimentsSeed() throws Exception {
        RunControlView view = view();
        view.setModel(sample("migration-exercise.orrery"));
        assertEquals(List.of("Pre-copy (ex-precopy)", "Stop-and-copy (ex-stopcopy)"), view.experimentLabels());
        assertEquals("", view.messageText());
    }

    @Test
    void pauseStopsTheClockAndStepFiresOneEventAtATime() throws Exception {
        RunControlView view = view();
        view.setModel(sample("migration-exercise.orrery"));
        view.selectExperiment("Pre-copy");
        view.setSpeedIndex(6); // 10x: a 420 s run takes 42 s of wall clock, plenty to pause in
        view.start();
        RunSession session = RunSessions.current();
        assertEquals(7, session.seed());
        UiTestSupport.waitUntil("the first migration", 20_000, () -> view.player().position() > 32 * SECOND);
        view.pressPlayPause();
        UiTestSupport.waitUntil("the pause", 5_000, () -> view.player().state() == RunPlayer.State.PAUSED);
        UiTestSupport.pump(300);
        long time = view.player().position();
        int size = session.store().size();
        UiTestSupport.pump(500);
        assertEquals(time, view.player().position(), "a paused run's clock does not move");
        assertEquals(size, session.store().size(), "nor does its event count");
        assertEquals(Messages.RunControl_paused, view.stateText());
        assertTrue(view.notesText().contains("Parameters of "), view.notesText());
        assertTrue(view.notesText().contains("(assumption)"), "defaults nobody measured are marked: "
                + view.notesText());
        UiTestSupport.save(UiTestSupport.capture(page().getWorkbenchWindow().getShell()), "run-control-paused");

        // Steps: each fires the next simulator event; the clock moves to it, never past the end.
        long before = view.player().position();
        int eventsBefore = session.store().size();
        for (int i = 0; i < 20 && session.store().size() == eventsBefore; i++) {
            view.pressStep();
            UiTestSupport.pump(100);
        }
        assertTrue(session.store().size() > eventsBefore, "steps produce telemetry");
        assertTrue(view.player().position() >= before);
        assertEquals(RunPlayer.State.PAUSED, view.player().state());

        // As fast as possible from here: the run finishes at its duration.
        view.setSpeedIndex(FASTEST);
        view.pressPlayPause();
        UiTestSupport.waitUntil("the end of the run", 60_000, () -> !view.isRunning());
        UiTestSupport.pump(300);
        assertEquals(RunPlayer.State.FINISHED, view.player().state());
        assertEquals(420 * SECOND, view.player().position());
        assertEquals(Messages.RunControl_finished, view.stateText());
    }

    @Test
    void aFinishedRunCanBeScrubbedAndTheSameSeedGivesTheSameTrace() throws Exception {
        RunControlView view = view();
        List<TelemetryEvent> first = runToEnd(view, "11");
        // Scrubbing: the views are pointed at the run up to the chosen time.
        view.scrubToFraction(0.5);
        UiTestSupport.pump(300);
        RunSession scrubbed = RunSessions.current();
        long half = 210 * SECOND;
        int expected = (int) first.stream().filter(e -> e.time() <= half).count();
        assertEquals(expected, scrubbed.store().size(), "scrubbed to the middle: the events up to 210 s");
        assertTrue(expected < first.size() && expected > 0);
        view.pressStepBack();
        UiTestSupport.pump(200);
        assertEquals(expected - 1, RunSessions.current().store().size(), "back one event");
        view.pressStep();
        view.pressStep();
        UiTestSupport.pump(200);
        assertEquals(expected + 1, RunSessions.current().store().size(), "forward two events");
        view.scrubToFraction(1.0);
        UiTestSupport.pump(200);
        assertEquals(first.size(), RunSessions.current().store().size());

        List<TelemetryEvent> second = runToEnd(view, "11");
        // (not assertEquals on the lists: a failure would print every event)
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i), second.get(i), "same model, experiment and seed: the same trace; event " + i);
        }
    }

    @Test
    void aRecordingIsSavedAtomicallyAndReopensAsAReplay(@TempDir Path dir) throws Exception {
        RunControlView view = view();
        List<TelemetryEvent> events = runToEnd(view, "5");
        Path file = dir.resolve("exercise.trace.jsonl");
        assertTrue(view.saveRecording(file), view.messageText());
        assertTrue(view.messageText().startsWith("Saved " + events.size() + " events"), view.messageText());
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left behind");
        }
        TraceFile.Recording read = TraceFile.read(file);
        assertTrue(events.equals(read.events()), "the file holds the run's events");
        assertEquals(5L, read.run().get("seed"));
        read.store().close();

        assertTrue(view.openRecording(file));
        RunSession replay = RunSessions.current();
        assertEquals("replay", replay.origin());
        assertEquals(5, replay.seed());
        assertEquals(0, replay.store().size(), "a recording opens at its start");
        assertEquals(Messages.RunControl_ready, view.stateText());
        view.pressStep();
        UiTestSupport.pump(100);
        assertEquals(1, replay.store().size());
        view.scrubToFraction(1.0);
        UiTestSupport.pump(100);
        assertEquals(events.size(), replay.store().size());
        assertEquals(events.size(), replay.store().query(TimeRange.ALL, e -> true).size());
        long migrations = replay.store().query(TimeRange.ALL, e -> e.kind() == EventKind.MIGRATION_END).size();
        assertTrue(migrations >= 3, "the exercise completes its migrations: " + migrations);

        // A file that is not a recording: said so, the replay shown stays.
        Path bad = dir.resolve("not-a-trace.jsonl");
        Files.writeString(bad, "hello\n");
        assertFalse(view.openRecording(bad));
        assertTrue(view.messageText().contains("not-a-trace.jsonl"), view.messageText());
        assertEquals(replay, RunSessions.current());
        // Saving over a directory fails and says so; nothing is written.
        assertFalse(view.saveRecording(dir));
        assertTrue(view.messageText().startsWith("Cannot save the recording"), view.messageText());
    }

    @Test
    void aSchedulerExperimentRunsItsRunQueuesUnderThePolicy() throws Exception {
        PlatformUI.getWorkbench().showPerspective("org.orrery.ui.perspective.run",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page().resetPerspective(); // whatever earlier tests maximized or moved: the perspective as shipped
        RunControlView view = view();
        view.setModel(sample("sbco-kernbench.orrery"));
        view.selectExperiment("Kernbench with 3 SuperPI: SBCO");
        view.setSpeedIndex(3); // 1x: a scheduler run is dense
        view.start();
        RunSession session = RunSessions.current();
        UiTestSupport.waitUntil("scheduler events", 20_000, () -> session.store().size() > 1_000);
        view.pressPlayPause();
        UiTestSupport.waitUntil("the pause", 5_000, () -> view.player().state() == RunPlayer.State.PAUSED);
        long vcpuEvents = session.store().query(TimeRange.ALL, e -> e.kind() == EventKind.VCPU_STATE).size();
        assertTrue(vcpuEvents > 0, "vCPUs on pCPUs reported");
        assertTrue(page().findView("org.orrery.ui.views.runQueues") != null, "the Run Queues view is open");
        assertTrue(page().isPartVisible(page().findView("org.orrery.ui.views.runQueues")), "and visible");
        // it paints this run's queues (it once kept the previous run's picture: every refresh of a
        // simulation failed before its repaint)
        org.orrery.ui.views.internal.RunQueueView queues =
                (org.orrery.ui.views.internal.RunQueueView) page().findView("org.orrery.ui.views.runQueues");
        UiTestSupport.waitUntil("the run's queues painted", 5_000, () -> queues.frame() != null
                && !queues.frame().columns().isEmpty() && String.join(" ", queues.headerTexts()).contains(session.name()));
        assertEquals(8, queues.frame().columns().size(), "a column per pCPU of the pe1950");
        UiTestSupport.save(UiTestSupport.capture(page().getWorkbenchWindow().getShell()), "run-control-sbco");
        view.stop();
        UiTestSupport.waitUntil("the stop", 10_000, () -> !view.isRunning());
        assertEquals(RunPlayer.State.STOPPED, view.player().state());
    }

    /**
     * A phone experiment (the amphone sample's offload) runs the phone simulation on a driver:
     * pause stops its clock, a step fires one event, and it finishes at its duration; the notes list
     * the phone's parameters with the energy model's, marked as assumptions; Phone Clones opens.
     */
    @Test
    void aPhoneExperimentRunsThePhoneSimulationOnTheDriver() throws Exception {
        PlatformUI.getWorkbench().showPerspective("org.orrery.ui.perspective.run",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page().resetPerspective();
        RunControlView view = view();
        view.setModel(sample("amphone-two-instances.orrery"));
        view.selectExperiment("Offload the personal instance");
        view.setSpeedIndex(6); // 10x: the offload at 10 s is a second of wall clock away
        view.start();
        RunSession session = RunSessions.current();
        assertEquals(1, session.seed());
        UiTestSupport.waitUntil("the offload's checkpoint", 30_000, () -> session.store().query(TimeRange.ALL,
                e -> e.kind() == EventKind.SYNC_PHASE && "checkpoint".equals(e.text("phase"))).size() > 0);
        view.pressPlayPause();
        UiTestSupport.waitUntil("the pause", 5_000, () -> view.player().state() == RunPlayer.State.PAUSED);
        UiTestSupport.pump(300);
        long time = view.player().position();
        int size = session.store().size();
        assertTrue(time >= 10 * SECOND && time < 300 * SECOND, "paused after the offload began: " + time);
        UiTestSupport.pump(400);
        assertEquals(time, view.player().position(), "a paused phone run's clock does not move");
        assertEquals(size, session.store().size());
        for (int i = 0; i < 20 && session.store().size() == size; i++) {
            view.pressStep();
            UiTestSupport.pump(100);
        }
        assertTrue(session.store().size() > size, "a step fires the phone simulation's next event");
        String notes = view.notesText();
        assertTrue(notes.contains("wifiMbps = 20.0 Mbit/s (assumption)"), notes);
        assertTrue(notes.contains("energy.radioActiveW = 1.0 W (assumption)"), notes);
        assertTrue(notes.contains("energy.cpuBusyW = "), notes);
        assertTrue(notes.contains("instance phoneinstance/"), notes);
        org.eclipse.ui.IViewPart phones = page().findView("org.orrery.ui.views.live.phones");
        assertTrue(phones != null, "Phone Clones is open");
        assertTrue(page().isPartVisible(phones), "and on top of its folder");
        assertTrue(List.of(page().getViewStack(phones)).contains(page().findView(org.eclipse.ui.IPageLayout.ID_PROGRESS_VIEW)),
                "in the live folder, beside Progress");
        UiTestSupport.save(UiTestSupport.capture(page().getWorkbenchWindow().getShell()), "run-control-phone");

        view.setSpeedIndex(FASTEST);
        view.pressPlayPause();
        UiTestSupport.waitUntil("the end of the run", 60_000, () -> !view.isRunning());
        UiTestSupport.pump(300);
        assertEquals(RunPlayer.State.FINISHED, view.player().state());
        assertEquals(300 * SECOND, view.player().position());
        // the phones' energy was settled at the end (PhoneSim.finish on the driver's thread)
        assertTrue(session.store().query(TimeRange.ALL, e -> e.kind() == EventKind.METRIC
                && e.attributes().containsKey("energy") && e.time() == 300 * SECOND).size() > 0);
    }

    @Test
    void badInputIsNamedAndNothingStarts(@TempDir Path dir) throws Exception {
        RunControlView view = view();
        RunSessions.show(null);
        view.setModel(sample("migration-exercise.orrery"));
        view.setSeed("-3");
        view.start();
        assertEquals(Messages.RunControl_badSeed, view.messageText());
        assertEquals(null, RunSessions.current());

        Path malformed = dir.resolve("broken.orrery");
        Files.writeString(malformed, "<?xml version=\"1.0\"?>\n<orrery:World xmlns:orrery=\"x\">\n<hosts\n");
        view.setModel(malformed);
        assertTrue(view.messageText().startsWith("Cannot read broken.orrery: line"), view.messageText());
        assertEquals(List.of(), view.experimentLabels());
        view.setSeed("1");
        view.start();
        assertEquals(null, RunSessions.current(), "nothing runs");
        assertEquals("<?xml version=\"1.0\"?>\n<orrery:World xmlns:orrery=\"x\">\n<hosts\n", Files.readString(malformed),
                "the file is left as it was");

        view.setModel(dir.resolve("missing.orrery"));
        assertTrue(view.messageText().endsWith("missing.orrery: no such file."), view.messageText());
    }

    @Test
    void theRunMenuStartsTheChosenExperimentInTheRunPerspective() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        RunControlView view = view();
        view.setModel(sample("migration-exercise.orrery"));
        view.selectExperiment("Stop-and-copy");
        view.setSeed("3");
        view.setSpeedIndex(FASTEST);
        window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("org.orrery.ui.views.startRun",
                null);
        assertEquals("org.orrery.ui.perspective.run", page().getPerspective().getId());
        assertEquals(3, RunSessions.current().seed());
        assertTrue(RunSessions.current().name().startsWith("Stop-and-copy (migration-exercise.orrery"));
        UiTestSupport.waitUntil("the run to finish", 60_000, () -> !view.isRunning());
    }

    private static List<TelemetryEvent> runToEnd(RunControlView view, String seed) throws Exception {
        view.setModel(sample("migration-exercise.orrery"));
        view.selectExperiment("Pre-copy");
        view.setSeed(seed);
        view.setSpeedIndex(FASTEST);
        view.start();
        RunSession session = RunSessions.current();
        UiTestSupport.waitUntil("the run to finish", 60_000, () -> !view.isRunning());
        UiTestSupport.pump(200);
        assertEquals(RunPlayer.State.FINISHED, view.player().state());
        return session.store().query(TimeRange.ALL, e -> true);
    }

    static Path sample(String name) {
        return ModelSource.samples().entrySet().stream().filter(e -> e.getValue().getFileName().toString().equals(name))
                .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
    }

    static RunControlView view() throws Exception {
        Display.getDefault();
        return (RunControlView) page().showView(RunControlView.ID);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
