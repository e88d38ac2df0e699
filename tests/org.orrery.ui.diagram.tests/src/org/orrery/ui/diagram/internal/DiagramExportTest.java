package org.orrery.ui.diagram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.open;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.pixels;
import static org.orrery.ui.diagram.internal.DiagramTestSupport.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;
import org.orrery.ui.diagram.internal.export.DiagramExport;
import org.orrery.ui.diagram.internal.figures.KindStyle;
import org.orrery.ui.diagram.internal.structure.NodeKind;
import org.orrery.ui.testing.UiTestSupport;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Export: the whole diagram at 100% as PNG (pixels of every kind's colour) and as SVG (shapes and real text). */
class DiagramExportTest extends EditorTestBase {

    @Test
    void pngHoldsTheWholeDiagramAtActualSizeWhateverTheZoom() throws Exception {
        DeploymentEditor editor = open(sample("teaching-lab.orrery", tmp));
        ((ZoomManager) editor.getAdapter(ZoomManager.class)).setZoom(0.25);
        UiTestSupport.pump(100);
        Path png = tmp.resolve("out/lab.png");
        DiagramExport.export(editor.viewer(), png);

        ImageData image = new ImageLoader().load(png.toString())[0];
        int right = 0;
        int bottom = 0;
        for (var node : editor.context().diagram().getNodes()) {
            right = Math.max(right, node.getX() + node.getWidth());
            bottom = Math.max(bottom, node.getY() + node.getHeight());
        }
        assertTrue(image.width >= right && image.height >= bottom, image.width + "x" + image.height);
        for (NodeKind kind : new NodeKind[] {NodeKind.CLOUD, NodeKind.SITE, NodeKind.HOST, NodeKind.VIRTUAL_MACHINE,
                NodeKind.OVERLAY, NodeKind.PHONE, NodeKind.SUBSTRATE_POOL}) {
            assertTrue(pixels(image, KindStyle.of(kind).fill().getRGB()) > 500, kind + " not in the PNG");
        }
        UiTestSupport.save(image, "export-teaching-lab");
    }

    @Test
    void svgHasShapesAndTheNamesAsText() throws Exception {
        DeploymentEditor editor = open(sample("teaching-lab.orrery", tmp));
        Path svg = tmp.resolve("lab.svg");
        DiagramExport.export(editor.viewer(), svg);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(doc.getElementsByTagName("rect").getLength() > 30, "boxes as rectangles");
        assertTrue(doc.getElementsByTagName("polyline").getLength() + doc.getElementsByTagName("line").getLength() > 20,
                "lines");
        NodeList texts = doc.getElementsByTagName("text");
        Set<String> words = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent().strip());
        }
        for (String name : new String[] {"Lab cloud", "Room A", "a1", "web1", "Lab virtual switch", "Student phone"}) {
            assertTrue(words.contains(name), name + " is not text in the SVG: " + words);
        }
        assertTrue(words.contains("1 Gbit/s, 0.1 ms"), "link labels are text");
        assertTrue(Files.readString(svg).contains("data:image/png;base64,"), "icons are embedded");
        Path screenshots = Files.createDirectories(Path.of(System.getProperty("orrery.screenshots", "target/screenshots")));
        Files.copy(svg, screenshots.resolve("export-teaching-lab.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
