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

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.experiment.results.TraceFile;

class RunCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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
    void aRunWritesTheTraceAndSeriesAndSaysSoInOneLine() throws Exception {
        Path results = dir.resolve("results");
        assertEquals(RunCommand.OK, run("--seed", "7", "--out", results.toString(), "--duration", "20m"));
        assertEquals("", err());
        assertTrue(out().startsWith("Ran scenario demo for 20m with seed 7: "), out());
        assertEquals(1, out().lines().count());
        TraceFile.Trace trace = TraceFile.read(results.resolve("trace.jsonl"));
        assertEquals(7L, trace.run().get("seed"));
        assertEquals(1_200_000_000_000L, trace.run().get("duration"));
        assertTrue(trace.events().size() > 1_000);
        assertTrue(Files.isRegularFile(results.resolve("series/host%2Fb__METRIC.csv")));
    }

    @Test
    void theSameArgumentsGiveIdenticalFiles() throws Exception {
        assertEquals(RunCommand.OK, run("--seed=3", "--duration=5m", "--out=" + dir.resolve("a")));
        assertEquals(RunCommand.OK, run("--duration", "300s", "--out", dir.resolve("b").toString(), "--seed", "3"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/trace.jsonl")),
                Files.readAllBytes(dir.resolve("b/trace.jsonl")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/series/vm%2Fdb-1__MIGRATION_ROUND.csv")),
                Files.readAllBytes(dir.resolve("b/series/vm%2Fdb-1__MIGRATION_ROUND.csv")));
    }

    @Test
    void badInputGetsOneLineAndExitCodeTwoAndWritesNothing() throws Exception {
        String target = dir.resolve("never").toString();
        String[][] cases = {
            {"--bogus", "--out", target},
            {"--seed", "7"},
            {"--seed", "seven", "--out", target},
            {"--duration", "10 parsecs", "--out", target},
            {"--duration", "0s", "--out", target},
            {"--duration", "999999999h", "--out", target},
            {"--out", target, "--seed", "1", "--seed", "2"},
            {"--out"},
            {"--out", "--seed", "1"},
        };
        String[] expected = {
            "orrery run: unknown option '--bogus' (orrery run --help shows the options)",
            "orrery run: --out DIR is required: where to write the results (orrery run --help shows the options)",
            "orrery run: --seed needs a whole number, got 'seven' (orrery run --help shows the options)",
            "orrery run: --duration needs a positive time such as 600s, 10m or 2h, got '10 parsecs'"
                    + " (orrery run --help shows the options)",
            "orrery run: --duration needs a positive time such as 600s, 10m or 2h, got '0s'"
                    + " (orrery run --help shows the options)",
            "orrery run: --duration needs a positive time such as 600s, 10m or 2h, got '999999999h'"
                    + " (orrery run --help shows the options)",
            "orrery run: option --seed is given twice (orrery run --help shows the options)",
            "orrery run: option --out needs a value (orrery run --help shows the options)",
            "orrery run: option --out needs a value (orrery run --help shows the options)",
        };
        for (int i = 0; i < cases.length; i++) {
            assertEquals(RunCommand.BAD_INPUT, run(cases[i]), String.join(" ", cases[i]));
            assertEquals(expected[i] + System.lineSeparator(), err(), String.join(" ", cases[i]));
            assertEquals("", out());
        }
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void anOccupiedOrUnusableOutputDirectoryIsRefusedAndLeftAlone() throws Exception {
        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Path precious = Files.writeString(occupied.resolve("trace.jsonl"), "keep me");
        assertEquals(RunCommand.BAD_INPUT, run("--out", occupied.toString()));
        assertEquals("orrery run: " + occupied + " is not empty: give a new or empty directory (results never"
                + " overwrite files) (orrery run --help shows the options)" + System.lineSeparator(), err());
        assertEquals("keep me", Files.readString(precious));

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(RunCommand.BAD_INPUT, run("--out", file.toString()));
        assertTrue(err().contains("exists and is not a directory"), err());

        assertEquals(RunCommand.BAD_INPUT, run("--out", file.resolve("below").toString()));
        assertTrue(err().startsWith("orrery run: cannot create the results directory "), err());
        assertEquals(1, err().lines().count());
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(RunCommand.OK, run("--help"));
        assertTrue(out().startsWith("usage: orrery run --out DIR [--seed N] [--duration TIME]"), out());
        assertTrue(out().contains("exit codes: 0 done, 1 the run or writing its results failed, 2 bad arguments"));
    }

    @Test
    void theApplicationIsRegisteredUnderItsId() {
        IExtension extension = RegistryFactory.getRegistry()
                .getExtension("org.eclipse.core.runtime.applications", "org.orrery.experiment.run");
        assertNotNull(extension, "no application org.orrery.experiment.run in the extension registry");
        IConfigurationElement run = extension.getConfigurationElements()[0].getChildren("run")[0];
        assertEquals(RunApplication.class.getName(), run.getAttribute("class"));
    }
}
