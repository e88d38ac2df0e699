package org.orrery.libvirt.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.orrery.model.Cloud;
import org.orrery.model.Host;
import org.orrery.model.Site;
import org.orrery.model.World;

/**
 * A host a lab monitor watches.
 *
 * @param id   its model id (telemetry subject {@code host/ID})
 * @param name what the user reads
 * @param uri  its libvirt URI
 */
public record LabHost(String id, String name, String uri) {

    public LabHost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uri, "uri");
    }

    /** The hosts of {@code world} that have a libvirt URI, in model order. */
    public static List<LabHost> of(World world) {
        List<LabHost> out = new ArrayList<>();
        for (Cloud cloud : world.getClouds()) {
            for (Site site : cloud.getSites()) {
                for (Host host : site.getHosts()) {
                    if (host.getLibvirtUri() != null && !host.getLibvirtUri().isBlank()) {
                        String id = host.getId() == null || host.getId().isBlank() ? host.getName() : host.getId();
                        out.add(new LabHost(id, host.getName() == null ? id : host.getName(),
                                host.getLibvirtUri().strip()));
                    }
                }
            }
        }
        return out;
    }
}
