package org.orrery.libvirt;

/**
 * What a host says about one of its domains at the moment it was asked.
 *
 * @param name      the domain's name, unique on its host
 * @param uuid      the domain's UUID
 * @param state     its state
 * @param vcpus     number of virtual CPUs
 * @param memoryKiB memory currently assigned, KiB
 * @param active    whether it is running (in any running-like state) rather than only defined
 */
public record DomainSummary(String name, String uuid, DomainState state, int vcpus, long memoryKiB, boolean active) {
}
