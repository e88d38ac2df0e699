package org.orrery.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.model.World;
import org.orrery.model.notation.Diagram;
import org.orrery.model.notation.Node;
import org.orrery.model.notation.NotationFactory;
import org.orrery.model.persistence.OrreryResources;

/**
 * The diagram's layout travels in the .orrery file as a second root after the World: it loads
 * headless, round-trips unchanged, refers to elements by id, and a layout node whose element is
 * gone never makes the model unreadable.
 */
class DiagramLayoutPersistenceTest {

    @TempDir
    Path dir;

    @Test
    void aFileWithADiagramLoadsAndRoundTrips() throws IOException {
        TestWorlds t = new TestWorlds();
        Path file = dir.resolve("laid-out.orrery");
        OrreryResources.save(t.world, file);
        Resource resource = t.world.eResource();
        Diagram diagram = layout(t);
        resource.getContents().add(diagram);
        Diagram expected = EcoreUtil.copy(diagram);
        OrreryResources.save(t.world, file);

        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns:notation=\"http://www.orrery.org/model/1/notation\""), xml);
        assertTrue(xml.contains("element=\"h1\""), "layout refers to elements by id: " + xml);

        World reloaded = OrreryResources.load(file);
        Resource reloadedResource = reloaded.eResource();
        assertEquals(2, reloadedResource.getContents().size());
        Diagram loaded = assertInstanceOf(Diagram.class, reloadedResource.getContents().get(1));
        Node cloudNode = loaded.getNodes().get(0);
        assertSame(reloadedResource.getEObject("c"), cloudNode.getElement());
        Node hostNode = cloudNode.getChildren().get(0).getChildren().get(0);
        assertSame(reloadedResource.getEObject("h1"), hostNode.getElement());
        assertEquals(java.util.List.of(12, 30, 220, 140), java.util.List.of(hostNode.getX(), hostNode.getY(),
                hostNode.getWidth(), hostNode.getHeight()));
        assertEquals(EcoreUtil.getURI(expected.getNodes().get(0).getElement()).fragment(),
                EcoreUtil.getURI(cloudNode.getElement()).fragment());

        // Saved again without a change, the file is byte for byte the same.
        Path again = dir.resolve("again.orrery");
        OrreryResources.save(reloaded, again);
        assertEquals(xml, Files.readString(again, StandardCharsets.UTF_8).replace("again.orrery", "laid-out.orrery"));
    }

    @Test
    void aLayoutNodeOfAMissingElementLoadsWithoutItsElement() throws IOException {
        TestWorlds t = new TestWorlds();
        Path file = dir.resolve("stale.orrery");
        OrreryResources.save(t.world, file);
        t.world.eResource().getContents().add(layout(t));
        OrreryResources.save(t.world, file);
        // Another tool renamed the host's id (or removed the host) and left the layout as it was.
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("element=\"h1\""), xml);
        Files.writeString(file, xml.replace("element=\"h1\"", "element=\"no-such-host\""), StandardCharsets.UTF_8);

        World reloaded = OrreryResources.load(file);
        Diagram loaded = (Diagram) reloaded.eResource().getContents().get(1);
        Node hostNode = loaded.getNodes().get(0).getChildren().get(0).getChildren().get(0);
        assertNull(hostNode.getElement(), "the stale node is read without its element");
        assertEquals(12, hostNode.getX());
    }

    @Test
    void aResourceSetForOrreryFilesKnowsTheNotation() {
        var resourceSet = OrreryResources.newResourceSet();
        assertSame(org.orrery.model.notation.NotationPackage.eINSTANCE,
                resourceSet.getPackageRegistry().getEPackage("http://www.orrery.org/model/1/notation"));
        assertTrue(resourceSet.createResource(URI.createFileURI(dir.resolve("x.orrery").toString())) != null);
    }

    /** cloud > site > host h1, as the diagram would lay it out. */
    private static Diagram layout(TestWorlds t) {
        NotationFactory f = NotationFactory.eINSTANCE;
        Diagram diagram = f.createDiagram();
        Node cloud = node(t.cloud, 20, 20, 600, 400);
        Node site = node(t.site, 10, 40, 500, 300);
        Node host = node(t.host1, 12, 30, 220, 140);
        site.getChildren().add(host);
        cloud.getChildren().add(site);
        diagram.getNodes().add(cloud);
        return diagram;
    }

    private static Node node(org.eclipse.emf.ecore.EObject element, int x, int y, int width, int height) {
        Node node = NotationFactory.eINSTANCE.createNode();
        node.setElement(element);
        node.setX(x);
        node.setY(y);
        node.setWidth(width);
        node.setHeight(height);
        return node;
    }
}
