package org.orrery.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.telemetry.TelemetryStore;

/**
 * A sync whose process is killed (SIGKILL, no chance to clean up) in the middle of the transfer:
 * the clone's tree is untouched, the chunks that arrived are in its staging pack, and the next
 * sync, in another process, sends only the rest and ends with identical trees.
 */
class KilledProcessTest {

    @TempDir
    Path dir;

    @Test
    void aSyncKilledMidTransferResumesWithOnlyTheRest() throws Exception {
        Path phone = dir.resolve("phone");
        Path clone = dir.resolve("clone");
        Trees.generate(phone, 90, 4 << 20, 50_000, 1 << 20);
        Files.createDirectories(clone);
        Files.writeString(clone.resolve("old.txt"), "the clone's own file");
        Map<String, String> before = Trees.digest(clone);

        Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), KilledSyncChild.class.getName(),
                phone.toString(), clone.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null && !line.equals("BATCH 4")) {
                seen.add(line);
                assertTrue(!line.equals("DONE"), "the child finished before it was killed: " + seen);
            }
            assertEquals("BATCH 4", line, "child output: " + seen);
            child.destroyForcibly(); // SIGKILL: no finally blocks, no close
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }

        assertEquals(before, Trees.digest(clone), "the killed sync installed nothing and left no half file");
        long staged;
        try (LocalEndpoint reopened = LocalEndpoint.open("clone", clone, ChunkParams.DEFAULT)) {
            staged = reopened.stagedChunks();
        }
        assertTrue(staged > 0, "what arrived before the kill is staged");

        SyncReport r;
        try (LocalEndpoint p = LocalEndpoint.open("phone", phone, ChunkParams.DEFAULT);
                RemoteEndpoint c = new RemoteEndpoint(new InProcessTransport(LocalEndpoint.open("clone", clone,
                        ChunkParams.DEFAULT)))) {
            r = new SyncEngine(p, c, phone.resolve(TreePaths.CONTROL).resolve("base-clone"), new TelemetryStore(),
                    "phone/p1").sync();
        }
        long needed = new Scanner(ChunkParams.DEFAULT).scan(phone).files().values().stream()
                .flatMap(f -> f.chunks().stream()).map(ChunkRef::hash).distinct().count();
        assertEquals(needed - staged, r.chunksSent(), "only what had not arrived is sent");
        assertEquals(Trees.digest(phone), Trees.digest(clone), "identical trees (the clone's old.txt went to the phone)");
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The sync and telemetry bundles and these tests, where the test runtime loaded them from. */
    private static String classPath() throws Exception {
        List<String> parts = new ArrayList<>();
        for (Class<?> c : List.of(SyncEngine.class, TelemetryStore.class, KilledSyncChild.class)) {
            parts.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, parts);
    }
}
