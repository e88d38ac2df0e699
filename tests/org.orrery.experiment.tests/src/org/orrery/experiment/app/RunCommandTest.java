package org.orrery.experiment.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.Samples;
import org.orrery.telemetry.io.Json;
import org.orrery.telemetry.io.TraceFile;

/** The headless run from a model file: its outputs, its determinism and its answers to bad input. */
class RunCommandTest {

    private static final String USAGE_HINT = " (orrery run --help shows the options)";

    @TempDir
    Path dir;

    private Path model;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copySample() throws Exception {
        model = Samples.copy(Samples.MIGRATION_EXERCISE, dir);
    }

    /** Copies a run's charts to target/run-charts, for people to look at. */
    private static void keepCharts(Path charts) throws Exception {
        Path kept = Files.createDirectories(Path.of("target", "run-charts"));
        try (Stream<Path> files = Files.list(charts)) {
            for (Path f : files.toList()) {
                Files.copy(f, kept.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return RunCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRunWritesTraceSeriesExportAndSummaryAndSaysSoInOneLine() throws Exception {
        Path results = dir.resolve("results");
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment", "ex-precopy", "--seed", "3", "--out",
                results.toString()));
        assertEquals(1, out().lines().count(), out());
        assertTrue(out().startsWith("Ran experiment \"Pre-copy\" of migration-exercise.orrery with seed 3 for 420 s:"
                + " 4 migrations started, 4 completed, 0 failed; "), out());
        assertTrue(out().contains("Results in " + results), out());
        List<String> progress = err().lines().toList();
        assertEquals(10, progress.size(), err());
        assertEquals("orrery run: 10% (42 s of 420 s simulated)", progress.get(0));
        assertEquals("orrery run: 100% (420 s of 420 s simulated)", progress.get(9));

        TraceFile.Recording trace = TraceFile.read(results.resolve("trace.jsonl"));
        assertEquals(Map.of("model", "migration-exercise.orrery", "experiment", "Pre-copy", "seed", 3L, "duration",
                420_000_000_000L), trace.run());
        assertTrue(trace.store().size() > 1_000);
        trace.store().close();
        assertTrue(Files.isRegularFile(results.resolve("series/host%2Fb1__METRIC.csv")));
        assertTrue(Files.isRegularFile(results.resolve("series/vm%2Fdb__MIGRATION_ROUND.csv")));
        // charts of the migrations and host VM counts, drawn with no display
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(results.resolve("charts/migration-vm%2Fdb-1.png")
                .toFile());
        assertEquals(1000, png.getWidth());
        assertEquals(600, png.getHeight());
        javax.xml.parsers.DocumentBuilderFactory xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (String chart : List.of("migration-vm%2Fdb-1.svg", "host-vms.svg")) {
            assertEquals("svg", xml.newDocumentBuilder().parse(results.resolve("charts").resolve(chart).toFile())
                    .getDocumentElement().getTagName(), chart);
        }
        keepCharts(results.resolve("charts"));
        Map<String, Object> chrome = Json.parseObject(Files.readString(results.resolve("migrations.trace.json")));
        assertTrue(((List<?>) chrome.get("traceEvents")).size() > 30);

        Map<String, Object> summary = Json.parseObject(Files.readString(results.resolve("summary.json")));
        assertEquals("orrery-run-summary", summary.get("format"));
        assertEquals(Map.of("started", 4L, "completed", 4L, "failed", 0L, "unfinished", 0L, "skipped", 1L),
                summary.get("counts"));
        Map<?, ?> policy = (Map<?, ?>) summary.get("policy");
        assertEquals("precopy-qemu", policy.get("implementation"));
        assertTrue(((List<?>) policy.get("parameters")).contains(Map.of("name", "maxRounds", "value", 30L, "unit",
                "rounds", "assumption", false)), policy.toString());
        List<?> migrations = (List<?>) summary.get("migrations");
        assertEquals(4, migrations.size());
        Map<?, ?> db = (Map<?, ?>) migrations.get(1);
        assertEquals("vm/db", db.get("vm"));
        assertEquals("round-cap", db.get("reason"));
        assertEquals(30L, db.get("rounds"));

        String text = Files.readString(results.resolve("summary.txt"));
        assertTrue(text.startsWith("Experiment \"Pre-copy\" from migration-exercise.orrery\nseed 3, 420.000 s"
                + " simulated, "), text);
        assertTrue(text.contains("migrations: 4 started, 4 completed, 0 failed, 0 still running at the end,"
                + " 1 could not start"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("vm/db ") && l.endsWith("completed (round-cap)")), text);
    }

    @Test
    void theSameExperimentByNameOrByIdWritesIdenticalFiles() throws Exception {
        assertEquals(RunCommand.OK, run(model.toString(), "--experiment=Stop-and-copy", "--quiet",
                "--out=" + dir.resolve("a")));
        assertEquals("", err(), "--quiet: no progress");
        assertEquals(RunCommand.OK, run("--out", dir.resolve("b").toString(), "--quiet", "--experiment",
                "ex-stopcopy", model.toString()));
        List<Path> files = relativeFiles(dir.resolve("a"));
        assertEquals(files, relativeFiles(dir.resolve("b")));
        assertTrue(files.size() >= 10, files.toString());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)),
                    Files.readAllBytes(dir.resolve("b").resolve(file)), file.toString());
        }
    }

    @Test
    void badArgumentsGetOneLineAndExitCodeTwoAndWriteNothing() {
        String target = dir.resolve("never").toString();
        String file = model.toString();
        String[][] cases = {
            {file, "--bogus", "--out", target},
            {"--seed", "7"},
            {file, "other.orrery"},
            {file, "--seed", "seven", "--out", target},
            {file, "--duration", "10 parsecs", "--out", target},
            {file, "--duration", "0s", "--out", target},
            {file, "--out", target, "--seed", "1", "--seed", "2"},
            {file, "--out"},
        };
        String[] expected = {
            "orrery run: unknown option '--bogus'" + USAGE_HINT,
            "orrery run: give the model file to run: orrery run FILE.orrery" + USAGE_HINT,
            "orrery run: one model file at a time: got '" + file + "' and 'other.orrery'" + USAGE_HINT,
            "orrery run: --seed needs a whole number, got 'seven'" + USAGE_HINT,
            "orrery run: --duration needs a positive time such as 600s, 10m or 2h, got '10 parsecs'" + USAGE_HINT,
            "orrery run: --duration needs a positive time such as 600s, 10m or 2h, got '0s'" + USAGE_HINT,
            "orrery run: option --seed is given twice" + USAGE_HINT,
            "orrery run: option --out needs a value" + USAGE_HINT,
        };
        for (int i = 0; i < cases.length; i++) {
            assertEquals(RunCommand.BAD_INPUT, run(cases[i]), String.join(" ", cases[i]));
            assertEquals(expected[i] + System.lineSeparator(), err(), String.join(" ", cases[i]));
            assertEquals("", out());
        }
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void aMissingOrMalformedFileIsNamedWithItsLineAndColumn() throws Exception {
        Path missing = dir.resolve("nowhere.orrery");
        assertEquals(RunCommand.BAD_INPUT, run(missing.toString(), "--out", dir.resolve("x").toString()));
        assertEquals("orrery run: " + missing + ": no such file" + System.lineSeparator(), err());

        Path broken = dir.resolve("broken.orrery");
        List<String> lines = Files.readAllLines(model);
        lines.set(4, "      <hosts id=\"a1\" name==\"a1\">");
        Files.write(broken, lines);
        assertEquals(RunCommand.BAD_INPUT, run(broken.toString(), "--out", dir.resolve("x").toString()));
        assertTrue(err().startsWith("orrery run: " + broken + ", line 5, column "), err());
        assertEquals(1, err().lines().count(), err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void theExperimentMustBeNamedWhenThereAreSeveralAndTheNameMustExist() {
        assertEquals(RunCommand.BAD_INPUT, run(model.toString(), "--out", dir.resolve("x").toString()));
        assertEquals("orrery run: " + model + " has several experiments, \"Pre-copy\" (id ex-precopy),"
                + " \"Stop-and-copy\" (id ex-stopcopy): choose one with --experiment NAME" + USAGE_HINT
                + System.lineSeparator(), err());
        assertEquals(RunCommand.BAD_INPUT, run(model.toString(), "--experiment", "Post-copy"));
        assertEquals("orrery run: no experiment 'Post-copy' in " + model + "; it has \"Pre-copy\" (id ex-precopy),"
                + " \"Stop-and-copy\" (id ex-stopcopy)" + USAGE_HINT + System.lineSeparator(), err());
    }

    @Test
    void anExperimentTheSimulatorCannotRunIsRefusedAndWhatItLeavesOutIsNoted() throws Exception {
        Path unknown = dir.resolve("quantum.orrery");
        Files.writeString(unknown, Files.readString(model).replace("implementation=\"precopy-qemu\"",
                "implementation=\"precopy-quantum\""));
        assertEquals(RunCommand.BAD_INPUT, run(unknown.toString(), "--experiment", "Pre-copy", "--out",
                dir.resolve("x").toString()));
        assertEquals("orrery run: quantum.orrery: policy choice \"QEMU pre-copy\" names migration algorithm"
                + " 'precopy-quantum', which the simulator does not have; available: precopy-qemu, precopy-xen,"
                + " postcopy, shrinker, stop-and-copy" + System.lineSeparator(), err());
        assertFalse(Files.exists(dir.resolve("x")));

        Path lab = Samples.copy("teaching-lab.orrery", dir);
        assertEquals(RunCommand.OK, run(lab.toString(), "--quiet", "--duration", "2m", "--out",
                dir.resolve("lab").toString()));
        assertTrue(err().contains("orrery run: note: scenario step \"start heat diffusion\" (submitJob) is not simulated yet:"
                + " ignored"), err());
        assertTrue(Files.readString(dir.resolve("lab/summary.txt")).contains("- scenario step \"start heat diffusion\""));
    }

    @Test
    void anOccupiedOrUnusableOutputDirectoryIsRefusedAndLeftAlone() throws Exception {
        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Path precious = Files.writeString(occupied.resolve("trace.jsonl"), "keep me");
        assertEquals(RunCommand.BAD_INPUT, run(model.toString(), "--experiment", "ex-precopy", "--out",
                occupied.toString()));
        assertEquals("orrery run: " + occupied + " is not empty: give a new or empty directory (results never"
                + " overwrite files)" + USAGE_HINT + System.lineSeparator(), err());
        assertEquals("keep me", Files.readString(precious));

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(RunCommand.BAD_INPUT, run(model.toString(), "--experiment", "ex-precopy", "--out",
                file.resolve("below").toString()));
        assertTrue(err().startsWith("orrery run: cannot create the results directory "), err());
        assertEquals(1, err().lines().count());
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(RunCommand.OK, run("--help"));
        assertTrue(out().startsWith("usage: orrery run FILE.orrery [--experiment NAME] [--seed N] [--duration TIME]"
                + " [--out DIR] [--set NAME=VALUE]... [--quiet]"), out());
        assertTrue(out().contains("NAME is wifiMbps (default 20), wifiLatencyMs (5), thresholdKiB (512) or"), out());
        assertTrue(out().contains("exit codes: 0 done, 1 the run or writing its results failed, 2 bad arguments or"
                + " model"));
    }

    @Test
    void theApplicationIsRegisteredUnderItsId() {
        IExtension extension = RegistryFactory.getRegistry()
                .getExtension("org.eclipse.core.runtime.applications", "org.orrery.experiment.run");
        assertNotNull(extension, "no application org.orrery.experiment.run in the extension registry");
        IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
        assertEquals(RunApplication.class.getName(), run.getAttribute("class"));
    }

    private static List<Path> relativeFiles(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
