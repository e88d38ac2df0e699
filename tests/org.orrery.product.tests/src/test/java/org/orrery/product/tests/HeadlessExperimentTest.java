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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product runs an experiment without a window, through ./orrery run, as a batch user does. */
class HeadlessExperimentTest {

    private static final Path ROOT = Path.of(System.getProperty("orrery.root", "../.."));

    @Test
    void theSameSeedWritesTheSameTraceWithoutADisplay(@TempDir Path tmp) throws Exception {
        String[] first = run(tmp, "--out", tmp.resolve("a").toString(), "--seed", "5", "--duration", "2m");
        assertEquals("0", first[0], first[1]);
        assertTrue(first[1].startsWith("Ran scenario demo for 2m with seed 5"), first[1]);
        String[] second = run(tmp, "--out", tmp.resolve("b").toString(), "--seed", "5", "--duration", "2m");
        assertEquals("0", second[0], second[1]);
        byte[] a = Files.readAllBytes(tmp.resolve("a/trace.jsonl"));
        assertTrue(a.length > 1000, "trace too short: " + a.length);
        assertArrayEquals(a, Files.readAllBytes(tmp.resolve("b/trace.jsonl")));
        assertTrue(Files.list(tmp.resolve("a/series")).count() >= 2, "per-host series missing");
    }

    @Test
    void badArgumentsGetOneLineAndExitCodeTwo(@TempDir Path tmp) throws Exception {
        String[] r = run(tmp, "--out", tmp.resolve("c").toString(), "--seed", "seven");
        assertEquals("2", r[0]);
        assertEquals("orrery run: --seed needs a whole number, got 'seven' (orrery run --help shows the options)",
                r[1].strip().lines().reduce((x, y) -> y).orElse(""));
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
