package org.orrery.libvirt;

/**
 * A storage pool on a host.
 *
 * @param name      its libvirt name
 * @param directory its target directory (where its volumes' files are)
 * @param active    whether it is started
 */
public record PoolSummary(String name, String directory, boolean active) {
}
