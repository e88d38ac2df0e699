package org.orrery.ui.views.internal.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.charts.SweepChart;
import org.orrery.experiment.PhoneRun;
import org.orrery.experiment.bridge.ModelBridge;
import org.orrery.model.Experiment;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.io.TraceFile;
import org.orrery.ui.testing.UiTestSupport;
import org.orrery.ui.views.RunSession;
import org.orrery.ui.views.RunSessions;
import org.orrery.ui.views.internal.phones.PhoneCloneModel;
import org.orrery.ui.views.internal.phones.PhoneViewDriver;
import org.orrery.ui.views.internal.run.RunControlDriver;

/**
 * A phone experiment's sweep run from Run Control in the workbench: every run of it, with progress
 * and Stop; the Sweep view's chart and table hold the numbers of the headless run's sweep.csv (the
 * same model, experiment and seed, run through orrery run's path in this test); picking a run shows
 * it in Phone Clones (its energy and bytes those of its sweep.csv row) and Run Control can scrub it;
 * the exports are orrery run's files. Screenshots in target/screenshots: sweep-wifi (the Sweep view
 * beside the Event Log, Phone Clones showing the run picked), sweep-wifi-maximized, sweep-latency.
 */
class SweepViewTest {

    private static final String SAMPLE = "amphone-two-instances.orrery";

    @AfterEach
    void noRun() throws Exception {
        RunControlDriver.open().stop();
        RunSessions.show(null);
    }

    /** The headless run of {@code experiment} (PhoneRun.runAndWrite: what orrery run calls) into {@code dir}. */
    private static void headless(String experiment, Path dir) throws Exception {
        Path model = RunControlDriver.sample(SAMPLE);
        World world = OrreryResources.load(model);
        Experiment x = world.getExperiments().stream().filter(e -> experiment.equals(e.getId())).findFirst()
                .orElseThrow();
        ModelBridge.Bridged bridged = ModelBridge.bridge(x);
        PhoneRun.runAndWrite(bridged.phone(), dir, Map.of("model", SAMPLE, "experiment", bridged.phone().name()),
                bridged.notes(), line -> { });
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void aSweepRunsEveryValueAndShowsTheHeadlessNumbersThenAPickedRun(@TempDir Path dir) throws Exception {
        headless("ex-sweep-wifi", dir.resolve("headless"));
        String csv = Files.readString(dir.resolve("headless/sweep.csv"));
        List<String> rows = List.of(csv.split("\n"));
        List<String> header = List.of(rows.get(0).split(","));

        PlatformUI.getWorkbench().showPerspective("org.orrery.ui.perspective.run",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        page().resetPerspective();
        RunControlDriver rc = RunControlDriver.open().choose(SAMPLE, "Sweep: Wi-Fi bandwidth", null,
                RunControlDriver.FASTEST);
        rc.start();
        // progress while it runs: Run Control names the run under way and its bar moves over the whole sweep
        Set<String> said = new LinkedHashSet<>();
        List<Integer> bar = new ArrayList<>();
        while (rc.view().isRunning()) {
            said.add(rc.position());
            bar.add(rc.bar());
            assertFalse(rc.playEnabled(), "a sweep runs as fast as it can: nothing to pause");
            UiTestSupport.pump(15);
        }
        assertTrue(said.stream().anyMatch(t -> t.matches("run [1-6] of 6: wifiBandwidthMbps = \\d+ Mbit/s")), said
                .toString());
        for (int i = 1; i < bar.size(); i++) {
            assertTrue(bar.get(i) >= bar.get(i - 1), "the bar never goes back: " + bar);
        }
        rc.awaitEnd(60_000);
        assertEquals("swept: 6 runs", rc.state());

        SweepView view = (SweepView) page().findView(SweepView.ID);
        assertNotNull(view, "the Sweep view opened");
        assertTrue(page().isPartVisible(view));
        assertTrue(List.of(page().getViewStack(view)).contains(page().findView("org.orrery.ui.views.eventLog")),
                "beside the Event Log");
        assertTrue(page().isPartVisible(PhoneViewDriver.find().view()), "and Phone Clones in sight at the same time");
        SweepResult sweep = SweepResult.current();
        UiTestSupport.waitUntil("six rows", 10_000, () -> view.rows().size() == 6);
        // the same sweep as the headless run's, to the byte
        assertEquals(csv, sweep.csv());
        assertEquals(List.of("2", "5", "10", "20", "50", "100"), view.rows().stream().map(r -> r.get(0)).toList());
        assertEquals("154.9", view.rows().get(0).get(1), "2 Mbit/s: 154.9 J (phone README's table)");
        assertEquals("61.744", view.rows().get(0).get(4), "its offload latency, s");

        // every chart's series are the csv's columns against the swept values
        for (PhoneRun.SweepChartSpec spec : PhoneRun.SWEEP_CHARTS) {
            view.chooseChart(spec.name());
            UiTestSupport.pump(200);
            SweepChart chart = view.shownChart();
            assertEquals(spec.metrics(), List.copyOf(chart.series().keySet()), spec.name());
            for (int r = 1; r < rows.size(); r++) {
                String[] cells = rows.get(r).split(",");
                assertEquals(Double.parseDouble(cells[0]), chart.xs()[r - 1], spec.name());
                for (String metric : spec.metrics()) {
                    double expected = Double.parseDouble(cells[header.indexOf(metric)]);
                    assertEquals(expected, chart.series().get(metric)[r - 1], Math.abs(expected) * 1e-5,
                            spec.name() + " " + metric + " at " + cells[0]);
                }
            }
        }
        view.chooseChart("sweep-energy");
        UiTestSupport.pump(200);

        // the first run is shown when the sweep ends; Phone Clones shows it
        RunSession first = RunSessions.current();
        assertEquals("sweep", first.origin());
        assertTrue(first.name().endsWith("wifiBandwidthMbps = 2 Mbit/s"), first.name());
        assertEquals(0, sweep.picked());

        // picking 20 Mbit/s: every live view shows that run, its numbers those of sweep.csv's row
        view.pickRow(3);
        UiTestSupport.pump(200);
        RunSession picked = RunSessions.current();
        assertTrue(picked.name().endsWith("wifiBandwidthMbps = 20 Mbit/s"), picked.name());
        assertEquals(1, picked.seed());
        String[] row = rows.get(4).split(",");
        assertEquals(Files.readAllLines(dir.resolve("headless/runs/wifiBandwidthMbps-20/trace.jsonl")).size() - 1,
                picked.store().size(), "the run's events, all of them");
        PhoneViewDriver phones = PhoneViewDriver.find();
        assertNotNull(phones, "Phone Clones is open");
        PhoneCloneModel shown = phones.read(picked.store());
        assertEquals(1, shown.groups().size(), "one phone");
        assertEquals(2, shown.groups().get(0).pairs().size(), "with its two instances");
        double energy = Double.parseDouble(row[header.indexOf("energy_J")]);
        assertEquals(energy, shown.phones().get(0).energyJ(), energy * 1e-5, "the run's energy, J");
        long up = shown.pairs().stream().mapToLong(PhoneCloneModel.Pair::bytesUp).sum();
        long down = shown.pairs().stream().mapToLong(PhoneCloneModel.Pair::bytesDown).sum();
        assertEquals(Long.parseLong(row[header.indexOf("bytes_up")]), up, "bytes up");
        assertEquals(Long.parseLong(row[header.indexOf("bytes_down")]), down, "bytes down");
        assertEquals(20.0, shown.phones().get(0).parameters().get("wifiMbps"), "the run's Wi-Fi, from its telemetry");
        assertTrue(shown.described("phone/cubie").get("wifiMbps").swept(), "marked as the sweep's");
        assertEquals("20", phones.field("wifiMbps"));
        assertFalse(phones.fieldEnabled("wifiMbps"), "the sweep sets it");
        assertTrue(phones.fieldEnabled("thresholdKiB"));
        // Run Control steers the picked run as a finished run: scrubbed to the middle, half of it shown
        assertTrue(rc.canScrub());
        rc.scrubToFraction(0.5);
        UiTestSupport.pump(200);
        long half = picked.store().query(TimeRange.ALL, e -> e.time() <= 90_000_000_000L).size();
        assertEquals(half, RunSessions.current().store().size());
        rc.scrubToFraction(1.0);
        UiTestSupport.pump(300);

        Shell shell = page().getWorkbenchWindow().getShell();
        shell.setMaximized(true);
        UiTestSupport.pump(600);
        UiTestSupport.save(UiTestSupport.capture(shell), "sweep-wifi");
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.pump(800);
        UiTestSupport.save(UiTestSupport.capture(shell), "sweep-wifi-maximized");
        view.chooseChart("sweep-latency");
        UiTestSupport.pump(500);
        UiTestSupport.save(UiTestSupport.capture(shell), "sweep-latency");

        // a click on the chart picks the run drawn nearest: at the right edge, 100 Mbit/s
        view.clickChart(view.canvas().getClientArea().width - 40);
        UiTestSupport.pump(200);
        assertEquals(5, sweep.picked());
        assertTrue(RunSessions.current().name().endsWith("wifiBandwidthMbps = 100 Mbit/s"),
                RunSessions.current().name());
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);

        // exports: orrery run's files, byte for byte
        view.chooseChart("sweep-energy");
        assertTrue(view.export(dir.resolve("out.csv"), "csv"));
        assertEquals(csv, Files.readString(dir.resolve("out.csv")));
        assertTrue(view.export(dir.resolve("out.svg"), "svg"));
        assertEquals(Files.readString(dir.resolve("headless/charts/sweep-energy.svg")),
                Files.readString(dir.resolve("out.svg")));
        assertTrue(view.export(dir.resolve("out.png"), "png"));
        assertTrue(Files.size(dir.resolve("out.png")) > 1000);

        // a recording of a run of the sweep says which run it is, with the phones' parameters at its value
        Path trace = dir.resolve("point.trace.jsonl");
        assertTrue(rc.saveRecording(trace), rc.message());
        Map<String, Object> run = TraceFile.read(trace).run();
        assertEquals(Map.of("parameter", "wifiBandwidthMbps", "unit", "Mbit/s", "value", 100.0), run.get("sweep"));
        assertTrue(String.valueOf(run.get("phones")).contains("name=wifiMbps, value=100.0, unit=Mbit/s, assumption=true,"
                + " swept=true"), String.valueOf(run.get("phones")));
        assertEquals(1L, run.get("seed"));
    }

    @Test
    void stopEndsTheSweepWithTheRunsThatEnded() throws Exception {
        RunControlDriver rc = RunControlDriver.open().choose(SAMPLE, "Sweep: sync threshold", null,
                RunControlDriver.FASTEST);
        rc.start();
        rc.stop(); // at once: before its job has run anything
        rc.awaitEnd(30_000);
        UiTestSupport.waitUntil("the sweep to end", 10_000, () -> SweepResult.current().state()
                != SweepResult.State.RUNNING);
        assertEquals(SweepResult.State.CANCELLED, SweepResult.current().state());
        assertEquals(0, SweepResult.current().points().size());
        assertEquals("stopped after 0 of 7 runs", rc.state());
        SweepView view = (SweepView) page().findView(SweepView.ID);
        UiTestSupport.pump(300);
        assertTrue(view.titleText().endsWith("stopped after 0 of 7 runs"), view.titleText());

        // and the experiment runs whole when started again
        rc.start();
        rc.awaitEnd(60_000);
        assertEquals(7, SweepResult.current().points().size());
        List<Double> thresholds = SweepResult.current().points().stream().map(SweepResult.Point::value).toList();
        assertEquals(List.of(64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0), thresholds);
        // a lower threshold syncs more often (PhoneRunCommandTest says it of the headless run too)
        double small = SweepResult.current().points().get(0).result().metrics().get("syncs");
        double large = SweepResult.current().points().get(6).result().metrics().get("syncs");
        assertTrue(small > large, small + " vs " + large);
        assertTrue(RunSessions.current().store().query(TimeRange.ALL, e -> e.kind() == EventKind.SYNC_PHASE).size() > 0);
    }
}
