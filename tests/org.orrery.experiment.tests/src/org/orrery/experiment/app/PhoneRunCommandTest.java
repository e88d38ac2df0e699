package org.orrery.experiment.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.PhoneRun;
import org.orrery.experiment.Samples;
import org.orrery.telemetry.io.Json;

/** {@code orrery run} on the AMPhone sample: the two-instance run and a sweep, headless. */
class PhoneRunCommandTest {

    private static final String SAMPLE = "amphone-two-instances.orrery";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RunCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    @Test
    void twoInstancesWithADropRunAndWriteTraceSeriesAndSummary() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        Path results = dir.resolve("results");
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-two-instances", "--out",
                results.toString()), err.toString(StandardCharsets.UTF_8));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("Ran phone experiment \"Both instances offload; the Wi-Fi drops during the first upload\""), said);
        String notes = err.toString(StandardCharsets.UTF_8);
        assertTrue(notes.contains("wifiMbps = 20 Mbit/s (assumption)"), notes);
        assertTrue(notes.contains("energy.radioActiveW = 1 W (assumption)"), notes);
        assertTrue(Files.isRegularFile(results.resolve("trace.jsonl")));
        try (var series = Files.list(results.resolve("series"))) {
            List<String> names = series.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.contains("phoneinstance%2Finst-personal__METRIC.csv"), names.toString());
            assertTrue(names.contains("phone%2Fcubie__METRIC.csv"), names.toString());
        }
        String channels = Files.readAllLines(results.resolve("series/phoneinstance%2Finst-personal__METRIC.csv")).get(0);
        for (String column : List.of("inputEvents", "inputBytes", "pendingUp", "pendingDown", "threshold")) {
            assertTrue(channels.contains(column), channels);
        }
        assertTrue(Files.readAllLines(results.resolve("series/phone%2Fcubie__METRIC.csv")).get(0).contains("energy"));
        try (var charts = Files.list(results.resolve("charts"))) {
            List<String> names = charts.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().anyMatch(n -> n.contains("pendingUp") && n.endsWith(".svg")), names.toString());
            System.out.println("charts: " + names);
            // kept for people to look at (like the UI tests' screenshots)
            Path keep = Files.createDirectories(Path.of("target", "phone-charts"));
            for (String name : names) {
                Files.copy(results.resolve("charts").resolve(name), keep.resolve(name),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.println(Files.readString(results.resolve("summary.txt")));
        Map<String, Object> summary = (Map<String, Object>) Json.parse(Files.readString(results.resolve("summary.json")));
        assertEquals(PhoneRun.FORMAT, summary.get("format"));
        Map<String, Object> metrics = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) summary.get("runs"))
                .get(0)).get("metrics");
        assertEquals(2.0, ((Number) metrics.get("offloads")).doubleValue());
        // both offloads came back: personal 300 s / 5 = 60 s and corporate 30 s of cloud work, within 300 s
        assertTrue(((Number) metrics.get("bytes_down")).doubleValue() > 0, metrics.toString());
        // the drop at 12 s cuts the personal instance's upload (10.5 s to about 14 s): a cut chunk is resent
        double resent = ((Number) metrics.get("resent_bytes")).doubleValue();
        assertTrue(resent > 0 && resent < 2 * 9_500, "at most one cut chunk per transfer on the air: " + resent);
        assertTrue(((Number) metrics.get("energy_J")).doubleValue() > 0);
        assertTrue(Files.readString(results.resolve("summary.txt")).contains("ASSUMED"));
        assertTrue(Files.readString(results.resolve("summary.txt")).contains("phone/cubie energy.radioTailS = 0.2 s"));
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) ((List<Object>) summary
                .get("phones")).get(0)).get("parameters");
        Map<String, Object> radio = parameters.stream().filter(p -> "energy.radioActiveW".equals(p.get("name")))
                .findFirst().orElseThrow();
        assertEquals(1.0, ((Number) radio.get("value")).doubleValue());
        assertEquals(Boolean.TRUE, radio.get("assumption"));

        // same seed, same files
        Path again = dir.resolve("again");
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-two-instances", "--out", again.toString()));
        assertEquals(Files.readString(results.resolve("summary.json")), Files.readString(again.resolve("summary.json")));
        assertEquals(Files.readString(results.resolve("trace.jsonl")), Files.readString(again.resolve("trace.jsonl")));
    }

    @Test
    void wifiSweepWritesOneRowPerBandwidthAndSlowerWifiCostsMoreRadioEnergy() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        Path results = dir.resolve("sweep");
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-sweep-wifi", "--out", results.toString()),
                err.toString(StandardCharsets.UTF_8));
        List<String> rows = Files.readAllLines(results.resolve("sweep.csv"));
        assertEquals(7, rows.size(), "a header and six bandwidths: " + rows);
        List<String> header = List.of(rows.get(0).split(","));
        assertEquals("wifiBandwidthMbps", header.get(0));
        int radio = header.indexOf("radio_energy_J");
        int latency = header.indexOf("offload_latency_s");
        double slowRadio = Double.parseDouble(rows.get(1).split(",")[radio]);
        double fastRadio = Double.parseDouble(rows.get(6).split(",")[radio]);
        assertTrue(slowRadio > fastRadio, "2 Mbit/s keeps the radio active longer: " + slowRadio + " vs " + fastRadio);
        double slowLatency = Double.parseDouble(rows.get(1).split(",")[latency]);
        double fastLatency = Double.parseDouble(rows.get(6).split(",")[latency]);
        assertTrue(slowLatency > 5 * fastLatency, "the upload dominates the offload latency: " + slowLatency + " vs "
                + fastLatency);
        assertTrue(Files.isRegularFile(results.resolve("runs/wifiBandwidthMbps-2/trace.jsonl")));
        for (String chart : List.of("sweep-energy", "sweep-latency", "sweep-bytes", "sweep-syncs")) {
            assertTrue(Files.size(results.resolve("charts/" + chart + ".png")) > 1000, chart);
            assertTrue(Files.readString(results.resolve("charts/" + chart + ".svg")).contains("<svg"), chart);
            Files.copy(results.resolve("charts/" + chart + ".png"), Files.createDirectories(Path.of("target",
                    "phone-charts")).resolve(chart + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println(String.join("\n", rows));
    }

    @Test
    void thresholdAndEventSweepsRun() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-offload", "--out",
                dir.resolve("o").toString(), "--quiet"), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("gives no workS: it offloads 60 phone-seconds"));
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-sweep-threshold", "--out",
                dir.resolve("t").toString(), "--quiet"), err.toString(StandardCharsets.UTF_8));
        List<String> rows = Files.readAllLines(dir.resolve("t/sweep.csv"));
        int syncs = List.of(rows.get(0).split(",")).indexOf("syncs");
        double small = Double.parseDouble(rows.get(1).split(",")[syncs]);
        double large = Double.parseDouble(rows.get(rows.size() - 1).split(",")[syncs]);
        assertTrue(small > large, "a lower threshold syncs more often: " + small + " vs " + large);
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-sweep-events", "--out",
                dir.resolve("e").toString(), "--quiet"), err.toString(StandardCharsets.UTF_8));
        rows = Files.readAllLines(dir.resolve("e/sweep.csv"));
        int events = List.of(rows.get(0).split(",")).indexOf("events_captured");
        assertTrue(Double.parseDouble(rows.get(rows.size() - 1).split(",")[events])
                > 10 * Double.parseDouble(rows.get(1).split(",")[events]));
    }

    @Test
    void anUnknownPhoneParameterIsRefusedWithTheKnownOnes() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        String text = Files.readString(model).replace("name=\"thresholdKB\" value=\"2048.0\"", "name=\"tresholdKB\" value=\"2048.0\"");
        Files.writeString(model, text);
        assertEquals(RunCommand.BAD_INPUT, run(model.toString(), "--experiment", "ex-offload", "--out",
                dir.resolve("x").toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("parameter \"tresholdKB\" is not known here; known: wifiBandwidthMbps, thresholdKB"), said);
    }

    @Test
    void aSweepOfMixedParametersIsRefused() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        Files.writeString(model, Files.readString(model).replace("name=\"thresholdKB.3\"", "name=\"wifiBandwidthMbps.9\""));
        assertEquals(RunCommand.BAD_INPUT, run(model.toString(), "--experiment", "ex-sweep-threshold", "--out",
                dir.resolve("x").toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("its parameters must all be named PARAMETER.N") && said.contains("thresholdKB, wifiBandwidthMbps"),
                said);
    }

    @Test
    void anInstanceWithoutACloneIsRefused() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        Files.writeString(model, Files.readString(model).replace(" instance=\"inst-corporate\"", ""));
        assertEquals(RunCommand.BAD_INPUT, run(model.toString(), "--experiment", "ex-two-instances", "--out",
                dir.resolve("x").toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("\"corporate\" has no clone"), said);
    }

    @Test
    void phoneSubjectsMapBackToTheModel() throws Exception {
        Path model = Samples.copy(SAMPLE, dir);
        org.orrery.model.World world = org.orrery.model.persistence.OrreryResources.load(model);
        org.orrery.model.Experiment experiment = world.getExperiments().stream()
                .filter(x -> "ex-two-instances".equals(x.getId())).findFirst().orElseThrow();
        org.orrery.experiment.bridge.ModelBridge.Bridged bridged = org.orrery.experiment.bridge.ModelBridge.bridge(experiment);
        assertEquals("personal", bridged.subjects().get("phoneinstance/inst-personal").getName());
        assertEquals("Cubieboard2", bridged.subjects().get("phone/cubie").getName());
        assertEquals("clone-corporate", bridged.subjects().get("vm/clone-corporate").getName());
        assertEquals(List.of("phoneinstance/inst-personal", "phoneinstance/inst-corporate"),
                bridged.phone().phones().get(0).instances().stream().map(i -> i.subject()).toList());
    }
}
