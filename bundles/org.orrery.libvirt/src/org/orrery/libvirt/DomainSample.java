package org.orrery.libvirt;

import java.util.List;

/**
 * Counters of one running domain at one moment, as a monitor reads them at its sampling rate.
 * Rates (CPU load, run-queue wait) come from the difference of two samples.
 *
 * @param name         the domain's name
 * @param state        its state
 * @param cpuTimeNs    CPU time used by the whole domain since it started, ns
 * @param memoryKiB    memory the guest has now (the balloon's current size), KiB
 * @param maxMemoryKiB memory it may have, KiB
 * @param residentKiB  host memory its process actually occupies, KiB; -1 when not reported
 * @param vcpus        its virtual CPUs, by index
 */
public record DomainSample(String name, DomainState state, long cpuTimeNs, long memoryKiB, long maxMemoryKiB,
        long residentKiB, List<VcpuSample> vcpus) {

    public DomainSample {
        vcpus = List.copyOf(vcpus);
    }
}
