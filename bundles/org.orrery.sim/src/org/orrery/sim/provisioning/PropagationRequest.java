package org.orrery.sim.provisioning;

import java.util.List;
import java.util.Objects;

/**
 * An image to bring from a repository to hosts before VMs can boot there.
 *
 * @param image      telemetry name of the image (e.g. {@code image/hadoop})
 * @param bytes      image size, bytes
 * @param repository host id of the image repository
 * @param hosts      host ids that need the image, in order (a chain follows this order)
 */
public record PropagationRequest(String image, long bytes, String repository, List<String> hosts) {

    public PropagationRequest {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(repository, "repository");
        hosts = List.copyOf(hosts);
        if (bytes < 0) {
            throw new IllegalArgumentException("image size must not be negative: " + bytes);
        }
        if (hosts.isEmpty() || hosts.contains(repository)) {
            throw new IllegalArgumentException("an image goes to at least one host other than its repository");
        }
    }
}
