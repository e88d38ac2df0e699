package org.orrery.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.charts.SweepChart;
import org.orrery.experiment.app.RunCommand;
import org.orrery.experiment.bridge.BridgeException;
import org.orrery.experiment.bridge.ModelBridge;
import org.orrery.experiment.plan.PhonePlan;
import org.orrery.model.World;
import org.orrery.telemetry.Attribute;
import org.orrery.telemetry.EventKind;
import org.orrery.telemetry.TelemetryStore;
import org.orrery.telemetry.TimeRange;
import org.orrery.telemetry.io.Json;

/**
 * The one path of phone runs ({@link PhoneRun#runAll}): a sweep run through it point by point
 * (as the workbench does, keeping each run's telemetry) gives the headless {@code sweep.csv} to the
 * byte; it reports progress over the whole sweep and stops when asked, keeping the runs that ended.
 * Settings over the model's values ({@code --set}, the workbench's controls) change the run, are
 * noted as overrides and written into summary.json; bad ones are refused with their reason.
 */
class PhoneSweepTest {

    private static final String SAMPLE = "amphone-two-instances.orrery";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RunCommand.execute(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private PhonePlan plan(String experiment, Map<String, Double> overrides) throws Exception {
        World world = Samples.load(SAMPLE, Files.createTempDirectory(dir, "model"));
        return ModelBridge.bridge(Samples.experiment(world, experiment), overrides).phone();
    }

    @Test
    void aSweepRunPointByPointGivesTheHeadlessSweepCsvAndCharts() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-sweep-wifi", "--out",
                dir.resolve("headless").toString(), "--quiet"), err.toString(StandardCharsets.UTF_8));
        String headless = Files.readString(dir.resolve("headless/sweep.csv"));

        PhonePlan plan = plan("ex-sweep-wifi", Map.of());
        List<TelemetryStore> kept = new ArrayList<>();
        List<long[]> progress = new ArrayList<>();
        PhoneRun.Outcome outcome = PhoneRun.runAll(plan, new RunMonitor() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void progressed(long simulatedTime, long duration) {
                progress.add(new long[] {simulatedTime, duration});
            }
        }, (i, result, store) -> {
            assertEquals(kept.size(), i);
            assertEquals(plan.sweep().values().get(i), result.sweepValue());
            kept.add(store);
        });
        assertFalse(outcome.cancelled());
        assertEquals(6, outcome.results().size());
        assertEquals(headless, PhoneRun.csv(plan, outcome.results()), "the same sweep.csv, to the byte");
        // each kept run is the headless run's trace: as many events as its runs/ directory's trace holds
        for (int i = 0; i < kept.size(); i++) {
            long lines = Files.readAllLines(dir.resolve("headless/runs/wifiBandwidthMbps-"
                    + headless.split("\n")[i + 1].split(",")[0] + "/trace.jsonl")).size() - 1;
            assertEquals(lines, kept.get(i).size(), "point " + i);
            assertEquals(outcome.results().get(i).events(), kept.get(i).size());
        }
        // the sweep's progress is one bar: from 0 to six durations, never backwards
        long total = 6 * plan.duration();
        assertEquals(total, progress.get(progress.size() - 1)[0]);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i)[0] >= progress.get(i - 1)[0]);
            assertEquals(total, progress.get(i)[1]);
        }
        // the charts drawn from these results hold the csv's numbers (the Sweep view draws these)
        List<String> rows = List.of(headless.split("\n"));
        List<String> header = List.of(rows.get(0).split(","));
        for (PhoneRun.SweepChartSpec spec : PhoneRun.SWEEP_CHARTS) {
            SweepChart chart = PhoneRun.sweepChart(plan, outcome.results(), spec);
            assertEquals(spec.metrics(), List.copyOf(chart.series().keySet()));
            for (int r = 1; r < rows.size(); r++) {
                String[] cells = rows.get(r).split(",");
                assertEquals(Double.parseDouble(cells[0]), chart.xs()[r - 1]);
                for (String metric : spec.metrics()) {
                    double csv = Double.parseDouble(cells[header.indexOf(metric)]);
                    assertEquals(csv, chart.series().get(metric)[r - 1], Math.abs(csv) * 1e-5, metric);
                }
            }
        }
        kept.forEach(TelemetryStore::close);
    }

    @Test
    void aCancelledSweepKeepsTheRunsThatEnded() throws Exception {
        PhonePlan plan = plan("ex-sweep-threshold", Map.of());
        List<Double> done = new ArrayList<>();
        long[] reached = {0};
        PhoneRun.Outcome outcome = PhoneRun.runAll(plan, new RunMonitor() {
            @Override
            public boolean isCancelled() {
                // stop in the middle of the third run
                return reached[0] > 2 * plan.duration() + plan.duration() / 2;
            }

            @Override
            public void progressed(long simulatedTime, long duration) {
                reached[0] = simulatedTime;
            }
        }, (i, result, store) -> {
            done.add(result.sweepValue());
            store.close();
        });
        assertTrue(outcome.cancelled());
        assertEquals(List.of(64.0, 128.0), done);
        assertEquals(2, outcome.results().size());
        // the runs that ended are the full sweep's first two
        PhoneRun.Outcome full = PhoneRun.runAll(plan, RunMonitor.NONE, (i, r, s) -> s.close());
        assertEquals(full.results().subList(0, 2), outcome.results());
    }

    @SuppressWarnings("unchecked")
    @Test
    void settingsOverTheModelChangeTheRunAndAreNotedAsOverrides() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-two-instances", "--out",
                dir.resolve("model").toString(), "--quiet"));
        err.reset();
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-two-instances", "--out",
                dir.resolve("set").toString(), "--quiet", "--set", "wifiMbps=5", "--set=wifiLatencyMs=40"),
                err.toString(StandardCharsets.UTF_8));
        String notes = err.toString(StandardCharsets.UTF_8);
        assertTrue(notes.contains("phone/cubie: wifiMbps = 5 Mbit/s (OVERRIDE: set for this run; the model gives 20"
                + " Mbit/s, assumption)"), notes);
        assertTrue(notes.contains("wifiLatencyMs = 40 ms (OVERRIDE"), notes);
        assertTrue(notes.contains("thresholdKiB = 512 KiB (assumption)"), "the others as before: " + notes);

        Map<String, Object> set = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("set/summary.json")));
        Map<String, Object> plain = (Map<String, Object>) Json.parse(Files.readString(dir.resolve("model/summary.json")));
        assertEquals(Map.of("wifiLatencyMs", 40.0, "wifiMbps", 5.0), set.get("overrides"));
        assertFalse(plain.containsKey("overrides"));
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) ((List<Object>) set
                .get("phones")).get(0)).get("parameters");
        Map<String, Object> wifi = parameters.stream().filter(p -> "wifiMbps".equals(p.get("name"))).findFirst()
                .orElseThrow();
        assertEquals(5.0, ((Number) wifi.get("value")).doubleValue());
        assertEquals(Boolean.TRUE, wifi.get("override"));
        assertEquals(20.0, ((Number) wifi.get("model")).doubleValue());
        Map<String, Object> threshold = parameters.stream().filter(p -> "thresholdKiB".equals(p.get("name")))
                .findFirst().orElseThrow();
        assertFalse(threshold.containsKey("override"), "a value the model gives is no override");

        // a quarter of the bandwidth and eight times the latency: the uploads take longer
        double slow = metric(set, "offload_latency_s");
        double fast = metric(plain, "offload_latency_s");
        assertTrue(slow > 3 * fast, slow + " vs " + fast);
        // and the trace says what the run used
        TelemetryStore trace = org.orrery.telemetry.io.TraceFile.read(dir.resolve("set/trace.jsonl")).store();
        assertEquals(5.0, trace.query(TimeRange.ALL, e -> e.kind() == EventKind.MESSAGE
                && e.attributes().containsKey(Attribute.PHONE_PARAMETER + ".wifiMbps")).get(0)
                .number(Attribute.PHONE_PARAMETER + ".wifiMbps", -1));
        trace.close();
    }

    @SuppressWarnings("unchecked")
    private static double metric(Map<String, Object> summary, String name) {
        return ((Number) ((Map<String, Object>) ((Map<String, Object>) ((List<Object>) summary.get("runs")).get(0))
                .get("metrics")).get(name)).doubleValue();
    }

    @Test
    void aSweepKeepsItsValuesWhenItsParameterIsSetAndAppliesTheOthers() throws Exception {
        PhonePlan plan = plan("ex-sweep-events", Map.of("inputEventRate", 50.0, "thresholdKiB", 128.0));
        assertEquals(128.0, plan.phones().get(0).parameters().thresholdKiB());
        assertTrue(plan.phones().get(0).overridden("thresholdKiB"));
        assertEquals(512.0, plan.phones().get(0).model().thresholdKiB());
        PhoneRun.Outcome outcome = PhoneRun.runAll(plan, RunMonitor.NONE, (i, r, s) -> s.close());
        assertEquals(List.of(0.5, 1.0, 2.0, 5.0, 10.0, 20.0), outcome.results().stream()
                .map(PhoneRun.Result::sweepValue).toList(), "the sweep's values, not the setting");
        World world = Samples.load(SAMPLE, Files.createTempDirectory(dir, "m"));
        List<String> notes = ModelBridge.bridge(Samples.experiment(world, "ex-sweep-events"),
                Map.of("inputEventRate", 50.0)).notes();
        assertTrue(notes.contains("The value set for inputEventRate is not used: the sweep sets it"
                + " (inputEventRatePerS), one run per value."), notes.toString());
        List<Object> phones = PhoneRun.phones(plan, 5.0);
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) phones.get(0))
                .get("parameters");
        Map<String, Object> rate = parameters.stream().filter(p -> "inputEventRate".equals(p.get("name"))).findFirst()
                .orElseThrow();
        assertEquals(5.0, rate.get("value"));
        assertEquals(Boolean.TRUE, rate.get("swept"));
    }

    @Test
    void badSettingsAreRefusedWithTheirReason() throws Exception {
        World world = Samples.load(SAMPLE, dir);
        BridgeException unknown = assertThrows(BridgeException.class, () -> ModelBridge.bridge(Samples.experiment(world,
                "ex-offload"), Map.of("wifiMbit", 5.0)));
        assertEquals(List.of("Phone setting \"wifiMbit\" is not known; known: wifiMbps, wifiLatencyMs, thresholdKiB,"
                + " inputEventRate."), unknown.problems());
        BridgeException zero = assertThrows(BridgeException.class, () -> ModelBridge.bridge(Samples.experiment(world,
                "ex-offload"), Map.of("wifiMbps", 0.0)));
        assertTrue(zero.problems().get(0).contains("wifiMbps must be positive and finite: 0.0"), zero.problems()
                .toString());
        Path model = Samples.copy(Samples.MIGRATION_EXERCISE, dir);
        assertEquals(RunCommand.BAD_INPUT, run(model.toString(), "--experiment", "ex-precopy", "--out",
                dir.resolve("x").toString(), "--set", "wifiMbps=5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("has no phones: the phone settings wifiMbps do not"
                + " apply to it"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(RunCommand.BAD_INPUT, run(model.toString(), "--set", "wifiMbps"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--set needs NAME=NUMBER, each NAME once, got"
                + " 'wifiMbps'"), err.toString(StandardCharsets.UTF_8));
    }
}
