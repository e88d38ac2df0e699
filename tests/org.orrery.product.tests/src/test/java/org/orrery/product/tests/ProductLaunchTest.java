package org.orrery.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the built product the way a user does ({@code ./orrery --no-build}) on the display the
 * test suite runs on, waits for the Orrery window, screenshots it, and checks the start logged
 * no error. Also the launcher's answers to bad input.
 */
class ProductLaunchTest {

    private static final Path ROOT = Path.of(System.getProperty("orrery.root", "../.."));
    private static Path workspace;
    private static Process product;
    private static Path productOut;

    @BeforeAll
    static void startProduct() throws Exception {
        if (System.getenv("DISPLAY") == null) {
            fail("no DISPLAY: run the suite through ./orrery test, which provides one");
        }
        workspace = Files.createTempDirectory("orrery-product-test");
        productOut = workspace.resolveSibling(workspace.getFileName() + ".out");
        product = new ProcessBuilder(ROOT.resolve("orrery").toString(), "--no-build", "--workspace", workspace.toString())
                .redirectErrorStream(true).redirectOutput(productOut.toFile()).start();
        waitForWindow("Orrery", 90_000);
    }

    @AfterAll
    static void stopProduct() throws Exception {
        if (product != null) {
            product.descendants().forEach(ProcessHandle::destroy);
            product.destroy();
            product.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void theWindowIsPaintedAndTheStartLoggedNoError() throws Exception {
        Path dir = Path.of(System.getProperty("orrery.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path shot = dir.resolve("product-window.png");
        // Give the first layout a moment after mapping, as a user's eye would.
        Thread.sleep(1_500);
        run(List.of("import", "-window", "root", shot.toString()), 30);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertTrue(image.getWidth() >= 800 && image.getHeight() >= 600, "screen too small: " + image.getWidth());
        assertTrue(distinctColours(image) > 50, "the screen looks blank");

        Path log = workspace.resolve(".metadata/.log");
        if (Files.exists(log)) {
            List<String> errors = Files.readAllLines(log).stream()
                    .filter(l -> l.startsWith("!ENTRY") && l.split(" ").length > 2 && "4".equals(l.split(" ")[2])).toList();
            assertEquals(List.of(), errors, Files.readString(log));
        }
    }

    @Test
    void aSecondOrreryOnTheSameWorkspaceIsRefusedAndChangesNothing() throws Exception {
        Path sentinel = Files.writeString(workspace.resolve("sentinel.txt"), "first instance's file");
        Result r = orrery(List.of("--no-build", "--workspace", workspace.toString()));
        assertEquals(3, r.exit, r.output);
        assertEquals("orrery: workspace " + workspace.toRealPath()
                + " is in use by another Orrery: close that window, or use --workspace DIR", r.lastLine());
        assertEquals("first instance's file", Files.readString(sentinel));
    }

    @Test
    void anUnknownFlagIsNamed() throws Exception {
        Result r = orrery(List.of("--frobnicate"));
        assertEquals(2, r.exit);
        assertEquals("orrery: unknown option '--frobnicate': see ./orrery help", r.lastLine());
    }

    @Test
    void aWorkspaceThatIsAFileIsRefusedAndKept(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("precious.txt"), "do not overwrite");
        Result r = orrery(List.of("--no-build", "--workspace", file.toString()));
        assertEquals(2, r.exit);
        assertEquals("orrery: workspace " + file + " is a file, not a folder: use --workspace DIR", r.lastLine());
        assertEquals("do not overwrite", Files.readString(file));
    }

    @Test
    void aWorkspaceThatCannotBeCreatedIsRefused(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        Result r = orrery(List.of("--no-build", "--workspace", file.resolve("ws").toString()));
        assertEquals(2, r.exit);
        assertEquals("orrery: workspace " + file.resolve("ws")
                + " cannot be created: choose a writable folder with --workspace DIR", r.lastLine());
    }

    @Test
    void aMissingJdkIsNamedWithTheFix(@TempDir Path emptyJvmDir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("orrery").toString(), "--no-build");
        pb.environment().put("JAVA_HOME", "");
        pb.environment().put("ORRERY_JVM_DIRS", emptyJvmDir.toString());
        pb.environment().put("ORRERY_NO_INSTALL", "1");
        Result r = run(pb, 60);
        assertEquals(2, r.exit);
        assertEquals("orrery: no JDK >= 21 found (looked at JAVA_HOME and " + emptyJvmDir
                + "): install one (e.g. Temurin 21 or newer) and set JAVA_HOME to it", r.lastLine());
    }

    @Test
    void withoutADisplayItSaysSoAndOffersXvfb() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ROOT.resolve("orrery").toString(), "--no-build");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Result r = run(pb, 60);
        assertEquals(2, r.exit);
        assertEquals("orrery: no display (DISPLAY is not set): run it on a desktop, or use ./orrery --xvfb for a virtual display",
                r.lastLine());
    }

    // --- helpers ---------------------------------------------------------------------------------

    record Result(int exit, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private static Result orrery(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ROOT.resolve("orrery").toString());
        cmd.addAll(args);
        return run(new ProcessBuilder(cmd), 120);
    }

    private static Result run(List<String> cmd, int timeoutSeconds) throws Exception {
        return run(new ProcessBuilder(cmd), timeoutSeconds);
    }

    private static Result run(ProcessBuilder pb, int timeoutSeconds) throws Exception {
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + pb.command());
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Polls the X server for a visible window whose name starts with {@code title}. */
    static void waitForWindow(String title, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            // GTK keeps hidden helper windows with the same name: only a visible one counts.
            Result r = run(List.of("xdotool", "search", "--onlyvisible", "--name", "^" + title), 30);
            if (r.exit == 0 && !r.output.isBlank()) {
                return;
            }
            if (!product.isAlive()) {
                fail("the product exited with " + product.exitValue() + ":\n" + Files.readString(productOut));
            }
            Thread.sleep(200);
        }
        fail("no window titled " + title + " after " + timeoutMs + " ms:\n" + Files.readString(productOut));
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
