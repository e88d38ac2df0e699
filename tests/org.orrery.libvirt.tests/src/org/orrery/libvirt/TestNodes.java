package org.orrery.libvirt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.orrery.model.Host;
import org.orrery.model.OrreryPackage;
import org.orrery.model.World;
import org.orrery.model.persistence.OrreryResources;

/**
 * Hosts for tests on libvirt's test driver: node files (one file is one host, and each connection
 * to it gets a private copy) and the shipped samples.
 */
public final class TestNodes {

    private TestNodes() {
    }

    /**
     * Writes a node file with {@code cpus} CPUs, 16 GiB, a started {@code default} NAT network and
     * {@code extra} (more {@code <domain>} or {@code <network>} elements, or an {@code <auth>}).
     *
     * @return its URI
     */
    public static String node(Path dir, String name, int cpus, String extra) throws IOException {
        Path file = dir.resolve(name + ".xml");
        Files.writeString(file, """
                <node>
                  <cpu>
                    <nodes>1</nodes><sockets>1</sockets><cores>%d</cores><threads>1</threads>
                    <mhz>2400</mhz><model>x86_64</model>
                  </cpu>
                  <memory>16777216</memory>
                  <network>
                    <name>default</name>
                    <forward mode='nat'/>
                    <ip address='192.168.122.1' netmask='255.255.255.0'>
                      <dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp>
                    </ip>
                  </network>
                  %s
                </node>
                """.formatted(cpus, extra));
        return "test://" + file;
    }

    /** A copy of a shipped sample ({@code teaching-lab.orrery}), loaded. */
    public static World sample(Path dir, String sample) throws IOException {
        Path file = dir.resolve(sample);
        try (InputStream in = OrreryPackage.class.getClassLoader().getResourceAsStream("samples/" + sample)) {
            if (in == null) {
                throw new IOException("sample not shipped in the model bundle: " + sample);
            }
            Files.copy(in, file);
        }
        return OrreryResources.load(file);
    }

    /** The teaching lab with each of its four hosts on a node file of its own (as four real machines). */
    public static World teachingLabOnFourHosts(Path dir) throws IOException {
        World lab = sample(dir, "teaching-lab.orrery");
        lab.getClouds().forEach(cloud -> cloud.getSites().forEach(site -> {
            for (Host host : site.getHosts()) {
                try {
                    host.setLibvirtUri(node(dir, host.getId(), host.getPcpus().size(), ""));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }));
        return lab;
    }

    /** The host with id {@code id}. */
    public static Host host(World world, String id) {
        return world.getClouds().stream().flatMap(c -> c.getSites().stream()).flatMap(s -> s.getHosts().stream())
                .filter(h -> id.equals(h.getId())).findFirst().orElseThrow();
    }
}
