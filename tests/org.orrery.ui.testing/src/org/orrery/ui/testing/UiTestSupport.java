package org.orrery.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** What the workbench tests share: pumping the event loop, waiting, screenshots, widget text. */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Runs the event loop for {@code millis}, so layouts, timers and paints happen. */
    public static void pump(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.sleep();
                display.wake();
            }
        }
        while (display.readAndDispatch()) {
            // drain what is left
        }
    }

    /** Pumps the event loop until {@code condition} holds; fails with {@code what} after {@code timeoutMs}. */
    public static void waitUntil(String what, long timeoutMs, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out after " + timeoutMs + " ms waiting for " + what);
            }
            display.timerExec(10, () -> { });
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /** Copies what is on screen inside {@code shell} into image data (a real screenshot). */
    public static ImageData capture(Shell shell) {
        Display display = shell.getDisplay();
        pump(100);
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    /** What {@code control} shows now, its client area read back from the screen (for pixel checks). */
    public static ImageData capture(Control control) {
        Rectangle size = control instanceof org.eclipse.swt.widgets.Scrollable s ? s.getClientArea() : control.getBounds();
        Image image = new Image(control.getDisplay(), Math.max(1, size.width), Math.max(1, size.height));
        GC gc = new GC(control);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    /** A screenshot and the file it was saved to. */
    public record Shot(ImageData data, Path file) {
    }

    /**
     * Maximizes {@code shell}, lets it lay out and paint, takes a screenshot of it, fails when its
     * middle is blank (8 colours or fewer) and saves it as {@code name}.png under the screenshots
     * folder.
     */
    public static Shot windowScreenshot(Shell shell, String name) throws IOException {
        shell.setMaximized(true);
        pump(600);
        ImageData data = capture(shell);
        Rectangle middle = new Rectangle(data.width / 4, data.height / 4, data.width / 2, data.height / 2);
        if (distinctColours(data, middle) <= 8) {
            fail("the window is not drawn, it is blank in the middle: " + name);
        }
        return new Shot(data, save(data, name));
    }

    /** Saves {@code data} as PNG under the screenshots folder (target/screenshots) and returns the file. */
    public static Path save(ImageData data, String name) throws IOException {
        Path dir = Path.of(System.getProperty("orrery.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    /**
     * Saves the whole X screen as ImageMagick sees it ({@code import -window root}) under the
     * screenshots folder, as a second, independent look at what is on screen. Best effort: a
     * machine without ImageMagick just has one picture less.
     */
    public static void rootScreenshot(String name) {
        Path dir = Path.of(System.getProperty("orrery.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Process p = new ProcessBuilder("import", "-window", "root", dir.resolve(name + ".png").toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException e) {
            // no ImageMagick: the SWT screenshot stands alone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Number of distinct RGB values in a region: a blank or black window has one or two. */
    public static int distinctColours(ImageData data, Rectangle region) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = region.y; y < region.y + region.height && y < data.height; y++) {
            for (int x = region.x; x < region.x + region.width && x < data.width; x++) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
    }

    /** Every label and text value shown under {@code control}, depth first. */
    public static List<String> texts(Control control) {
        List<String> out = new ArrayList<>();
        collect(control, out);
        return out;
    }

    private static void collect(Control control, List<String> out) {
        if (control instanceof Label l && !l.getText().isEmpty()) {
            out.add(l.getText());
        } else if (control instanceof Text t) {
            out.add(t.getText());
        } else if (control instanceof org.eclipse.swt.custom.StyledText s) {
            out.add(s.getText());
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, out);
            }
        }
    }
}
