package org.orrery.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.model.Clone;
import org.orrery.model.Host;
import org.orrery.model.VirtualMachine;
import org.orrery.model.World;
import org.orrery.model.persistence.ModelFileException;
import org.orrery.model.persistence.OrreryResources;

/** .orrery files: real XMI on disk, reloaded equal; broken files explained and left untouched. */
class PersistenceTest {

    @TempDir
    Path dir;

    @Test
    void saveAndReloadGivesAnEqualModel() throws IOException {
        TestWorlds t = new TestWorlds();
        World original = EcoreUtil.copy(t.world);
        Path file = dir.resolve("world.orrery");

        OrreryResources.save(t.world, file);
        World reloaded = OrreryResources.load(file);

        assertTrue(EcoreUtil.equals(original, reloaded), "reloaded model differs from the saved one");
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns:orrery=\"http://www.orrery.org/model/1\""), xml);
        // References are written through ids, so they survive reordering.
        assertTrue(xml.contains("host=\"h1\""), xml);
        assertTrue(xml.contains("xsi:type=\"orrery:Clone\""), xml);
    }

    @Test
    void derivedSidesOfReferencesAreRebuiltOnLoad() throws IOException {
        TestWorlds t = new TestWorlds();
        Path file = dir.resolve("world.orrery");
        OrreryResources.save(t.world, file);

        World reloaded = OrreryResources.load(file);
        Host h1 = (Host) reloaded.eResource().getEObject("h1");
        VirtualMachine vm1 = (VirtualMachine) reloaded.eResource().getEObject("vm1");
        assertEquals(java.util.List.of(vm1), h1.getVirtualMachines());
        Clone clone = (Clone) reloaded.eResource().getEObject("cl");
        assertSame(clone, clone.getInstance().getClone());
    }

    @Test
    void saveReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("world.orrery");
        Files.writeString(file, "old content");
        OrreryResources.save(new TestWorlds().world, file);

        assertTrue(Files.readString(file).startsWith("<?xml"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "a temporary file was left behind");
        }
    }

    @Test
    void malformedFileReportsLineAndColumnAndIsNotChanged() throws IOException {
        Path file = dir.resolve("bad.orrery");
        String text = "<?xml version=\"1.0\"?>\n<orrery:World xmlns:orrery=\"http://www.orrery.org/model/1\">\n"
                + "  <clouds name=\"c\">\n  </sites>\n</orrery:World>\n";
        Files.writeString(file, text);

        ModelFileException e = assertThrows(ModelFileException.class, () -> OrreryResources.load(file));
        assertEquals(4, e.getProblems().get(0).line(), e.getMessage());
        assertTrue(e.getProblems().get(0).column() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.orrery: "), e.getMessage());
        assertTrue(e.getMessage().contains(e.getProblems().get(0).message()), e.getMessage());
        assertEquals(text, Files.readString(file));
    }

    @Test
    void truncatedFileReportsWhereItEnds() throws IOException {
        Path whole = dir.resolve("whole.orrery");
        OrreryResources.save(new TestWorlds().world, whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("truncated.orrery");
        byte[] half = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        Files.write(file, half);

        ModelFileException e = assertThrows(ModelFileException.class, () -> OrreryResources.load(file));
        assertTrue(e.getProblems().get(0).line() > 1, e.getMessage());
        assertArrayEquals(half, Files.readAllBytes(file));
    }

    @Test
    void unknownElementIsReportedWithItsPosition() throws IOException {
        Path file = dir.resolve("foreign.orrery");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<orrery:World xmlns:orrery=\"http://www.orrery.org/model/1\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" name=\"w\">\n  <spaceships name=\"x\"/>\n"
                + "</orrery:World>\n");

        ModelFileException e = assertThrows(ModelFileException.class, () -> OrreryResources.load(file));
        assertEquals(3, e.getProblems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("spaceships"), e.getMessage());
    }

    @Test
    void fileOfANewerFormatIsRefusedWithAnExplanation() throws IOException {
        Path file = dir.resolve("future.orrery");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<orrery:World xmlns:orrery=\"http://www.orrery.org/model/1\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" name=\"w\" formatVersion=\"7\">\n"
                + "  <warpDrives name=\"x\"/>\n</orrery:World>\n");

        ModelFileException e = assertThrows(ModelFileException.class, () -> OrreryResources.load(file));
        assertTrue(e.getMessage().contains("format 7 by a newer Orrery"), e.getMessage());
    }

    @Test
    void fileWithoutAWorldIsRefused() throws IOException {
        Path file = dir.resolve("host.orrery");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<orrery:Host xmlns:orrery=\"http://www.orrery.org/model/1\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" name=\"h\"/>\n");

        ModelFileException e = assertThrows(ModelFileException.class, () -> OrreryResources.load(file));
        assertTrue(e.getMessage().contains("no Orrery model"), e.getMessage());
    }

    @Test
    void savedFilesCarryTheCurrentFormat() throws IOException {
        TestWorlds t = new TestWorlds();
        t.world.setFormatVersion(0);
        Path file = dir.resolve("w.orrery");
        OrreryResources.save(t.world, file);
        assertEquals(OrreryResources.FORMAT_VERSION, OrreryResources.load(file).getFormatVersion());
    }
}
