package org.orrery.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product runs an experiment of a model file without a window, through ./orrery run, as a batch user does. */
class HeadlessExperimentTest {

    private static final Path ROOT = Path.of(System.getProperty("orrery.root", "../.."));
    private static final Path SAMPLE = ROOT.resolve("bundles/org.orrery.model/samples/migration-exercise.orrery")
            .toAbsolutePath();

    @Test
    void theSameSeedWritesTheSameResultsWithoutADisplay(@TempDir Path tmp) throws Exception {
        String[] first = run(tmp, SAMPLE.toString(), "--experiment", "Pre-copy", "--out", tmp.resolve("a").toString(),
                "--seed", "5");
        assertEquals("0", first[0], first[1]);
        List<String> lines = first[1].lines().toList();
        assertTrue(lines.contains("orrery run: 50% (210 s of 420 s simulated)"), first[1]);
        assertTrue(lines.get(lines.size() - 1).startsWith("Ran experiment \"Pre-copy\" of migration-exercise.orrery"
                + " with seed 5 for 420 s: 4 migrations started, 4 completed, 0 failed;"), first[1]);
        String[] second = run(tmp, SAMPLE.toString(), "--experiment", "ex-precopy", "--seed", "5", "--quiet",
                "--out", tmp.resolve("b").toString());
        assertEquals("0", second[0], second[1]);
        List<Path> files = files(tmp.resolve("a"));
        assertEquals(files, files(tmp.resolve("b")));
        assertTrue(files.containsAll(List.of(Path.of("trace.jsonl"), Path.of("migrations.trace.json"),
                Path.of("summary.txt"), Path.of("summary.json"), Path.of("series/host%2Fb1__METRIC.csv"))), files.toString());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(file)),
                    Files.readAllBytes(tmp.resolve("b").resolve(file)), file.toString());
        }
        assertTrue(Files.size(tmp.resolve("a/trace.jsonl")) > 10_000);
    }

    @Test
    void badArgumentsAndFilesGetOneLineAndExitCodeTwo(@TempDir Path tmp) throws Exception {
        String[] r = run(tmp, SAMPLE.toString(), "--out", tmp.resolve("c").toString(), "--seed", "seven");
        assertEquals("2", r[0]);
        assertEquals("orrery run: --seed needs a whole number, got 'seven' (orrery run --help shows the options)",
                last(r[1]));

        r = run(tmp, SAMPLE.toString(), "--experiment", "nope");
        assertEquals("2", r[0]);
        assertTrue(last(r[1]).startsWith("orrery run: no experiment 'nope' in " + SAMPLE + "; it has \"Pre-copy\""),
                r[1]);

        Path broken = Files.writeString(tmp.resolve("broken.orrery"), "<?xml version=\"1.0\"?>\n<orrery:World\n");
        r = run(tmp, broken.toString());
        assertEquals("2", r[0]);
        assertTrue(last(r[1]).startsWith("orrery run: " + broken + ", line "), r[1]);
    }

    private static String last(String output) {
        return output.strip().lines().reduce((x, y) -> y).orElse("");
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static String[] run(Path cwd, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve("orrery").toString(), "run"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new String[] {Integer.toString(p.exitValue()), out};
    }
}
