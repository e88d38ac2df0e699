package org.orrery.ui.views.internal.phones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.PhoneRun;
import org.orrery.experiment.bridge.ModelBridge;
import org.orrery.model.Experiment;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.telemetry.io.Json;
import org.orrery.telemetry.io.TraceFile;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;
import org.orrery.ui.views.internal.run.RunControlDriver;

/**
 * Phone Clones' controls in the workbench: a phone experiment run from Run Control shows the values
 * it used; changing Wi-Fi bandwidth and the sync threshold and pressing Re-run runs the same
 * experiment and seed again with them, and the view's numbers become those of the headless run with
 * the same settings ({@code orrery run --set}'s path); the changed values are marked as overrides in
 * the view, in Run Control's notes and in a saved recording; the model's values bring the first
 * run's numbers back; bad values are refused. Screenshots in target/screenshots:
 * phones-controls-changed (values typed, not yet run), phones-controls-rerun (the run with them),
 * phones-controls-recording (the recording reopened).
 */
class PhoneControlsTest {

    private static final String SAMPLE = "amphone-two-instances.orrery";
    private static final String EXPERIMENT = "ex-two-instances";

    @AfterEach
    void noRun() throws Exception {
        RunControlDriver.open().stop();
        RunSessions.show(null);
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** summary.json's metrics of the headless run of the sample's experiment with {@code settings} over the model. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> headless(Map<String, Double> settings, Path dir) throws Exception {
        World world = OrreryResources.load(RunControlDriver.sample(SAMPLE));
        Experiment x = world.getExperiments().stream().filter(e -> EXPERIMENT.equals(e.getId())).findFirst()
                .orElseThrow();
        ModelBridge.Bridged bridged = ModelBridge.bridge(x, settings);
        PhoneRun.runAndWrite(bridged.phone(), dir, Map.of("model", SAMPLE, "experiment", bridged.phone().name()),
                bridged.notes(), line -> { });
        Map<String, Object> summary = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("summary.json")));
        return (Map<String, Object>) ((Map<String, Object>) ((List<Object>) summary.get("runs")).get(0)).get("metrics");
    }

    private static double number(Map<String, Object> metrics, String name) {
        return ((Number) metrics.get(name)).doubleValue();
    }

    private static PhoneCloneModel read(PhoneCloneView view, RunSession session) {
        UiTestSupport.waitUntil("Phone Clones to read the run", 20_000,
                () -> view.model().scanned() == session.store().size());
        UiTestSupport.pump(300);
        return view.model();
    }

    private static int syncs(PhoneCloneModel m) {
        return m.pairs().stream().mapToInt(PhoneCloneModel.Pair::syncs).sum();
    }

    private static long up(PhoneCloneModel m) {
        return m.pairs().stream().mapToLong(PhoneCloneModel.Pair::bytesUp).sum();
    }

    private static void shoot(PhoneCloneView view, String name) throws Exception {
        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setMaximized(true);
        page().bringToTop(view);
        UiTestSupport.pump(500);
        UiTestSupport.save(UiTestSupport.capture(shell), name + "-folder");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.pump(800);
        UiTestSupport.save(UiTestSupport.capture(shell), name);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        UiTestSupport.pump(300);
    }

    @Test
    void changingTheControlsAndReRunningShowsTheirEffect(@TempDir Path dir) throws Exception {
        Map<String, Double> settings = Map.of("wifiMbps", 5.0, "thresholdKiB", 128.0);
        Map<String, Object> modelRun = headless(Map.of(), dir.resolve("model"));
        Map<String, Object> setRun = headless(settings, dir.resolve("set"));

        PlatformUI.getWorkbench().showPerspective("org.orrery.ui.perspective.run",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page().resetPerspective();
        RunControlDriver rc = RunControlDriver.open().choose(SAMPLE, "Both instances offload; the Wi-Fi drops during the first upload", null,
                RunControlDriver.FASTEST);
        rc.start();
        rc.awaitEnd(60_000);
        RunSession first = RunSessions.current();
        PhoneCloneView view = (PhoneCloneView) page().findView(PhoneCloneView.ID);
        PhoneControls controls = view.controls();
        PhoneCloneModel m = read(view, first);
        // the values the run used, none an override; its numbers those of the headless run
        assertEquals("20", controls.text("wifiMbps"));
        assertEquals("5", controls.text("wifiLatencyMs"));
        assertEquals("512", controls.text("thresholdKiB"));
        assertEquals("2", controls.text("inputEventRate"));
        assertFalse(controls.marked("wifiMbps"));
        assertTrue(controls.canRerun());
        double energy = m.phones().get(0).energyJ();
        int syncs = syncs(m);
        assertEquals(number(modelRun, "energy_J"), energy, 1e-9);
        assertEquals(number(modelRun, "syncs"), syncs);
        assertEquals((long) number(modelRun, "bytes_up"), up(m));

        // a quarter of the Wi-Fi and a quarter of the threshold, typed: marked, not run yet
        controls.type("wifiMbps", "5");
        controls.type("thresholdKiB", "128");
        assertTrue(controls.marked("wifiMbps"));
        assertTrue(controls.marked("thresholdKiB"));
        assertFalse(controls.marked("wifiLatencyMs"));
        shoot(view, "phones-controls-changed");
        controls.pressRerun();
        assertEquals("", controls.message());
        rc.awaitEnd(60_000);
        RunSession second = RunSessions.current();
        assertNotSame(first, second);
        assertEquals(1, second.seed(), "the same seed");
        PhoneCloneModel m2 = read(view, second);
        // the numbers change, to those of the headless run with the same settings
        double energy2 = m2.phones().get(0).energyJ();
        assertNotEquals(energy, energy2);
        assertEquals(number(setRun, "energy_J"), energy2, 1e-9, "energy, J");
        assertEquals(number(setRun, "syncs"), syncs(m2), "daemon syncs");
        assertTrue(syncs(m2) > syncs, "a lower threshold syncs more often: " + syncs(m2) + " vs " + syncs);
        assertEquals((long) number(setRun, "bytes_up"), up(m2), "bytes up");
        assertEquals(5.0, m2.phones().get(0).parameters().get("wifiMbps"), "the run's telemetry says 5 Mbit/s");
        PhoneCloneModel.RunParameter wifi = m2.described("phone/cubie").get("wifiMbps");
        assertTrue(wifi.override());
        assertEquals(20.0, wifi.model());
        assertTrue(controls.marked("wifiMbps"), "still marked: the run's value is an override");
        assertEquals("5", controls.text("wifiMbps"));
        assertTrue(rc.notes().contains("phone/cubie: wifiMbps = 5 Mbit/s (OVERRIDE: set for this run; the model gives"
                + " 20 Mbit/s, assumption)"), rc.notes());
        assertTrue(rc.notes().contains("thresholdKiB = 128.0 KiB (assumption) (OVERRIDE; the model gives 512.0)"),
                rc.notes());
        assertEquals(settings, rc.overrides());
        assertEquals("Phone settings over the model (set in Phone Clones): thresholdKiB = 128, wifiMbps = 5",
                rc.overridesLine());
        shoot(view, "phones-controls-rerun");
        assertTrue(controls.marked("wifiMbps"), "still marked after the view was maximized and restored");

        // saved: the recording's parameters say which values were overrides, and of what
        Path trace = dir.resolve("override.trace.jsonl");
        assertTrue(rc.saveRecording(trace), rc.message());
        Map<String, Object> run = TraceFile.read(trace).run();
        assertEquals(settings, run.get("overrides"));
        String phones = String.valueOf(run.get("phones"));
        assertTrue(phones.contains("name=wifiMbps, value=5.0, unit=Mbit/s, assumption=true, override=true, model=20.0"),
                phones);
        assertTrue(phones.contains("name=wifiLatencyMs, value=5.0, unit=ms, assumption=true}"), phones);

        // bad values are refused, and nothing runs
        controls.type("wifiMbps", "fast");
        assertFalse(controls.canRerun(), "not a number: Re-run is off");
        controls.type("wifiMbps", "0");
        controls.pressRerun();
        assertTrue(controls.message().contains("wifiMbps must be positive and finite: 0.0"), controls.message());
        assertEquals(second, RunSessions.current(), "the run shown is left alone");
        assertEquals(settings, rc.overrides(), "and the settings too");

        // the model's values: the first run's numbers again
        controls.pressModelValues();
        assertEquals("20", controls.text("wifiMbps"));
        assertEquals("512", controls.text("thresholdKiB"));
        assertFalse(controls.marked("wifiMbps"));
        controls.pressRerun();
        rc.awaitEnd(60_000);
        PhoneCloneModel m3 = read(view, RunSessions.current());
        assertEquals(Map.of(), rc.overrides());
        assertEquals(energy, m3.phones().get(0).energyJ(), 0.0, "same model, experiment and seed: the same energy");
        assertEquals(syncs, syncs(m3));
        assertEquals("", rc.overridesLine());

        // the recording reopened: the values it used, overrides marked; it cannot run again from here
        assertTrue(rc.openRecording(trace));
        rc.scrubToFraction(1.0);
        PhoneCloneModel recorded = read(view, RunSessions.current());
        assertEquals(energy2, recorded.phones().get(0).energyJ(), 1e-9);
        assertEquals("5", controls.text("wifiMbps"));
        assertTrue(controls.marked("wifiMbps"));
        assertFalse(controls.enabled("wifiMbps"));
        assertFalse(controls.canRerun());
        shoot(view, "phones-controls-recording");
    }
}
