package org.orrery.libvirt;

/**
 * What a host says about one of its virtual networks at the moment it was asked.
 *
 * @param name       the network's name, unique on its host
 * @param uuid       the network's UUID
 * @param active     whether it is started
 * @param persistent whether it is defined (survives a stop), rather than transient
 */
public record NetworkSummary(String name, String uuid, boolean active, boolean persistent) {
}
