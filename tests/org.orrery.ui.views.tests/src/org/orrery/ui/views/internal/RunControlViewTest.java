package org.orrery.ui.views.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orrery.telemetry.TelemetryEvent;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;

/** Run control starts simulation runs in a job, shows their progress, and refuses bad fields. */
class RunControlViewTest {

    @AfterEach
    void noRun() {
        RunSessions.show(null);
    }

    @Test
    void aRunFinishesIntoTheEventLogAndTheSameSeedGivesTheSameTrace() throws Exception {
        RunControlView view = view();
        view.setFields("7", "300");
        view.start();
        RunSession first = RunSessions.current();
        UiTestSupport.waitUntil("the first run to finish", 60_000, () -> !view.isRunning());
        UiTestSupport.pump(300);
        assertEquals(Messages.RunControl_finished, view.stateText());
        assertTrue(first.store().size() > 100, "a 300 s demo run emits placements, samples and migrations");
        assertEquals(7, first.seed());
        // The event log follows the current run.
        EventLogView log = (EventLogView) page().showView(EventLogView.ID);
        UiTestSupport.waitUntil("the log to show the run", 5_000, () -> log.rowCount() == first.store().size());

        view.start();
        RunSession second = RunSessions.current();
        UiTestSupport.waitUntil("the second run to finish", 60_000, () -> !view.isRunning());
        assertEquals(first.store().size(), second.store().size());
        for (int i = 0; i < first.store().size(); i++) {
            TelemetryEvent a = first.store().get(i);
            TelemetryEvent b = second.store().get(i);
            assertEquals(a, b, "event " + i + " differs");
        }
    }

    @Test
    void badFieldsAreNamedAndNothingStarts() throws Exception {
        RunControlView view = view();
        view.setFields("-3", "60");
        view.start();
        assertEquals(Messages.RunControl_badSeed, view.errorText());
        view.setFields("1", "forever");
        view.start();
        assertEquals(Messages.RunControl_badDuration, view.errorText());
        assertEquals(false, view.isRunning());
    }

    @Test
    void theRunMenuStartsARunInTheRunPerspective() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        RunControlView view = view();
        view.setFields("11", "60");
        window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("org.orrery.ui.views.startRun", null);
        assertEquals("org.orrery.ui.perspective.run", page().getPerspective().getId());
        assertEquals(11, RunSessions.current().seed());
        UiTestSupport.waitUntil("the run to finish", 60_000, () -> !view.isRunning());
    }

    private static RunControlView view() throws Exception {
        return (RunControlView) page().showView(RunControlView.ID);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
