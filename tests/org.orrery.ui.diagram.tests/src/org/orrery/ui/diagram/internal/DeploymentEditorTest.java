package org.orrery.ui.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.Site;
import org.orrery.model.VirtualMachine;
import org.orrery.ui.testing.UiTestSupport;

/** .orrery files open in the deployment diagram; unreadable ones open as a problem page and stay intact. */
class DeploymentEditorTest {

    @TempDir
    Path tmp;

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void theTeachingLabOpensAsNestedCloudSiteHostAndVmFigures() throws Exception {
        Path model = sample("teaching-lab.orrery");
        IEditorPart editor = IDE.openEditorOnFileStore(page(), EFS.getLocalFileSystem().getStore(model.toUri()));
        DeploymentEditor diagram = assertInstanceOf(DeploymentEditor.class, editor);
        assertNull(diagram.loadProblem());
        assertEquals(1, diagram.shown(Cloud.class).size());
        assertEquals(2, diagram.shown(Site.class).size());
        assertEquals(4, diagram.shown(Host.class).size());
        assertEquals(12, diagram.shown(VirtualMachine.class).size());

        page().getWorkbenchWindow().getShell().setSize(1280, 800);
        UiTestSupport.pump(500);
        ImageData shot = UiTestSupport.capture(page().getWorkbenchWindow().getShell());
        UiTestSupport.save(shot, "diagram-teaching-lab");
        // The diagram really painted: the kinds' fill colours cover visible areas of the screen.
        assertTrue(count(shot, KindStyle.CLOUD.fill.getRGB()) > 2_000, "cloud fill not on screen");
        assertTrue(count(shot, KindStyle.HOST.fill.getRGB()) > 2_000, "host fill not on screen");
        assertTrue(count(shot, KindStyle.VM.fill.getRGB()) > 500, "VM fill not on screen");
    }

    @Test
    void aMalformedModelOpensAsAProblemPageAndIsNotTouched() throws Exception {
        Path broken = tmp.resolve("broken.orrery");
        byte[] content = "<?xml version=\"1.0\"?>\n<orrery:World xmlns:orrery=\"http://www.orrery.org/model/1\">\n  <clouds name=\"c\"\n</orrery:World>\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(broken, content);
        IEditorPart editor = IDE.openEditorOnFileStore(page(), EFS.getLocalFileSystem().getStore(broken.toUri()));
        DeploymentEditor diagram = assertInstanceOf(DeploymentEditor.class, editor);
        assertTrue(diagram.loadProblem() != null && diagram.loadProblem().contains("line 4"), diagram.loadProblem());
        UiTestSupport.pump(200);
        page().closeAllEditors(true);
        assertArrayEquals(content, Files.readAllBytes(broken));
    }

    private Path sample(String name) throws Exception {
        try (InputStream in = FileLocator.find(Platform.getBundle("org.orrery.model"),
                new org.eclipse.core.runtime.Path("samples/" + name)).openStream()) {
            Path copy = tmp.resolve(name);
            Files.copy(in, copy);
            return copy;
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static int count(ImageData data, RGB rgb) {
        int n = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                if (data.palette.getRGB(data.getPixel(x, y)).equals(rgb)) {
                    n++;
                }
            }
        }
        return n;
    }
}
