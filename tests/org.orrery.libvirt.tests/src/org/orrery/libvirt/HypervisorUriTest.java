package org.orrery.libvirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orrery.libvirt.HypervisorException.Reason;
import org.orrery.libvirt.HypervisorUri.Kind;

/** URI validation, which needs no libvirt. */
class HypervisorUriTest {

    @TempDir
    Path dir;

    @Test
    void acceptsTheFormsOrreryUses() throws Exception {
        Path node = Files.writeString(dir.resolve("node.xml"), "<node/>");
        assertEquals(Kind.TEST_DEFAULT, HypervisorUri.parse("test:///default").kind());
        assertEquals(Kind.TEST_NODE_FILE, HypervisorUri.parse("test://" + node).kind());
        assertEquals(Kind.QEMU_LOCAL, HypervisorUri.parse(" qemu:///system ").kind());
        assertEquals("qemu:///system", HypervisorUri.parse(" qemu:///system ").text());
        assertEquals(Kind.QEMU_SSH, HypervisorUri.parse("qemu+ssh://alice@lab-3.example.org/system").kind());
        assertEquals(Kind.QEMU_SSH, HypervisorUri.parse("qemu+ssh://lab-3:2222/system?keyfile=/home/a/.ssh/lab").kind());
        assertEquals(Kind.QEMU_UNIX, HypervisorUri.parse("qemu+unix:///system?socket=/tmp/d2/libvirt-sock").kind());
    }

    @Test
    void rejectsOtherDriversAndShapesNamingTheAcceptedForms() {
        for (String bad : new String[] {"xen:///system", "qemu:///session", "qemu://host/system", "test:///other",
                "test://host/default", "lxc:///", "qemu+tcp://host/system", "not a uri", "/var/run/libvirt",
                "qemu:///system#x", "qemu:///system?mode=legacy"}) {
            HypervisorException e = assertThrows(HypervisorException.class, () -> HypervisorUri.parse(bad), bad);
            assertEquals(Reason.BAD_URI, e.reason(), bad);
            assertTrue(e.getMessage().contains("is not a hypervisor URI Orrery accepts"), e.getMessage());
            assertTrue(e.getMessage().contains("qemu+ssh://[user@]host/system"), e.getMessage());
        }
    }

    @Test
    void saysWhatIsWrongWithANearMiss() {
        assertEquals("No hypervisor URI given. Use one of: test:///default, test:///ABSOLUTE/PATH.xml, qemu:///system,"
                + " qemu+ssh://[user@]host/system, qemu+unix:///system?socket=/ABSOLUTE/PATH",
                assertThrows(HypervisorException.class, () -> HypervisorUri.parse("  ")).getMessage());
        String missing = dir.resolve("missing.xml").toString();
        assertEquals("The test host file " + missing + " does not exist or cannot be read. Give the absolute path"
                + " of a readable node XML file.",
                assertThrows(HypervisorException.class, () -> HypervisorUri.parse("test://" + missing)).getMessage());
        assertTrue(assertThrows(HypervisorException.class, () -> HypervisorUri.parse("qemu+ssh:///system"))
                .getMessage().contains("names no host"));
        assertTrue(assertThrows(HypervisorException.class,
                () -> HypervisorUri.parse("qemu+ssh://h/system?password=secret")).getMessage()
                .contains("parameter Orrery does not pass on: password"));
        assertTrue(assertThrows(HypervisorException.class, () -> HypervisorUri.parse("qemu+unix:///system"))
                .getMessage().contains("socket=/ABSOLUTE/PATH"));
        assertTrue(assertThrows(HypervisorException.class,
                () -> HypervisorUri.parse("qemu+unix:///system?socket=relative/sock")).getMessage()
                .contains("by absolute path"));
    }
}
