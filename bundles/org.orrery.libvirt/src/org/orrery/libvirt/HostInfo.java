package org.orrery.libvirt;

/**
 * A host's hardware as libvirt reports it.
 *
 * @param cpuModel  CPU model name
 * @param cpus      number of logical CPUs
 * @param mhz       CPU frequency
 * @param memoryKiB physical memory, KiB
 */
public record HostInfo(String cpuModel, int cpus, int mhz, long memoryKiB) {
}
